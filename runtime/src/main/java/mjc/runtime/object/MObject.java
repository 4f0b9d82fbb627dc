package mjc.runtime.object;

import mjc.runtime.error.Errors;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;

/**
 * One instance of a classdef class. The compiler generates a subclass per MATLAB class whose
 * fields are the class's stored properties; {@link #slot}/{@link #setSlot} reach them by the
 * slot number the class's {@link MetaClass} gives each property. A value-class instance is
 * copied on write like a struct; a handle-class instance is shared by every variable holding it.
 */
public abstract class MObject extends ObjectValue {
    private boolean deleted;
    /** For a member of an enumeration: its name and position in the enumeration block. */
    private String enumName;
    private int enumIndex = -1;
    /** For an instance of a class derived from a built-in class ({@code < int32}): its built-in value. */
    private Value builtinValue;

    /** Listeners of this handle's events (and of its properties' PreSet/PostSet), made on first use. */
    private java.util.List<MObject> listeners;

    final java.util.List<MObject> listeners() {
        if (listeners == null) {
            listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        }
        return listeners;
    }

    final boolean hasListeners() {
        return listeners != null && !listeners.isEmpty();
    }

    public final String enumName() {
        return enumName;
    }

    public final int enumIndex() {
        return enumIndex;
    }

    public final Value builtinValue() {
        return builtinValue;
    }

    final void makeMember(String name, int index) {
        this.enumName = name;
        this.enumIndex = index;
    }

    final void setBuiltinValue(Value v) {
        this.builtinValue = v.freeze();
    }

    public abstract Value slot(int i);

    public abstract void setSlot(int i, Value v);

    /** A new instance of the same JVM class with every slot unset (defaults are applied by MetaClass). */
    public abstract MObject blank();

    /** Slots of this JVM class and its superclasses (the generated class answers). */
    public abstract int slotCount();

    public final boolean isHandle() {
        return metaClass().handle;
    }

    public final boolean isDeleted() {
        return deleted;
    }

    final void markDeleted() {
        deleted = true;
    }

    /** Raises MATLAB's error when this handle was deleted. */
    public final MObject live() {
        if (deleted) {
            throw Errors.of("MATLAB:class:InvalidHandle", "Invalid or deleted object.");
        }
        return this;
    }

    @Override
    public MObject element(int i) {
        return this;
    }

    @Override
    public int[] dims() {
        return Dims.SCALAR;
    }

    @Override
    public int numel() {
        return 1;
    }

    @Override
    public Value gather(int[] idx, int[] dims) {
        if (idx.length == 1 && Dims.same(dims, Dims.SCALAR)) {
            return this;
        }
        MObject[] elems = new MObject[idx.length];
        for (int i = 0; i < idx.length; i++) {
            elems[i] = this;
            share();
        }
        return new ObjectArray(metaClass(), dims, elems);
    }

    @Override
    public Value resized(int[] newDims) {
        return ObjectArray.of(this).resized(newDims);
    }

    @Override
    public Value copy() {
        if (isHandle()) {
            return this;
        }
        MObject c = blank();
        for (int i = 0, n = slotCount(); i < n; i++) {
            Value v = slot(i);
            c.setSlot(i, v == null ? null : v.share());
        }
        c.enumName = enumName;
        c.enumIndex = enumIndex;
        c.builtinValue = builtinValue;
        return c;
    }

    @Override
    public Value emptyLike(int[] dims) {
        return ObjectArray.filled(metaClass(), dims);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        throw new IllegalStateException("a scalar object is stored through ObjectArray");
    }

    @Override
    public Value reshaped(int[] newDims) {
        if (Dims.same(newDims, Dims.SCALAR)) {
            return this;
        }
        return ObjectArray.of(this).reshaped(newDims);
    }
}
