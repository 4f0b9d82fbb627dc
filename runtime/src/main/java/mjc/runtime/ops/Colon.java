package mjc.runtime.ops;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;

/**
 * The colon operator {@code a:b} and {@code a:s:b}. The element count tolerates rounding in the
 * step (as MATLAB's colon does), elements are computed as {@code a + k*s}, and the last one never
 * passes the limit. Char endpoints give a char row; integer endpoints an integer row.
 */
public final class Colon {
    private Colon() {
    }

    public static Value range(Value a, Value b) {
        return range(a, DoubleArray.scalar(1), b);
    }

    public static Value range(Value a, Value s, Value b) {
        double start = first(a);
        double step = first(s);
        double stop = first(b);
        DoubleArray r = doubles(start, step, stop);
        if (a instanceof CharArray && b instanceof CharArray) {
            char[] c = new char[r.numel()];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) r.realData()[i];
            }
            return new CharArray(r.dims(), c);
        }
        MClass cls = a.mclass().integer ? a.mclass() : b.mclass().integer ? b.mclass()
            : s.mclass().integer ? s.mclass() : null;
        if (cls != null) {
            double[] d = r.realData();
            long[] l = new long[d.length];
            for (int i = 0; i < d.length; i++) {
                l[i] = IntArray.saturate(cls, d[i]);
            }
            return new IntArray(cls, r.dims(), l);
        }
        return r;
    }

    private static double first(Value v) {
        if (v instanceof ArrayValue a) {
            if (a.numel() == 0) {
                return Double.NaN;
            }
            return a.re(0);
        }
        throw Errors.of("MATLAB:colon:invalidType", "Colon operands must be real scalars.");
    }

    public static DoubleArray doubles(double start, double step, double stop) {
        if (Double.isNaN(start) || Double.isNaN(step) || Double.isNaN(stop)) {
            if (Double.isNaN(start) || Double.isNaN(stop) || Double.isNaN(step)) {
                return new DoubleArray(Dims.ROW0, new double[0], null);
            }
        }
        if (step == 0 || (step > 0 && start > stop) || (step < 0 && start < stop)) {
            return new DoubleArray(Dims.ROW0, new double[0], null);
        }
        double q = (stop - start) / step;
        double tol = 3 * Math.ulp(Math.max(Math.abs(q), 1.0)) * 2;
        long n = (long) Math.floor(q + tol) + 1;
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.of("MATLAB:array:SizeLimitExceeded", "Requested array exceeds the maximum possible size.");
        }
        int count = (int) n;
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            double v = start + k * step;
            if ((step > 0 && v > stop) || (step < 0 && v < stop)) {
                v = stop;
            }
            out[k] = v;
        }
        DoubleArray r = new DoubleArray(Dims.row(count), out, null);
        r.range = count > 1;
        r.rangeLimit = stop;
        return r;
    }

    /** Number of iterations of {@code for v = start:step:stop} without building the row. */
    public static int count(double start, double step, double stop) {
        if (Double.isNaN(start) || Double.isNaN(step) || Double.isNaN(stop) || step == 0
            || (step > 0 && start > stop) || (step < 0 && start < stop)) {
            return 0;
        }
        double q = (stop - start) / step;
        double tol = 3 * Math.ulp(Math.max(Math.abs(q), 1.0)) * 2;
        return (int) (Math.floor(q + tol) + 1);
    }
}
