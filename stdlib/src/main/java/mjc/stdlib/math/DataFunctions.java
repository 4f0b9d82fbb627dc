package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Data helpers: bounds, range, rescale, cumtrapz, poly, deconv, fftshift/ifftshift, beta, gammaln, erfinv. */
public final class DataFunctions {
    private DataFunctions() {
    }

    /** [lo, hi] = bounds(A, ...): min and max with the same dim and flag arguments. */
    @Builtin("bounds")
    public static Value[] bounds(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        Value[] withEmpty = new Value[args.length + 1];
        withEmpty[0] = args[0];
        withEmpty[1] = DoubleArray.empty();
        System.arraycopy(args, 1, withEmpty, 2, args.length - 1);
        Value lo = Reductions.min(withEmpty, 1)[0];
        Value hi = Reductions.max(withEmpty, 1)[0];
        return new Value[] {lo, hi};
    }

    /** range(A, ...): max - min. */
    @Builtin("range")
    public static Value[] range(Value[] args, int nargout) {
        Value[] b = bounds(args, 2);
        return new Value[] {Operators.minus(b[1], b[0])};
    }

    /** rescale(A) to [0, 1], or rescale(A, l, u). */
    @Builtin("rescale")
    public static Value[] rescale(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue a = Args.array(args[0], "rescale");
        double l = args.length > 1 ? Args.scalar(args[1], "rescale") : 0;
        double u = args.length > 2 ? Args.scalar(args[2], "rescale") : 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.numel(); i++) {
            double x = a.re(i);
            if (!Double.isNaN(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        double[] r = new double[a.numel()];
        for (int i = 0; i < r.length; i++) {
            double x = a.re(i);
            r[i] = hi == lo ? l : l + (x - lo) / (hi - lo) * (u - l);
        }
        return new Value[] {DoubleArray.of(a.dims().clone(), r)};
    }

    /** cumtrapz(Y) or cumtrapz(X, Y): the cumulative trapezoidal integral of a vector (unit spacing by default). */
    @Builtin("cumtrapz")
    public static Value[] cumtrapz(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue y = Args.array(args[args.length - 1], "cumtrapz");
        ArrayValue x = args.length == 2 ? Args.array(args[0], "cumtrapz") : null;
        int n = y.numel();
        if (!Dims.isVector(y.dims()) && n > 0) {
            throw Errors.of("MATLAB:cumtrapz:vectorOnly", "cumtrapz supports vectors here.");
        }
        if (x != null && x.numel() != n && x.numel() != 1) {
            throw Errors.of("MATLAB:cumtrapz:LengthXMismatchY", "Length of X must match the length of Y.");
        }
        double[] r = new double[n];
        for (int i = 1; i < n; i++) {
            double h = x == null ? 1 : x.numel() == 1 ? x.re(0) : x.re(i) - x.re(i - 1);
            r[i] = r[i - 1] + h * (y.re(i) + y.re(i - 1)) / 2;
        }
        return new Value[] {DoubleArray.of(y.dims().clone(), r)};
    }

    /** poly(r): the polynomial with roots r (a vector); poly(A): A's characteristic polynomial is not offered. */
    @Builtin("poly")
    public static Value poly(Value rv) {
        ArrayValue r = Args.array(rv, "poly");
        int[] d = r.dims();
        if (!Dims.isVector(d) && r.numel() > 0) {
            throw Errors.of("MATLAB:poly:InputSize", "poly of a matrix (its characteristic polynomial) is not supported;"
                + " give the roots as a vector.");
        }
        int n = r.numel();
        double[] re = new double[n + 1];
        double[] im = new double[n + 1];
        re[0] = 1;
        for (int k = 0; k < n; k++) {
            double a = r.re(k);
            double b = r.isComplex() ? r.im(k) : 0;
            for (int j = k + 1; j >= 1; j--) {
                double pr = re[j - 1];
                double pi = im[j - 1];
                re[j] -= a * pr - b * pi;
                im[j] -= a * pi + b * pr;
            }
        }
        boolean complex = false;
        for (double v : im) {
            complex |= Math.abs(v) > 1e-12 * Math.max(1, Math.abs(re[0]));
        }
        return complex ? DoubleArray.of(Dims.row(n + 1), re, im) : DoubleArray.of(Dims.row(n + 1), re);
    }

    /** [q, r] = deconv(u, v): polynomial division, u = conv(v, q) + r. */
    @Builtin("deconv")
    public static Value[] deconv(Value[] args, int nargout) {
        Args.count(args, 2, 2);
        ArrayValue u = Args.array(args[0], "deconv");
        ArrayValue v = Args.array(args[1], "deconv");
        int nu = u.numel();
        int nv = v.numel();
        if (nv == 0 || v.re(0) == 0) {
            throw Errors.of("MATLAB:deconv:ZeroCoef1", "First coefficient of the divisor must be nonzero.");
        }
        if (nu < nv) {
            return new Value[] {DoubleArray.scalar(0), DoubleArray.of(u.dims().clone(), values(u))};
        }
        double[] rem = values(u);
        double[] q = new double[nu - nv + 1];
        for (int i = 0; i < q.length; i++) {
            q[i] = rem[i] / v.re(0);
            for (int j = 0; j < nv; j++) {
                rem[i + j] -= q[i] * v.re(j);
            }
        }
        for (int i = 0; i < q.length; i++) {
            rem[i] = 0; // exactly zero where the division consumed the dividend
        }
        return new Value[] {DoubleArray.of(Dims.row(q.length), q), DoubleArray.of(u.dims().clone(), rem)};
    }

    private static double[] values(ArrayValue a) {
        double[] r = new double[a.numel()];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.re(i);
        }
        return r;
    }

    /** fftshift(x): swaps the halves of a vector (or of each dimension of an array), zero frequency to the centre. */
    @Builtin("fftshift")
    public static Value fftshift(Value x) {
        return shift(x, true);
    }

    @Builtin("ifftshift")
    public static Value ifftshift(Value x) {
        return shift(x, false);
    }

    private static Value shift(Value x, boolean forward) {
        int[] d = x.dims();
        int n = x.numel();
        int[] idx = new int[n];
        int[] sub = new int[d.length];
        for (int j = 0; j < n; j++) {
            int src = 0;
            int stride = 1;
            for (int k = 0; k < d.length; k++) {
                int len = d[k];
                int s = forward ? len / 2 : (len + 1) / 2;
                int from = ((sub[k] - s) % len + len) % len;
                src += from * stride;
                stride *= len;
            }
            idx[j] = src;
            for (int k = 0; k < d.length; k++) {
                if (++sub[k] < d[k]) {
                    break;
                }
                sub[k] = 0;
            }
        }
        return x.gather(idx, d.clone());
    }

    @Builtin("gammaln")
    public static Value gammaln(Value v) {
        return Mapping.mapDouble(v, "gammaln", DataFunctions::logGamma);
    }

    /** beta(z, w) = gamma(z) gamma(w) / gamma(z + w), through log-gamma for range. */
    @Builtin("beta")
    public static Value beta(Value z, Value w) {
        ArrayValue a = Args.array(z, "beta");
        ArrayValue b = Args.array(w, "beta");
        int n = Math.max(a.numel(), b.numel());
        if (a.numel() != 1 && b.numel() != 1 && a.numel() != b.numel()) {
            throw mjc.runtime.error.Errors.sizeMismatch();
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double x = a.re(a.numel() == 1 ? 0 : i);
            double y = b.re(b.numel() == 1 ? 0 : i);
            r[i] = Math.exp(logGamma(x) + logGamma(y) - logGamma(x + y));
        }
        return DoubleArray.of((a.numel() >= b.numel() ? a : b).dims().clone(), r);
    }

    static double logGamma(double x) {
        if (x <= 0) {
            return x == Math.rint(x) ? Double.POSITIVE_INFINITY : Math.log(Math.abs(SpecialFunctions.gamma(x)));
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        double y = x - 1;
        double a = g[0];
        double t = y + 7.5;
        for (int i = 1; i < 9; i++) {
            a += g[i] / (y + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** erfinv(y) for -1 <= y <= 1: Giles' approximation refined by two Newton steps on erf. */
    @Builtin("erfinv")
    public static Value erfinv(Value v) {
        return Mapping.mapDouble(v, "erfinv", DataFunctions::erfinv);
    }

    static double erfinv(double y) {
        if (Double.isNaN(y) || y < -1 || y > 1) {
            return Double.NaN;
        }
        if (y == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (y == -1) {
            return Double.NEGATIVE_INFINITY;
        }
        double w = -Math.log((1 - y) * (1 + y));
        double x;
        if (w < 5) {
            w -= 2.5;
            double p = 2.81022636e-08;
            p = 3.43273939e-07 + p * w;
            p = -3.5233877e-06 + p * w;
            p = -4.39150654e-06 + p * w;
            p = 0.00021858087 + p * w;
            p = -0.00125372503 + p * w;
            p = -0.00417768164 + p * w;
            p = 0.246640727 + p * w;
            p = 1.50140941 + p * w;
            x = p * y;
        } else {
            w = Math.sqrt(w) - 3;
            double p = -0.000200214257;
            p = 0.000100950558 + p * w;
            p = 0.00134934322 + p * w;
            p = -0.00367342844 + p * w;
            p = 0.00573950773 + p * w;
            p = -0.0076224613 + p * w;
            p = 0.00943887047 + p * w;
            p = 1.00167406 + p * w;
            p = 2.83297682 + p * w;
            x = p * y;
        }
        for (int i = 0; i < 2; i++) {
            double err = ErrorFunction.erf(x) - y;
            x -= err / (2 / Math.sqrt(Math.PI) * Math.exp(-x * x));
        }
        return x;
    }
}
