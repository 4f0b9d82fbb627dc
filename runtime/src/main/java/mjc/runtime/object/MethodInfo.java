package mjc.runtime.object;

import mjc.runtime.value.Callable;

/** One method as its class defines it. */
public final class MethodInfo {
    public final String name;
    public final MetaClass definer;
    public final Access access;
    public final boolean isStatic;
    public final boolean isAbstract;
    public final boolean sealed;
    public final boolean hidden;
    final Callable impl;

    MethodInfo(String name, MetaClass definer, Access access, boolean isStatic, boolean isAbstract, boolean sealed,
               boolean hidden, Callable impl) {
        this.name = name;
        this.definer = definer;
        this.access = access;
        this.isStatic = isStatic;
        this.isAbstract = isAbstract;
        this.sealed = sealed;
        this.hidden = hidden;
        this.impl = impl;
    }
}
