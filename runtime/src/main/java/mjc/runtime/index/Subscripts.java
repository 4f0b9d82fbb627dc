package mjc.runtime.index;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;

/**
 * Turns subscript values into 0-based index lists: numbers (positive integers), logical masks
 * and the colon (the char ':' — MATLAB treats {@code a(':')} like {@code a(:)}).
 */
public final class Subscripts {
    /** The magic colon {@code :} as a subscript value. */
    public static final Value COLON = new CharArray(Dims.SCALAR, new char[] {':'}).freeze();

    private Subscripts() {
    }

    public static boolean isColon(Value v) {
        return v == COLON || (v instanceof CharArray c && c.numel() == 1 && c.get(0) == ':');
    }

    /**
     * Indices selected by {@code sub} in a dimension of size {@code extent}. Positions may exceed
     * extent (callers decide between an error and growth). {@code position} is 1-based, for messages.
     */
    public static int[] indices(Value sub, int extent, int position) {
        if (sub instanceof mjc.runtime.value.SparseArray s) {
            sub = s.toDense(); // a sparse mask or index list reads as its full form
        }
        if (isColon(sub)) {
            int[] r = new int[extent];
            for (int i = 0; i < extent; i++) {
                r[i] = i;
            }
            return r;
        }
        if (sub instanceof LogicalArray mask) {
            int n = mask.numel();
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (mask.get(i)) {
                    count++;
                }
            }
            int[] r = new int[count];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (mask.get(i)) {
                    r[k++] = i;
                }
            }
            return r;
        }
        if (sub instanceof ArrayValue a) {
            int n = a.numel();
            int[] r = new int[n];
            for (int i = 0; i < n; i++) {
                double d = a.re(i);
                int ix = (int) d;
                if (ix != d || d < 1) {
                    if (d == 0 || d < 1 || Double.isNaN(d)) {
                        throw Errors.badIndexAt(position);
                    }
                    if (d > Integer.MAX_VALUE) {
                        throw Errors.of("MATLAB:badsubscript", "Index exceeds maximum array size.");
                    }
                    throw Errors.badIndexAt(position);
                }
                r[i] = ix - 1;
            }
            return r;
        }
        throw Errors.of("MATLAB:badsubscript", "Subscript indices must either be real positive integers or logicals.");
    }

    /** The shape an index list has when it indexes linearly (colon is a column; a mask follows its own orientation). */
    public static int[] linearShape(Value sub, int count) {
        if (sub instanceof mjc.runtime.value.SparseArray s) {
            sub = s.toDense();
        }
        if (isColon(sub)) {
            return Dims.col(count);
        }
        int[] d = sub.dims();
        if (sub instanceof LogicalArray) {
            if (d.length == 2 && d[0] == 1) {
                return Dims.row(count);
            }
            return Dims.col(count);
        }
        return d;
    }

    static int max(int[] idx) {
        int m = -1;
        for (int i : idx) {
            if (i > m) {
                m = i;
            }
        }
        return m;
    }
}
