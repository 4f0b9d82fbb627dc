package mjc.runtime.call;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
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

    /**
     * The class a range's elements take, as Colon.range decides it: a value of that class, or
     * null for double (an integer bound makes an integer range, char bounds a char one).
     */
    public static Value rangeTemplate(Value a, Value s, Value b) {
        if (a instanceof mjc.runtime.value.CharArray && b instanceof mjc.runtime.value.CharArray) {
            return a;
        }
        for (Value v : new Value[] {a, b, s}) {
            if (v != null && v.mclass().integer) {
                return v;
            }
        }
        if (a != null && a.mclass() == mjc.runtime.value.MClass.SINGLE
            || b != null && b.mclass() == mjc.runtime.value.MClass.SINGLE) {
            return a.mclass() == mjc.runtime.value.MClass.SINGLE ? a : b;
        }
        return null;
    }

    /** A loop variable's value: element v in the range's class. */
    public static Value elementAs(double v, Value template) {
        if (template == null) {
            return DoubleArray.scalar(v);
        }
        if (template instanceof mjc.runtime.value.CharArray) {
            return new mjc.runtime.value.CharArray(mjc.runtime.value.Dims.SCALAR, new char[] {(char) v});
        }
        if (template instanceof mjc.runtime.value.SingleArray) {
            return mjc.runtime.value.SingleArray.scalar((float) v);
        }
        mjc.runtime.value.MClass cls = template.mclass();
        return new mjc.runtime.value.IntArray(cls, mjc.runtime.value.Dims.SCALAR,
            new long[] {mjc.runtime.value.IntArray.saturate(cls, v)});
    }

    /** Element k of start:step:stop, computed as the colon operator computes it. */
    public static double element(double start, double step, double stop, int k) {
        double v = start + k * step;
        if ((step > 0 && v > stop) || (step < 0 && v < stop)) {
            v = stop;
        }
        return v;
    }

    /**
     * Whether the n elements of start:step:stop are the ints start + k*step exactly (whole start
     * and step, no clamping at stop, everything within 2^30 so that an index v + c stays an int):
     * then a loop may keep its variable as an int beside the double.
     */
    public static boolean intRange(double start, double step, double stop, int n) {
        final double lim = 0x1p30;
        if (n <= 0 || start != Math.rint(start) || step != Math.rint(step) || Math.abs(start) > lim
            || Math.abs(step) > lim || Math.abs(stop) > lim) {
            return false;
        }
        double last = start + (n - 1) * step;
        return step > 0 ? last <= stop : last >= stop;
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
