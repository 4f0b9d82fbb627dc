package mjc.runtime.object;

import mjc.runtime.value.Value;

/**
 * An object whose slots are an array rather than generated fields: the base of the classes the
 * runtime and the standard library define in Java (event.listener, meta.class, inputParser).
 */
public abstract class ArrayObject extends MObject {
    protected final Value[] slots;

    protected ArrayObject(int slots) {
        this.slots = new Value[slots];
    }

    @Override
    public Value slot(int i) {
        return slots[i];
    }

    @Override
    public void setSlot(int i, Value v) {
        slots[i] = v;
    }

    @Override
    public int slotCount() {
        return slots.length;
    }
}
