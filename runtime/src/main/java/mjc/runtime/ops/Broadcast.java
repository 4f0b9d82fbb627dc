package mjc.runtime.ops;

import mjc.runtime.error.Errors;
import mjc.runtime.value.Dims;

/**
 * Implicit expansion: two shapes are compatible when, dimension by dimension, they are equal or
 * one of them is 1. {@link #index} maps a linear index of the result to the operands' indices.
 */
public final class Broadcast {
    final int[] dims;
    final int n;
    private final int[] da;
    private final int[] db;
    private final boolean same;

    private Broadcast(int[] dims, int[] da, int[] db, boolean same) {
        this.dims = dims;
        this.n = Dims.numel(dims);
        this.da = da;
        this.db = db;
        this.same = same;
    }

    public static Broadcast of(int[] a, int[] b) {
        if (Dims.same(a, b)) {
            return new Broadcast(a, a, b, true);
        }
        int nd = Math.max(a.length, b.length);
        int[] r = new int[nd];
        for (int k = 0; k < nd; k++) {
            int x = Dims.size(a, k);
            int y = Dims.size(b, k);
            if (x == y) {
                r[k] = x;
            } else if (x == 1) {
                r[k] = y;
            } else if (y == 1) {
                r[k] = x;
            } else {
                throw Errors.sizeMismatch();
            }
        }
        return new Broadcast(Dims.normalize(r), a, b, false);
    }

    public int[] dims() {
        return dims;
    }

    public int numel() {
        return n;
    }

    public boolean sameShape() {
        return same;
    }

    /** Fills ia/ib with operand indices for every result element (only when shapes differ). */
    public void indices(int[] ia, int[] ib) {
        int nd = dims.length;
        int[] sub = new int[nd];
        for (int i = 0; i < n; i++) {
            int xa = 0;
            int xb = 0;
            int sa = 1;
            int sb = 1;
            for (int k = 0; k < nd; k++) {
                int ka = Dims.size(da, k);
                int kb = Dims.size(db, k);
                xa += (ka == 1 ? 0 : sub[k]) * sa;
                xb += (kb == 1 ? 0 : sub[k]) * sb;
                sa *= ka;
                sb *= kb;
            }
            ia[i] = xa;
            ib[i] = xb;
            // increment subscript
            for (int k = 0; k < nd; k++) {
                if (++sub[k] < dims[k]) {
                    break;
                }
                sub[k] = 0;
            }
        }
    }
}
