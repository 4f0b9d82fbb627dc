package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Two-dimensional convolution and correlation: conv2 (with 'full', 'same', 'valid') and filter2. */
public final class Convolution2D {
    private Convolution2D() {
    }

    /** The full convolution of a (ma x na) and b (mb x nb), real and imaginary parts kept. */
    private static double[][] full(ArrayValue a, ArrayValue b) {
        int ma = a.dims()[0];
        int na = a.numel() / Math.max(1, ma);
        int mb = b.dims()[0];
        int nb = b.numel() / Math.max(1, mb);
        int m = ma + mb - 1;
        int n = na + nb - 1;
        double[] re = new double[Math.max(0, m) * Math.max(0, n)];
        double[] im = a.isComplex() || b.isComplex() ? new double[re.length] : null;
        for (int ja = 0; ja < na; ja++) {
            for (int ia = 0; ia < ma; ia++) {
                double ar = a.re(ia + ja * ma);
                double ai = a.im(ia + ja * ma);
                if (ar == 0 && ai == 0) {
                    continue;
                }
                for (int jb = 0; jb < nb; jb++) {
                    for (int ib = 0; ib < mb; ib++) {
                        int at = ia + ib + (ja + jb) * m;
                        double br = b.re(ib + jb * mb);
                        double bi = b.im(ib + jb * mb);
                        re[at] += ar * br - ai * bi;
                        if (im != null) {
                            im[at] += ar * bi + ai * br;
                        }
                    }
                }
            }
        }
        return new double[][] {re, im, {m, n, ma, na, mb, nb}};
    }

    private static Value shaped(double[][] r, String shape, String fn) {
        int m = (int) r[2][0];
        int n = (int) r[2][1];
        int ma = (int) r[2][2];
        int na = (int) r[2][3];
        int mb = (int) r[2][4];
        int nb = (int) r[2][5];
        int r0;
        int c0;
        int rm;
        int rn;
        switch (shape) {
            case "full" -> {
                r0 = 0;
                c0 = 0;
                rm = m;
                rn = n;
            }
            case "same" -> {
                r0 = (int) Math.ceil((mb - 1) / 2.0);
                c0 = (int) Math.ceil((nb - 1) / 2.0);
                rm = ma;
                rn = na;
            }
            case "valid" -> {
                r0 = mb - 1;
                c0 = nb - 1;
                rm = Math.max(0, ma - mb + 1);
                rn = Math.max(0, na - nb + 1);
            }
            default -> throw Errors.of("MATLAB:" + fn + ":unknownShapeParameter", "Shape must be 'full', 'same', or "
                + "'valid'.");
        }
        double[] re = new double[rm * rn];
        double[] im = r[1] == null ? null : new double[rm * rn];
        for (int j = 0; j < rn; j++) {
            for (int i = 0; i < rm; i++) {
                re[i + j * rm] = r[0][r0 + i + (c0 + j) * m];
                if (im != null) {
                    im[i + j * rm] = r[1][r0 + i + (c0 + j) * m];
                }
            }
        }
        return DoubleArray.of(Dims.of(rm, rn), re, im);
    }

    /** conv2(A, B[, shape]) or conv2(u, v, A[, shape]) (A convolved with column u, then row v). */
    @Builtin("conv2")
    public static Value[] conv2(Value[] args, int nargout) {
        Args.count(args, 2, 4);
        String shape = Args.isText(args[args.length - 1]) ? Args.text(args[args.length - 1], "conv2") : "full";
        int count = Args.isText(args[args.length - 1]) ? args.length - 1 : args.length;
        if (count == 3) {
            ArrayValue u = Args.array(args[0], "conv2");
            ArrayValue v = Args.array(args[1], "conv2");
            Value col = u.reshaped(Dims.of(u.numel(), 1));
            Value row = v.reshaped(Dims.of(1, v.numel()));
            Value kernel = mjc.runtime.ops.Operators.mtimes(col, row);
            return new Value[] {shaped(full(Args.array(args[2], "conv2"), (ArrayValue) kernel), shape, "conv2")};
        }
        return new Value[] {shaped(full(Args.array(args[0], "conv2"), Args.array(args[1], "conv2")), shape, "conv2")};
    }

    /** filter2(h, X[, shape]): the correlation of X with h ('same' by default), conv2 with h rotated 180 degrees. */
    @Builtin("filter2")
    public static Value[] filter2(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        ArrayValue h = Args.array(args[0], "filter2");
        int mh = h.dims()[0];
        int nh = h.numel() / Math.max(1, mh);
        int[] idx = new int[h.numel()];
        for (int j = 0; j < nh; j++) {
            for (int i = 0; i < mh; i++) {
                idx[i + j * mh] = (mh - 1 - i) + (nh - 1 - j) * mh;
            }
        }
        ArrayValue rotated = (ArrayValue) h.gather(idx, h.dims().clone());
        String shape = args.length == 3 ? Args.text(args[2], "filter2") : "same";
        return new Value[] {shaped(full(Args.array(args[1], "filter2"), rotated), shape, "filter2")};
    }
}
