package mjc.runtime.value;

/** Char arrays: MATLAB's 'single-quoted' text, a 1xN row for one line of text. */
public final class CharArray extends ArrayValue {
    char[] data;

    public CharArray(int[] dims, char[] data) {
        super(dims);
        this.data = data;
    }

    public static CharArray of(String s) {
        return new CharArray(s.isEmpty() ? Dims.EMPTY : Dims.row(s.length()), s.toCharArray());
    }

    /** A 1x0 char row (what '' is after some operations); '' itself is 0x0. */
    public static CharArray emptyRow() {
        return new CharArray(new int[] {1, 0}, new char[0]);
    }

    public char[] data() {
        return data;
    }

    public char get(int i) {
        return data[i];
    }

    /** The characters in column-major order as a String (a row vector reads naturally). */
    public String string() {
        return new String(data);
    }

    /** Row r of a char matrix. */
    public String row(int r) {
        int nr = dims[0];
        int nc = cols();
        char[] out = new char[nc];
        for (int c = 0; c < nc; c++) {
            out[c] = data[r + c * nr];
        }
        return new String(out);
    }

    @Override
    public MClass mclass() {
        return MClass.CHAR;
    }

    @Override
    public double re(int i) {
        return data[i];
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        char[] r = new char[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = data[idx[k]];
        }
        return new CharArray(d, r);
    }

    @Override
    public Value resized(int[] newDims) {
        CharArray out = new CharArray(newDims, new char[Dims.toAllocate(newDims, 2)]);
        Resize.copyInto(dims, newDims, (s, t) -> out.data[t] = data[s]);
        return out;
    }

    @Override
    public Value copy() {
        return new CharArray(dims, data.clone());
    }

    @Override
    public Value emptyLike(int[] d) {
        return new CharArray(d, new char[Dims.toAllocate(d, 2)]);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        if (src instanceof CharArray c) {
            data[dst] = c.data[srcIndex];
        } else {
            double v = ((ArrayValue) src).re(srcIndex);
            data[dst] = (char) Math.max(0, Math.min(65535, Math.round(v)));
        }
    }

    @Override
    public void copyElementsFrom(int dst, Value src, int from, int len) {
        if (src instanceof CharArray c) {
            System.arraycopy(c.data, from, data, dst, len);
        } else {
            super.copyElementsFrom(dst, src, from, len);
        }
    }

    @Override
    public Value reshaped(int[] newDims) {
        return new CharArray(newDims, data.clone());
    }

    @Override
    public String toString() {
        return "'" + string() + "'";
    }
}
