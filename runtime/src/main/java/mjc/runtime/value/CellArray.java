package mjc.runtime.value;

import java.util.Arrays;

/**
 * Cell arrays: N-D arrays of arbitrary values. Elements are never null (an unset cell holds the
 * frozen {@code []}). A copy of a cell is shallow, so every element of a copy is marked shared.
 */
public final class CellArray extends Value {
    int[] dims;
    Value[] data;

    public CellArray(int[] dims, Value[] data) {
        this.dims = dims;
        this.data = data;
    }

    public static CellArray empty(int[] dims) {
        Value[] d = new Value[Dims.toAllocate(dims, 8)];
        Arrays.fill(d, DoubleArray.EMPTY);
        return new CellArray(dims, d);
    }

    /** A row cell of the given values (each stored, hence shared). */
    public static CellArray row(Value... values) {
        for (Value v : values) {
            v.share();
        }
        return new CellArray(values.length == 0 ? Dims.EMPTY : Dims.row(values.length), values);
    }

    public static CellArray column(Value... values) {
        for (Value v : values) {
            v.share();
        }
        return new CellArray(values.length == 0 ? Dims.EMPTY : Dims.col(values.length), values);
    }

    public Value get(int i) {
        return data[i];
    }

    /** Stores v at i; the caller must own this cell (not shared). */
    public void set(int i, Value v) {
        data[i] = v.share();
    }

    public Value[] data() {
        return data;
    }

    @Override
    public int[] dims() {
        return dims;
    }

    @Override
    public MClass mclass() {
        return MClass.CELL;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        Value[] r = new Value[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = data[idx[k]].share();
        }
        return new CellArray(d, r);
    }

    @Override
    public Value resized(int[] newDims) {
        CellArray out = empty(newDims);
        Resize.copyInto(dims, newDims, (s, t) -> out.data[t] = data[s].share());
        return out;
    }

    @Override
    public Value copy() {
        Value[] r = data.clone();
        for (Value v : r) {
            v.share();
        }
        return new CellArray(dims, r);
    }

    @Override
    public Value emptyLike(int[] d) {
        return empty(d);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        data[dst] = ((CellArray) src).data[srcIndex].share();
    }

    @Override
    public Value reshaped(int[] newDims) {
        CellArray c = (CellArray) copy();
        c.dims = newDims;
        return c;
    }

    void replace(int[] newDims, Value[] newData) {
        dims = newDims;
        data = newData;
    }
}
