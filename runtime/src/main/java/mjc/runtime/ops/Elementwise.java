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

    public static Value apply(BinaryOp op, Value a, Value b) {
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
        double[] re = new double[n];
        if (!complex) {
            if (x instanceof DoubleArray dx && y instanceof DoubleArray dy && ia == null) {
                double[] xr = dx.realData();
                double[] yr = dy.realData();
                if (sa && sb) {
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
