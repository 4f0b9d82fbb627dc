package mjc.runtime.ops;

import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;

/**
 * The element-wise engine behind {@code + - .* ./ .\ .^}: class resolution, implicit expansion,
 * a real fast path and a complex path. Real powers of negative bases with fractional exponents
 * switch to the complex path, as MATLAB does.
 */
public final class Elementwise {
    private Elementwise() {
    }

    /**
     * The common operators get a loop each, so that the JIT compiles a tight loop instead of a
     * call through the operator per element (the enum method is megamorphic here).
     */
    private static boolean fastLoop(BinaryOp op, double[] x, double[] y, double[] r, boolean sa, boolean sb, int n) {
        switch (op) {
            case PLUS:
                if (sa) {
                    double s = x[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = s + y[i];
                    }
                } else if (sb) {
                    double s = y[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] + s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] + y[i];
                    }
                }
                return true;
            case MINUS:
                if (sa) {
                    double s = x[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = s - y[i];
                    }
                } else if (sb) {
                    double s = y[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] - s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] - y[i];
                    }
                }
                return true;
            case TIMES:
                if (sa) {
                    double s = x[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = s * y[i];
                    }
                } else if (sb) {
                    double s = y[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] * s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] * y[i];
                    }
                }
                return true;
            case RDIVIDE:
                if (sa) {
                    double s = x[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = s / y[i];
                    }
                } else if (sb) {
                    double s = y[0];
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] / s;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] / y[i];
                    }
                }
                return true;
            case POWER:
                if (sb && y[0] == 2) {
                    for (int i = 0; i < n; i++) {
                        r[i] = x[i] * x[i]; // x.^2: exactly what pow gives for a square
                    }
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static double[] reusable(ArrayValue v, int n, int[] dims) {
        if (n > 64 && v instanceof DoubleArray d && d.isFresh() && d.imagData() == null && d.numel() == n
            && java.util.Arrays.equals(d.dims(), dims)) {
            return d.realData();
        }
        return null;
    }

    public static Value apply(BinaryOp op, Value a, Value b) {
        if (SparseOps.any(a, b)) {
            return SparseOps.elementwise(op, a, b);
        }
        ArrayValue x = ResultClass.operand(a, op.symbol);
        ArrayValue y = ResultClass.operand(b, op.symbol);
        MClass cls = ResultClass.of(x, y, op.symbol);
        Broadcast bc = Broadcast.of(x.dims(), y.dims());
        int n = bc.numel();
        boolean complex = x.isComplex() || y.isComplex();
        if (!complex && op == BinaryOp.POWER && needsComplexPower(x, y)) {
            complex = true;
        }
        int[] ia = null;
        int[] ib = null;
        boolean sa = x.numel() == 1;
        boolean sb = y.numel() == 1;
        if (!bc.sameShape() && !(sa || sb)) {
            ia = new int[n];
            ib = new int[n];
            bc.indices(ia, ib);
        }
        double[] re = null;
        if (!complex && cls == MClass.DOUBLE && ia == null) {
            // a temporary operand of the result's shape lends its buffer (no one else can see it)
            re = reusable(x, n, bc.dims());
            if (re == null) {
                re = reusable(y, n, bc.dims());
            }
        }
        if (re == null) {
            re = new double[n];
        }
        if (!complex) {
            if (x instanceof DoubleArray dx && y instanceof DoubleArray dy && ia == null) {
                double[] xr = dx.realData();
                double[] yr = dy.realData();
                if (!(sa && sb) && fastLoop(op, xr, yr, re, sa, sb, n)) {
                    // done: a loop of its own for each common operator
                } else if (sa && sb) {
                    re[0] = op.real(xr[0], yr[0]);
                } else if (sa) {
                    double s = xr[0];
                    for (int i = 0; i < n; i++) {
                        re[i] = op.real(s, yr[i]);
                    }
                } else if (sb) {
                    double s = yr[0];
                    for (int i = 0; i < n; i++) {
                        re[i] = op.real(xr[i], s);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        re[i] = op.real(xr[i], yr[i]);
                    }
                }
            } else {
                for (int i = 0; i < n; i++) {
                    int p = ia != null ? ia[i] : (sa ? 0 : i);
                    int q = ib != null ? ib[i] : (sb ? 0 : i);
                    re[i] = op.real(x.re(p), y.re(q));
                }
            }
            if (cls.integer && (op == BinaryOp.TIMES || op == BinaryOp.RDIVIDE || op == BinaryOp.LDIVIDE
                || op == BinaryOp.POWER)) {
                return IntegerArithmetic.exact(op, cls, x, y, bc, ia, ib, re);
            }
            return ResultClass.narrow(cls, bc.dims(), re, null);
        }
        double[] im = new double[n];
        double[] out = new double[2];
        for (int i = 0; i < n; i++) {
            int p = ia != null ? ia[i] : (sa ? 0 : i);
            int q = ib != null ? ib[i] : (sb ? 0 : i);
            op.complex(x.re(p), x.im(p), y.re(q), y.im(q), out);
            re[i] = out[0];
            im[i] = out[1];
        }
        return ResultClass.narrow(cls, bc.dims(), re, im);
    }

    private static boolean needsComplexPower(ArrayValue x, ArrayValue y) {
        boolean anyNeg = false;
        for (int i = 0, n = x.numel(); i < n; i++) {
            if (x.re(i) < 0) {
                anyNeg = true;
                break;
            }
        }
        if (!anyNeg) {
            return false;
        }
        for (int i = 0, n = y.numel(); i < n; i++) {
            double e = y.re(i);
            if (e != Math.rint(e) && !Double.isNaN(e)) {
                return true;
            }
        }
        return false;
    }
}
