package mjc.runtime.object;

import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;

/** An instance (or array of instances) of a classdef class: one object, or an {@link ObjectArray}. */
public abstract class ObjectValue extends Value {
    public abstract MetaClass metaClass();

    /** Element i (0-based, column-major) as a scalar object. */
    public abstract MObject element(int i);

    @Override
    public MClass mclass() {
        return MClass.OBJECT;
    }

    @Override
    public String className() {
        return metaClass().name;
    }
}
