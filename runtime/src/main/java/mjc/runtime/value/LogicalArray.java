package mjc.runtime.value;

/** Arrays of MATLAB logicals (true/false), the result of comparisons and the key of logical indexing. */
public final class LogicalArray extends ArrayValue {
    boolean[] data;

    public static final LogicalArray TRUE = (LogicalArray) new LogicalArray(Dims.SCALAR, new boolean[] {true}).freeze();
    public static final LogicalArray FALSE = (LogicalArray) new LogicalArray(Dims.SCALAR, new boolean[] {false}).freeze();

    public LogicalArray(int[] dims, boolean[] data) {
        super(dims);
        this.data = data;
    }

    public static LogicalArray of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static LogicalArray scalar(boolean b) {
        return new LogicalArray(Dims.SCALAR, new boolean[] {b});
    }

    public boolean[] data() {
        return data;
    }

    public boolean get(int i) {
        return data[i];
    }

    @Override
    public MClass mclass() {
        return MClass.LOGICAL;
    }

    @Override
    public double re(int i) {
        return data[i] ? 1 : 0;
    }

    @Override
    public boolean isTrue(int i) {
        return data[i];
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        boolean[] r = new boolean[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = data[idx[k]];
        }
        return new LogicalArray(d, r);
    }

    @Override
    public Value resized(int[] newDims) {
        LogicalArray out = new LogicalArray(newDims, new boolean[Dims.toAllocate(newDims, 1)]);
        Resize.copyInto(dims, newDims, (s, t) -> out.data[t] = data[s]);
        return out;
    }

    @Override
    public Value copy() {
        return new LogicalArray(dims, data.clone());
    }

    @Override
    public Value emptyLike(int[] d) {
        return new LogicalArray(d, new boolean[Dims.toAllocate(d, 1)]);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        data[dst] = ((ArrayValue) src).isTrue(srcIndex);
    }

    @Override
    public Value reshaped(int[] newDims) {
        return new LogicalArray(newDims, data.clone());
    }
}
