package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Broadcast;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * The incomplete gamma and beta functions (regularized, lower or upper tail), the exponential
 * integral E1, the digamma/polygamma functions, erfcinv and the scaled erfcx. The incomplete
 * functions use their power series where it converges fast and Lentz's continued fraction
 * elsewhere (the standard pairing, good to about 1e-15).
 */
public final class IncompleteFunctions {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 10000;

    private IncompleteFunctions() {
    }

    private interface Kernel3 {
        double of(double a, double b, double c);
    }

    /** f over x, a, b with implicit expansion. */
    private static Value map(Value[] in, String fn, Kernel3 f) {
        ArrayValue x = Args.array(in[0], fn);
        ArrayValue a = Args.array(in[1], fn);
        ArrayValue b = in.length > 2 ? Args.array(in[2], fn) : DoubleArray.scalar(0);
        Broadcast ab = Broadcast.of(x.dims(), a.dims());
        Broadcast all = Broadcast.of(ab.dims(), b.dims());
        int n = all.numel();
        double[] out = new double[n];
        int[] d = all.dims();
        for (int i = 0; i < n; i++) {
            out[i] = f.of(at(x, d, i), at(a, d, i), at(b, d, i));
        }
        return DoubleArray.of(d.clone(), out);
    }

    /** Element i of the result shape d, read from v by implicit expansion. */
    private static double at(ArrayValue v, int[] d, int i) {
        if (v.numel() == 1) {
            return v.re(0);
        }
        int[] vd = v.dims();
        int idx = 0;
        int stride = 1;
        int rem = i;
        for (int k = 0; k < d.length; k++) {
            int sub = rem % d[k];
            rem /= d[k];
            int ext = k < vd.length ? vd[k] : 1;
            idx += (ext == 1 ? 0 : sub) * stride;
            stride *= ext;
        }
        return v.re(idx);
    }

    private static boolean upperTail(Value[] args, int at, String fn) {
        if (args.length <= at) {
            return false;
        }
        String t = Args.text(args[at], fn).toLowerCase(java.util.Locale.ROOT);
        if (!t.equals("lower") && !t.equals("upper")) {
            throw Errors.of("MATLAB:" + fn + ":InvalidTailArg", "Tail must be 'lower' or 'upper'.");
        }
        return t.equals("upper");
    }

    // ------------------------------------------------------------------ gamma

