package mjc.runtime.value;

/** String arrays ("double-quoted" text); each element is a whole string, null meaning <missing>. */
public final class StringArray extends Value {
    int[] dims;
    String[] data;

    public StringArray(int[] dims, String[] data) {
        this.dims = dims;
        this.data = data;
    }

    public static StringArray of(String s) {
        return new StringArray(Dims.SCALAR, new String[] {s});
    }

    public String get(int i) {
        return data[i];
    }

    public String[] data() {
        return data;
    }

    @Override
    public int[] dims() {
        return dims;
    }

    @Override
    public MClass mclass() {
        return MClass.STRING;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        String[] r = new String[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = data[idx[k]];
        }
        return new StringArray(d, r);
    }

    @Override
    public Value resized(int[] newDims) {
        String[] nd = new String[Dims.numel(newDims)];
        java.util.Arrays.fill(nd, null);
        StringArray out = new StringArray(newDims, nd);
        Resize.copyInto(dims, newDims, (s, t) -> out.data[t] = data[s]);
        return out;
    }

    @Override
    public Value copy() {
        return new StringArray(dims, data.clone());
    }

    @Override
    public Value emptyLike(int[] d) {
        String[] nd = new String[Dims.numel(d)];
        java.util.Arrays.fill(nd, "");
        return new StringArray(d, nd);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        data[dst] = ((StringArray) src).data[srcIndex];
    }

    @Override
    public Value reshaped(int[] newDims) {
        return new StringArray(newDims, data.clone());
    }
}
