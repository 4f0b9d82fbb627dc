package mjc.runtime.value;

/** A function handle: {@code @name} or an anonymous function. Always 1x1; arrays of handles are cells. */
public abstract class FunctionHandle extends Value implements Callable {

    /** The text func2str returns and display shows, e.g. {@code @(x) x + 1} or {@code sin}. */
    public abstract String text();

    /** The name a stack frame shows for code run through this handle. */
    public abstract String frameName();

    @Override
    public MClass mclass() {
        return MClass.FUNCTION_HANDLE;
    }

    @Override
    public int[] dims() {
        return Dims.SCALAR;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        return this;
    }

    @Override
    public Value resized(int[] newDims) {
        throw new UnsupportedOperationException("function handle arrays");
    }

    @Override
    public Value copy() {
        return this;
    }

    @Override
    public Value emptyLike(int[] d) {
        throw new UnsupportedOperationException("function handle arrays");
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        throw new UnsupportedOperationException("function handle arrays");
    }

    @Override
    public Value reshaped(int[] newDims) {
        return this;
    }
}