    /** gammainc(x, a[, tail]): the regularized incomplete gamma function P(a, x) (or Q with 'upper'). */
    @Builtin("gammainc")
    public static Value[] gammainc(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        boolean upper = upperTail(args, 2, "gammainc");
        return new Value[] {map(new Value[] {args[0], args[1]}, "gammainc", (x, a, u) -> {
            if (x < 0 || a < 0 || Double.isNaN(x) || Double.isNaN(a)) {
                return Double.NaN;
            }
            if (a == 0) {
                return upper ? 0 : 1;
            }
            if (x == 0) {
                return upper ? 1 : 0;
            }
            if (Double.isInfinite(x)) {
                return upper ? 0 : 1;
            }
            double p = x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x);
            return upper ? (x < a + 1 ? 1 - p : gammaFraction(a, x)) : p;
        })};
    }

    private static double gammaSeries(double a, double x) {
        double sum = 1 / a;
        double term = sum;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - DataFunctions.logGamma(a));
    }

    /** Q(a, x) by the continued fraction (Lentz). */
    private static double gammaFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - DataFunctions.logGamma(a)) * h;
    }

    // ------------------------------------------------------------------ beta

    /** betainc(x, a, b[, tail]): the regularized incomplete beta function I_x(a, b). */
    @Builtin("betainc")
    public static Value[] betainc(Value[] args, int nargout) {
        Args.count(args, 3, 4);
        boolean upper = upperTail(args, 3, "betainc");
        return new Value[] {map(new Value[] {args[0], args[1], args[2]}, "betainc", (x, a, b) -> {
            if (!(x >= 0 && x <= 1) || a < 0 || b < 0 || Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            double lower = incompleteBeta(x, a, b);
            return upper ? 1 - lower : lower;
        })};
    }

    static double incompleteBeta(double x, double a, double b) {
        if (x == 0 || x == 1) {
            return x;
        }
        double front = Math.exp(DataFunctions.logGamma(a + b) - DataFunctions.logGamma(a) - DataFunctions.logGamma(b)
            + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < TINY ? TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_TERMS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return h;
    }

    // ------------------------------------------------------------------ expint

    /** expint(x): E1(x) for real x; negative x give the complex value -Ei(-x) - i*pi. */
    @Builtin("expint")
    public static Value expint(Value v) {
        ArrayValue x = Args.array(v, "expint");
        if (x.isComplex()) {
            throw Errors.of("MATLAB:expint:complexInput", "Complex arguments to expint are not supported.");
        }
        int n = x.numel();
        double[] re = new double[n];
        double[] im = null;
        for (int i = 0; i < n; i++) {
            double t = x.re(i);
            if (t < 0) {
                im = im == null ? new double[n] : im;
                re[i] = -ei(-t);
                im[i] = -Math.PI;
            } else {
                re[i] = e1(t);
            }
        }
        return DoubleArray.of(x.dims().clone(), re, im);
    }

    /** E1(x) for x >= 0: the power series below 1, the continued fraction above. */
    private static double e1(double x) {
        if (x == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        if (x <= 1) {
            double sum = 0;
            double term = 1;
            for (int k = 1; k < MAX_TERMS; k++) {
                term *= -x / k;
                double add = -term / k;
                sum += add;
                if (Math.abs(add) < EPS * Math.abs(sum)) {
                    break;
                }
            }
            return -0.5772156649015329 - Math.log(x) + sum;
        }
        double b = x + 1;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -(double) i * i;
            b += 2;
            d = 1 / (an * d + b);
            c = b + an / c;
            double del = c * d;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return h * Math.exp(-x);
    }

    /** Ei(x) for x > 0: the power series (asymptotic form for large x). */
    private static double ei(double x) {
        if (x > 40) {
            double sum = 1;
            double term = 1;
            for (int k = 1; k < 30; k++) {
                double next = term * k / x;
                if (next > term) {
                    break;
                }
                term = next;
                sum += term;
            }
            return Math.exp(x) / x * sum;
        }
        double sum = 0;
        double term = 1;
        for (int k = 1; k < MAX_TERMS; k++) {
            term *= x / k;
            double add = term / k;
            sum += add;
            if (add < EPS * sum) {
                break;
            }
        }
        return 0.5772156649015329 + Math.log(x) + sum;
    }

    // ------------------------------------------------------------------ psi

    /** psi(x) the digamma function; psi(k, x) the k-th polygamma function. */
    @Builtin("psi")
    public static Value[] psi(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        int k = args.length == 2 ? (int) Args.scalar(args[0], "psi") : 0;
        if (k < 0) {
            throw Errors.of("MATLAB:psi:NegativeK", "K must be a nonnegative integer.");
        }
        Value x = args[args.length - 1];
        return new Value[] {Mapping.mapDouble(x, "psi", v -> polygamma(k, v))};
    }

    static double polygamma(int k, double x) {
        if (Double.isNaN(x) || x == Math.rint(x) && x <= 0) {
            return k == 0 && x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (x < 0 && k == 0) {
            // reflection: psi(1 - x) - psi(x) = pi cot(pi x)
            return polygamma(0, 1 - x) - Math.PI / Math.tan(Math.PI * x);
        }
        double acc = 0;
        double sign = k % 2 == 1 ? 1 : -1; // (-1)^(k+1)
        double fact = 1;
        for (int i = 2; i <= k; i++) {
            fact *= i;
        }
        // recur up to x >= 10, then the asymptotic series
        while (x < 10) {
            acc += k == 0 ? -1 / x : sign * fact / Math.pow(x, k + 1);
            x += 1;
        }
        double[] bern = {1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6};
        if (k == 0) {
            double s = Math.log(x) - 0.5 / x;
            double x2 = x * x;
            double p = x2;
            for (int j = 0; j < bern.length; j++) {
                s -= bern[j] / ((2 * j + 2) * p);
                p *= x2;
            }
            return acc + s;
        }
        // psi^(k)(x) ~ (-1)^(k+1) [ (k-1)!/x^k + k!/(2 x^(k+1)) + sum B2j (2j+k-1)!/((2j)! x^(2j+k)) ]
        double s = factorial(k - 1) / Math.pow(x, k) + fact / (2 * Math.pow(x, k + 1));
        for (int j = 1; j <= bern.length; j++) {
            s += bern[j - 1] * factorial(2 * j + k - 1) / (factorial(2 * j) * Math.pow(x, 2 * j + k));
        }
        return acc + sign * s;
    }

    private static double factorial(int n) {
        double r = 1;
        for (int i = 2; i <= n; i++) {
            r *= i;
        }
        return r;
    }

    // ------------------------------------------------------------------ erfcinv, erfcx

    @Builtin("erfcinv")
    public static Value erfcinv(Value v) {
        return Mapping.mapDouble(v, "erfcinv", x -> {
            if (x < 0 || x > 2 || Double.isNaN(x)) {
                return Double.NaN;
            }
            if (x == 0) {
                return Double.POSITIVE_INFINITY;
            }
            if (x == 2) {
                return Double.NEGATIVE_INFINITY;
            }
            // start from erfinv(1 - x) (or the tail's asymptote when 1 - x rounds), then Newton on erfc(y) = x
            double y = x < 1e-4 ? Math.sqrt(-Math.log(x * Math.sqrt(Math.PI) * Math.sqrt(-Math.log(x))))
                : DataFunctions.erfinv(1 - x);
            for (int i = 0; i < 60; i++) {
                double step = (ErrorFunction.erfc(y) - x) / (2 / Math.sqrt(Math.PI) * Math.exp(-y * y));
                y += step;
                if (Math.abs(step) <= 1e-16 * Math.abs(y)) {
                    break;
                }
            }
            return y;
        });
    }

    /** erfcx(x) = exp(x^2) erfc(x), computed without overflow for large x. */
    @Builtin("erfcx")
    public static Value erfcx(Value v) {
        return Mapping.mapDouble(v, "erfcx", x -> {
            if (x < 25) {
                return Math.exp(x * x) * ErrorFunction.erfc(x);
            }
            // asymptotic series 1/(x sqrt(pi)) (1 - 1/(2x^2) + 3/(4x^4) - ...)
            double x2 = 2 * x * x;
            double s = 1;
            double term = 1;
            for (int k = 1; k < 8; k++) {
                term *= -(2 * k - 1) / x2;
                s += term;
            }
            return s / (x * Math.sqrt(Math.PI));
        });
    }
}
