package mjc.runtime.ops;

import mjc.runtime.error.Errors;
import mjc.runtime.object.ObjectValue;
import mjc.runtime.object.Objects;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/**
 * MATLAB's operators as static methods: what the compiler emits for {@code a + b}, {@code -a},
 * {@code a == b}, {@code ~a}, {@code a'}. Scalar doubles take a short path; everything else goes
 * through the element-wise engine. Matrix division and matrix powers live in stdlib (they need
 * linear algebra); matrix multiplication is here because {@code *} of scalars is the common case.
 */
public final class Operators {
    private Operators() {
    }

    private static boolean realScalars(Value a, Value b) {
        return a instanceof DoubleArray x && b instanceof DoubleArray y && x.numel() == 1 && y.numel() == 1
            && !x.isComplex() && !y.isComplex();
    }

    public static Value plus(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("plus", a, b);
        }
        if (realScalars(a, b)) {
            return DoubleArray.scalar(((DoubleArray) a).scalar() + ((DoubleArray) b).scalar());
        }
        if (a instanceof StringArray || b instanceof StringArray) {
            return StringOps.concat(a, b);
        }
        return Elementwise.apply(BinaryOp.PLUS, a, b);
    }

    public static Value minus(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("minus", a, b);
        }
        if (realScalars(a, b)) {
            return DoubleArray.scalar(((DoubleArray) a).scalar() - ((DoubleArray) b).scalar());
        }
        return Elementwise.apply(BinaryOp.MINUS, a, b);
    }

    public static Value times(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("times", a, b);
        }
        if (realScalars(a, b)) {
            return DoubleArray.scalar(((DoubleArray) a).scalar() * ((DoubleArray) b).scalar());
        }
        return Elementwise.apply(BinaryOp.TIMES, a, b);
    }

    public static Value rdivide(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("rdivide", a, b);
        }
        if (realScalars(a, b)) {
            return DoubleArray.scalar(((DoubleArray) a).scalar() / ((DoubleArray) b).scalar());
        }
        return Elementwise.apply(BinaryOp.RDIVIDE, a, b);
    }

    public static Value ldivide(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("ldivide", a, b);
        }
        return Elementwise.apply(BinaryOp.LDIVIDE, a, b);
    }

    public static Value power(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("power", a, b);
        }
        if (realScalars(a, b)) {
            double x = ((DoubleArray) a).scalar();
            double y = ((DoubleArray) b).scalar();
            if (x >= 0 || y == Math.rint(y)) {
                return DoubleArray.scalar(Math.pow(x, y));
            }
        }
        return Elementwise.apply(BinaryOp.POWER, a, b);
    }

    /** {@code a * b}: scalar cases are element-wise; otherwise the matrix product. */
    public static Value mtimes(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("mtimes", a, b);
        }
        if (realScalars(a, b)) {
            return DoubleArray.scalar(((DoubleArray) a).scalar() * ((DoubleArray) b).scalar());
        }
        if (a.numel() == 1 || b.numel() == 1) {
            return Elementwise.apply(BinaryOp.TIMES, a, b);
        }
        return MatrixProduct.multiply(a, b);
    }

    /** {@code a / b} when b is a scalar (the compiler routes other cases to linear algebra). */
    public static Value mrdivideScalar(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("mrdivide", a, b);
        }
        return Elementwise.apply(BinaryOp.RDIVIDE, a, b);
    }

    public static Value uminus(Value a) {
        if (a instanceof ObjectValue) {
            return Objects.unary("uminus", a);
        }
        if (a instanceof DoubleArray d && d.numel() == 1 && !d.isComplex()) {
            return DoubleArray.scalar(-d.scalar());
        }
        if (a instanceof mjc.runtime.value.SparseArray s) {
            return SparseOps.uminus(s);
        }
        ArrayValue x = ResultClass.operand(a, "-");
        int n = x.numel();
        double[] re = new double[n];
        double[] im = x.isComplex() ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            re[i] = -x.re(i);
            if (im != null) {
                im[i] = -x.im(i);
            }
        }
        return ResultClass.narrow(ResultClass.of(x), x.dims(), re, im);
    }

    public static Value uplus(Value a) {
        if (a instanceof ObjectValue) {
            return Objects.unary("uplus", a);
        }
        ArrayValue x = ResultClass.operand(a, "+");
        if (x instanceof LogicalArray || x instanceof CharArray) {
            int n = x.numel();
            double[] re = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = x.re(i);
            }
            return DoubleArray.of(x.dims(), re);
        }
        return a;
    }

    public static Value not(Value a) {
        if (a instanceof ObjectValue) {
            return Objects.unary("not", a);
        }
        if (a instanceof LogicalArray l && l.numel() == 1) {
            return LogicalArray.of(!l.get(0));
        }
        if (a instanceof mjc.runtime.value.SparseArray s) {
            return SparseOps.not(s);
        }
        ArrayValue x = ResultClass.operand(a, "~");
        int n = x.numel();
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            double v = x.re(i);
            if (Double.isNaN(v)) {
                throw Errors.conversionToLogical();
            }
            r[i] = v == 0 && x.im(i) == 0;
        }
        return new LogicalArray(x.dims(), r);
    }

    public static Value eq(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("eq", a, b);
        }
        return Comparison.compare(Comparison.EQ, a, b);
    }

    public static Value ne(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("ne", a, b);
        }
        return Comparison.compare(Comparison.NE, a, b);
    }

    public static Value lt(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("lt", a, b);
        }
        return Comparison.compare(Comparison.LT, a, b);
    }

    public static Value le(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("le", a, b);
        }
        return Comparison.compare(Comparison.LE, a, b);
    }

    public static Value gt(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("gt", a, b);
        }
        return Comparison.compare(Comparison.GT, a, b);
    }

    public static Value ge(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("ge", a, b);
        }
        return Comparison.compare(Comparison.GE, a, b);
    }

    public static Value and(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("and", a, b);
        }
        return Comparison.logical(true, a, b);
    }

    public static Value or(Value a, Value b) {
        if (a instanceof ObjectValue || b instanceof ObjectValue) {
            return Objects.binary("or", a, b);
        }
        return Comparison.logical(false, a, b);
    }

    public static Value transpose(Value a) {
        if (a instanceof ObjectValue) {
            return Objects.unary("transpose", a);
        }
        return Transpose.of(a, false);
    }

    public static Value ctranspose(Value a) {
        if (a instanceof ObjectValue) {
            return Objects.unary("ctranspose", a);
        }
        return Transpose.of(a, true);
    }

    // ---- conversions the compiler needs for conditions ----

    /** MATLAB's truth of a value in if/while: nonempty and all elements nonzero. */
    public static boolean isTrue(Value v) {
        if (v instanceof LogicalArray l && l.numel() == 1) {
            return l.get(0);
        }
        if (v instanceof DoubleArray d && d.numel() == 1) {
            double x = d.scalar();
            if (Double.isNaN(x)) {
                throw Errors.conversionToLogical();
            }
            return x != 0 || d.im(0) != 0;
        }
        if (v instanceof ArrayValue a) {
            int n = a.numel();
            if (n == 0) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(a.re(i))) {
                    throw Errors.conversionToLogical();
                }
                if (!a.isTrue(i)) {
                    return false;
                }
            }
            return true;
        }
        if (v instanceof StringArray) {
            throw Errors.of("MATLAB:invalidConversion", "Conversion to logical from string is not possible.");
        }
        throw Errors.of("MATLAB:invalidConversion",
            "Conversion to logical from " + v.className() + " is not possible.");
    }

    /** Operand of && and ||: must be a logical scalar (or convertible). */
    public static boolean shortCircuitOperand(Value v, String op) {
        if (v instanceof LogicalArray l && l.numel() == 1) {
            return l.get(0);
        }
        if (v instanceof ArrayValue a && a.numel() == 1) {
            double x = a.re(0);
            if (Double.isNaN(x)) {
                throw Errors.conversionToLogical();
            }
            return x != 0 || a.im(0) != 0;
        }
        if (v instanceof ArrayValue a && a.numel() == 0) {
            throw Errors.operandsNotScalar(op);
        }
        throw Errors.operandsNotScalar(op);
    }

    public static Value bool(boolean b) {
        return LogicalArray.of(b);
    }

    static MClass classOf(Value v) {
        if (v instanceof IntArray || v instanceof SingleArray) {
            return v.mclass();
        }
        return MClass.DOUBLE;
    }

    static int[] dims(Value v) {
        return v.dims();
    }

    static boolean isEmpty(int[] d) {
        return Dims.numel(d) == 0;
    }
}
