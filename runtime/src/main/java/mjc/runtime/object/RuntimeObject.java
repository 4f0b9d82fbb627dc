package mjc.runtime.object;

/**
 * An instance of a class the runtime defines itself (event.listener, event.PropertyEvent,
 * meta.property): its slots in an array, its class given when made. Compiled classes never
 * derive from these.
 */
final class RuntimeObject extends ArrayObject {
    MetaClass cls;

    RuntimeObject(MetaClass cls, int slots) {
        super(slots);
        this.cls = cls;
    }

    @Override
    public MetaClass metaClass() {
        return cls;
    }

    @Override
    public MObject blank() {
        return new RuntimeObject(cls, slots.length);
    }
}
