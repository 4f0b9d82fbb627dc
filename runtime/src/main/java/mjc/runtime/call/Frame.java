package mjc.runtime.call;

import mjc.runtime.value.Callable;
import mjc.runtime.value.Dims;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;

/**
 * The variables a function shares with the functions nested in it (MATLAB's shared workspace).
 * The function that owns them allocates its frame on entry; each nested function receives its
 * parent's frame as a hidden first argument and reaches outer frames through {@link #parent}.
 * A handle to a nested function holds the frame, so the variables live as long as the handle.
 *
 * <p>It is a {@link Value} only so that it travels in argument and capture arrays and in the
 * spilled locals of state machines; MATLAB code never sees one.
 */
public final class Frame extends Value {
    /** One slot per shared variable (null: not assigned). */
    public final Value[] slots;
    /** The frame of the function this one's function is nested in, or null. */
    public final Frame parent;

    public Frame(int size, Frame parent) {
        this.slots = new Value[size];
        this.parent = parent;
        freeze();
    }

    /** A callable that calls {@code target} with this frame before the caller's arguments ({@code @nested}). */
    public Callable bind(Callable target) {
        return (args, nargout) -> target.call(prepend(args), nargout);
    }

    private Value[] prepend(Value[] args) {
        Value[] all = new Value[args.length + 1];
        all[0] = this;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @Override
    public MClass mclass() {
        return MClass.OBJECT;
    }

    @Override
    public int[] dims() {
        return Dims.SCALAR;
    }

    @Override
    public Value gather(int[] idx, int[] dims) {
        throw new UnsupportedOperationException("a workspace frame is not a MATLAB value");
    }

    @Override
    public Value resized(int[] newDims) {
        throw new UnsupportedOperationException("a workspace frame is not a MATLAB value");
    }

    @Override
    public Value copy() {
        return this;
    }

    @Override
    public Value emptyLike(int[] dims) {
        throw new UnsupportedOperationException("a workspace frame is not a MATLAB value");
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        throw new UnsupportedOperationException("a workspace frame is not a MATLAB value");
    }

    @Override
    public Value reshaped(int[] newDims) {
        throw new UnsupportedOperationException("a workspace frame is not a MATLAB value");
    }
}
