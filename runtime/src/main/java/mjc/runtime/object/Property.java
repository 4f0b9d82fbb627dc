package mjc.runtime.object;

import mjc.runtime.value.Callable;

/**
 * One property of a class as seen from a concrete class: its storage slot in that class's
 * instances (-1 for Dependent and Constant properties) and what the class definition says.
 */
public final class Property {
    public final String name;
    public final MetaClass definer;
    public final int slot;
    public final Access getAccess;
    public final Access setAccess;
    public final boolean constant;
    public final boolean dependent;
    public final boolean hidden;
    public final boolean isAbstract;
    public final boolean observable;
    /** get.Name, set.Name and the validation of the declaration; null when there is none. */
    final Callable getter;
    final Callable setter;
    final Callable validator;

    Property(String name, MetaClass definer, int slot, Access getAccess, Access setAccess, boolean constant,
             boolean dependent, boolean hidden, boolean isAbstract, boolean observable, Callable getter,
             Callable setter, Callable validator) {
        this.name = name;
        this.definer = definer;
        this.slot = slot;
        this.getAccess = getAccess;
        this.setAccess = setAccess;
        this.constant = constant;
        this.dependent = dependent;
        this.hidden = hidden;
        this.isAbstract = isAbstract;
        this.observable = observable;
        this.getter = getter;
        this.setter = setter;
        this.validator = validator;
    }

    /** The same property stored at another slot (as a subclass lays out its instances). */
    Property at(int newSlot) {
        return new Property(name, definer, newSlot, getAccess, setAccess, constant, dependent, hidden, isAbstract,
            observable, getter, setter, validator);
    }

    public boolean isPublic() {
        return getAccess == Access.PUBLIC && !hidden;
    }
}
