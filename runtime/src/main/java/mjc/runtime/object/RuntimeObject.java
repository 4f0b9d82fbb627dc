package mjc.runtime.object;

import mjc.runtime.value.Value;

/**
 * An instance of a class the runtime defines itself (event.listener, event.PropertyEvent,
 * meta.property): its slots in an array, its class given when made. Compiled classes never
 * derive from these.
 */
final class RuntimeObject extends MObject {
    MetaClass cls;
    private final Value[] slots;

    RuntimeObject(MetaClass cls, int slots) {
        this.cls = cls;
        this.slots = new Value[slots];
    }

    @Override
    public MetaClass metaClass() {
        return cls;
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
    public MObject blank() {
        return new RuntimeObject(cls, slots.length);
    }

    @Override
    public int slotCount() {
        return slots.length;
    }
}
