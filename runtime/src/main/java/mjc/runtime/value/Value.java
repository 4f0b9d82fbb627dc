package mjc.runtime.value;

/**
 * A MATLAB value: every array, cell, struct, string, handle and task is one of these.
 *
 * <p>Value semantics without reference counts: {@link #refs} counts the storage locations
 * (variables, cell elements, struct fields, captures) that hold this object, saturating at 2.
 * A store calls {@link #share()}; an indexed assignment may write in place only while the value
 * is held by at most one location ({@link #isShared()} false), otherwise it copies first. So a
 * callee, a closure or a task can never change its caller's copy. Values never share mutable
 * buffers with each other: an operation that returns new data returns a new buffer.
 */
public abstract class Value {
    /** 0: fresh (no location holds it), 1: owned by one location, 2: shared or constant. */
    private byte refs;

    public abstract MClass mclass();

    /** The shape; at least two entries; must not be mutated by callers. */
    public abstract int[] dims();

    public int numel() {
        return Dims.numel(dims());
    }

    public final int rows() {
        return dims()[0];
    }

    public final int cols() {
        int[] d = dims();
        int c = 1;
        for (int i = 1; i < d.length; i++) {
            c *= d[i];
        }
        return c;
    }

    public boolean isEmpty() {
        return numel() == 0;
    }

    public boolean isScalar() {
        return numel() == 1;
    }

    public boolean isComplex() {
        return false;
    }

    public String className() {
        return mclass().matlabName;
    }

    /** Records one more storage location holding this value; returns this for chaining. */
    public final Value share() {
        if (refs < 2) {
            refs++;
        }
        return this;
    }

    /** The value as held by exactly the one location about to store it (fresh values become owned). */
    public final Value own() {
        if (refs == 0) {
            refs = 1;
        }
        return this;
    }

    /**
     * Called on a function's outputs as its frame dies: a value held only by the dying output
     * variable becomes fresh again, so the caller can update it in place.
     */
    public final Value release() {
        if (refs == 1) {
            refs = 0;
        }
        return this;
    }

    /** Marks this value as permanently shared (constants, cached values). */
    public final Value freeze() {
        refs = 2;
        return this;
    }

    public final boolean isShared() {
        return refs >= 2;
    }

    /** No location holds this value: an expression's temporary, free to be reused as a result buffer. */
    public final boolean isFresh() {
        return refs == 0;
    }

    /** For freshly made copies owned by exactly one location. */
    protected final void resetRefs() {
        refs = 0;
    }

    // ---- element-wise structure used by indexing (implemented per class) ----

    /** A new value of this class holding elements {@code idx} (0-based linear) with shape {@code dims}. */
    public abstract Value gather(int[] idx, int[] dims);

    /** A copy of this value resized to {@code newDims}, elements kept at their subscripts, new ones default. */
    public abstract Value resized(int[] newDims);

    /** A deep-enough copy that can be mutated without affecting this value. */
    public abstract Value copy();

    /** Same class, given shape, filled with the class's default element (0, false, '\0', [] ...). */
    public abstract Value emptyLike(int[] dims);

    /** Writes element {@code srcIndex} of {@code src} (already converted to this class) into slot {@code dst}. */
    public abstract void setElementFrom(int dst, Value src, int srcIndex);

    /** Elements src[from .. from+len) into this at dst (concatenation); classes may copy in bulk. */
    public void copyElementsFrom(int dst, Value src, int from, int len) {
        for (int i = 0; i < len; i++) {
            setElementFrom(dst + i, src, from + i);
        }
    }

    /** Same data, new shape (numel must match). Returns a new object (buffers copied). */
    public abstract Value reshaped(int[] newDims);
}
