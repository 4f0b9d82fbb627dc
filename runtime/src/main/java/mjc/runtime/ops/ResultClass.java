package mjc.runtime.ops;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.Value;

/**
 * MATLAB's class rules for arithmetic: integer wins over double (both integers must match),
 * single wins over double, logical and char compute as double. Results computed in double are
 * narrowed here: rounded and saturated for integers, rounded to float for single.
 */
public final class ResultClass {
    private ResultClass() {
    }

    public static MClass of(Value a, Value b, String op) {
        MClass ca = a.mclass();
        MClass cb = b.mclass();
        if (ca.integer || cb.integer) {
            if (ca.integer && cb.integer && ca != cb) {
                throw Errors.of("MATLAB:mixedClasses",
                    "Integers can only be combined with integers of the same class, or scalar doubles.");
            }
            return ca.integer ? ca : cb;
        }
        if (ca == MClass.SINGLE || cb == MClass.SINGLE) {
            return MClass.SINGLE;
        }
        return MClass.DOUBLE;
    }

    public static MClass of(Value a) {
        MClass c = a.mclass();
        return (c.integer || c == MClass.SINGLE) ? c : MClass.DOUBLE;
    }

    /** Wraps double results as the given class. */
    public static ArrayValue narrow(MClass cls, int[] dims, double[] re, double[] im) {
        switch (cls) {
            case DOUBLE:
                return DoubleArray.of(dims, re, im);
            case SINGLE: {
                float[] r = new float[re.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = (float) re[i];
                }
                float[] m = null;
                if (im != null) {
                    m = new float[im.length];
                    for (int i = 0; i < m.length; i++) {
                        m[i] = (float) im[i];
                    }
                }
                return new SingleArray(dims, r, m).dropZeroImag();
            }
            case LOGICAL: {
                boolean[] b = new boolean[re.length];
                for (int i = 0; i < b.length; i++) {
                    b[i] = re[i] != 0;
                }
                return new mjc.runtime.value.LogicalArray(dims, b);
            }
            default: {
                if (im != null) {
                    throw Errors.of("MATLAB:complexInt", "Complex integer arithmetic is not supported.");
                }
                long[] d = new long[re.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = IntArray.saturate(cls, re[i]);
                }
                return new IntArray(cls, dims, d);
            }
        }
    }

    public static ArrayValue operand(Value v, String op) {
        if (v instanceof ArrayValue a) {
            return a;
        }
        throw Errors.of("MATLAB:UndefinedFunction", "Operator '" + op + "' is not supported for operands of type '"
            + v.className() + "'.");
    }
}
