package mjc.runtime.call;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;

/** {@code for} loops: range bounds as doubles, and iteration over the columns of any value. */
public final class Loops {
    private Loops() {
    }

    /** A range bound: must be a real scalar (an empty bound makes an empty range). */
    public static double bound(Value v) {
        if (v instanceof ArrayValue a) {
            if (a.numel() == 0) {
                return Double.NaN;
            }
            return a.re(0);
        }
        throw Errors.of("MATLAB:colon:invalidType", "Colon operands must be real scalars.");
    }

    /** Element k of start:step:stop, computed as the colon operator computes it. */
    public static double element(double start, double step, double stop, int k) {
        double v = start + k * step;
        if ((step > 0 && v > stop) || (step < 0 && v < stop)) {
            v = stop;
        }
        return v;
    }

    /** Iterations of {@code for v = value}: one per column. */
    public static int columns(Value v) {
        if (v.numel() == 0) {
            return 0;
        }
        int[] d = v.dims();
        int c = 1;
        for (int k = 1; k < d.length; k++) {
            c *= d[k];
        }
        return c;
    }

    /** Column k of value, as the loop variable's value. */
    public static Value column(Value v, int k) {
        int r = v.dims()[0];
        int[] idx = new int[r];
        for (int i = 0; i < r; i++) {
            idx[i] = k * r + i;
        }
        return v.gather(idx, Dims.col(r));
    }
}
