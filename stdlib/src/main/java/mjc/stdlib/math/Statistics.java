package mjc.stdlib.math;

import java.util.Arrays;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Descriptive statistics along a dimension: quantile/prctile (MATLAB's and Octave's default
 * method: the sorted values sit at (k - 0.5)/n and are interpolated linearly, NaN left out), iqr,
 * skewness, kurtosis, mad, zscore, vecnorm; and cov/corrcoef of the columns of a matrix.
 */
public final class Statistics {
    private Statistics() {
    }

    private interface FiberStat {
        /** The statistic of the n values in w (a copy the kernel may reorder), into out[0..outs). */
        void of(double[] w, int n, double[] out);
    }

    /**
     * Applies stat to every fiber along dim; the result has outs elements along dim. dim < 0:
     * the first non-singleton dimension.
     */
    private static Value along(ArrayValue a, int dim, int outs, FiberStat stat) {
        int[] d = a.dims();
        if (dim < 0) {
            dim = Reduce.defaultDim(d);
        }
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        int[] od = Arrays.copyOf(d, Math.max(d.length, dim + 1));
        for (int k = d.length; k < od.length; k++) {
            od[k] = 1;
        }
        od[dim] = outs;
        Reduce.Fibers g = new Reduce.Fibers(od, dim);
        double[] out = new double[Dims.numel(od)];
        double[] w = new double[f.length];
        double[] r = new double[outs];
        for (int i = 0; i < f.count; i++) {
            for (int k = 0; k < f.length; k++) {
                w[k] = a.re(f.start(i) + k * f.stride);
            }
            stat.of(w.clone(), f.length, r);
            for (int k = 0; k < outs; k++) {
                out[g.start(i) + k * g.stride] = r[k];
            }
        }
        return DoubleArray.of(Dims.normalize(od), out);
    }

    private static int dimArg(Value[] args, int at, String fn) {
        return args.length > at ? (int) Args.scalar(args[at], fn) - 1 : -1;
    }

    // ------------------------------------------------------------------ quantiles

    /** The p-quantile of the sorted, NaN-free first n values of s. */
    static double quantileOfSorted(double[] s, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double pos = n * p + 0.5; // 1-based position of p among the values at (k - 0.5)/n
        if (pos < 1) {
            return s[0];
        }
        if (pos >= n) {
            return s[n - 1];
        }
        int lo = (int) Math.floor(pos);
        double t = pos - lo;
        return s[lo - 1] + t * (s[lo] - s[lo - 1]);
    }

    private static int sortedWithoutNaN(double[] w, int n) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(w[i])) {
                w[m++] = w[i];
            }
        }
        Arrays.sort(w, 0, m);
        return m;
    }

    private static Value quantiles(Value[] args, String fn, double scale) {
        Args.count(args, 2, 3);
        ArrayValue a = Args.array(args[0], fn);
        ArrayValue p = Args.array(args[1], fn);
        double[] ps = new double[p.numel()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = p.re(i) / scale;
            if (!(ps[i] >= 0 && ps[i] <= 1)) {
                throw Errors.of("MATLAB:" + fn + ":BadPercents", scale == 100 ? "P must be a scalar or a vector of "
                    + "percent values between 0 and 100." : "P must be a scalar or a vector of probabilities between 0 and 1.");
            }
        }
        int dim = dimArg(args, 2, fn);
        Value r = along(a, dim, ps.length, (w, n, out) -> {
            int m = sortedWithoutNaN(w, n);
            for (int k = 0; k < ps.length; k++) {
                out[k] = quantileOfSorted(w, m, ps[k]);
            }
        });
        // a vector's quantiles take the orientation of the vector
        int[] d = a.dims();
        if (args.length < 3 && Dims.isVector(d) && d[0] == 1) {
            return r.reshaped(Dims.row(ps.length));
        }
        return r;
    }

    @Builtin("quantile")
    public static Value[] quantile(Value[] args, int nargout) {
        return new Value[] {quantiles(args, "quantile", 1)};
    }

    @Builtin("prctile")
    public static Value[] prctile(Value[] args, int nargout) {
        return new Value[] {quantiles(args, "prctile", 100)};
    }

    /** iqr(x[, dim]): the difference between the 75th and 25th percentiles. */
    @Builtin("iqr")
    public static Value[] iqr(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "iqr");
        return new Value[] {along(a, dimArg(args, 1, "iqr"), 1, (w, n, out) -> {
            int m = sortedWithoutNaN(w, n);
            out[0] = quantileOfSorted(w, m, 0.75) - quantileOfSorted(w, m, 0.25);
        })};
    }

    // ------------------------------------------------------------------ moments

    private static double mean(double[] w, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += w[i];
        }
        return s / n;
    }

    /** skewness(x[, flag[, dim]]): flag 1 (default) biased, 0 corrected for bias. */
    @Builtin("skewness")
    public static Value[] skewness(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue a = Args.array(args[0], "skewness");
        boolean biased = args.length < 2 || args[1].numel() == 0 || Args.scalar(args[1], "skewness") != 0;
        return new Value[] {along(a, dimArg(args, 2, "skewness"), 1, (w, n, out) -> {
            double m = mean(w, n);
            double m2 = 0;
            double m3 = 0;
            for (int i = 0; i < n; i++) {
                double dv = w[i] - m;
                m2 += dv * dv;
                m3 += dv * dv * dv;
            }
            m2 /= n;
            m3 /= n;
            double s = m3 / Math.pow(m2, 1.5);
            if (!biased) {
                s = n < 3 ? Double.NaN : s * Math.sqrt(n * (n - 1.0)) / (n - 2);
            }
            out[0] = m2 == 0 ? Double.NaN : s;
        })};
    }

    /** kurtosis(x[, flag[, dim]]): flag 1 (default) biased, 0 corrected; not excess (normal is 3). */
    @Builtin("kurtosis")
    public static Value[] kurtosis(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue a = Args.array(args[0], "kurtosis");
        boolean biased = args.length < 2 || args[1].numel() == 0 || Args.scalar(args[1], "kurtosis") != 0;
        return new Value[] {along(a, dimArg(args, 2, "kurtosis"), 1, (w, n, out) -> {
            double m = mean(w, n);
            double m2 = 0;
            double m4 = 0;
            for (int i = 0; i < n; i++) {
                double dv = w[i] - m;
                m2 += dv * dv;
                m4 += dv * dv * dv * dv;
            }
            m2 /= n;
            m4 /= n;
            double k = m4 / (m2 * m2);
            if (!biased) {
                k = n < 4 ? Double.NaN : 3 + (n - 1.0) / ((n - 2.0) * (n - 3.0)) * ((n + 1.0) * k - 3.0 * (n - 1.0));
            }
            out[0] = m2 == 0 ? Double.NaN : k;
        })};
    }

    /** mad(x[, opt[, dim]]): mean absolute deviation (opt 0) or median absolute deviation (opt 1). */
    @Builtin("mad")
    public static Value[] mad(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue a = Args.array(args[0], "mad");
        boolean median = args.length > 1 && Args.scalar(args[1], "mad") != 0;
        return new Value[] {along(a, dimArg(args, 2, "mad"), 1, (w, n, out) -> {
            int m = sortedWithoutNaN(w, n);
            double c = median ? quantileOfSorted(w, m, 0.5) : mean(w, m);
            for (int i = 0; i < m; i++) {
                w[i] = Math.abs(w[i] - c);
            }
            if (median) {
                Arrays.sort(w, 0, m);
                out[0] = quantileOfSorted(w, m, 0.5);
            } else {
                out[0] = mean(w, m);
            }
        })};
    }

    /** zscore(x[, flag[, dim]]): (x - mean) ./ std, std normalized by n - 1 (flag 0) or n (flag 1). */
    @Builtin("zscore")
    public static Value[] zscore(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue a = Args.array(args[0], "zscore");
        boolean byN = args.length > 1 && args[1].numel() > 0 && Args.scalar(args[1], "zscore") != 0;
        int[] d = a.dims();
        int dim = args.length > 2 ? (int) Args.scalar(args[2], "zscore") - 1 : Reduce.defaultDim(d);
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] out = new double[a.numel()];
        double[] mu = new double[f.count];
        double[] sd = new double[f.count];
        for (int i = 0; i < f.count; i++) {
            double s = 0;
            for (int k = 0; k < f.length; k++) {
                s += a.re(f.start(i) + k * f.stride);
            }
            double m = s / f.length;
            double ss = 0;
            for (int k = 0; k < f.length; k++) {
                double dv = a.re(f.start(i) + k * f.stride) - m;
                ss += dv * dv;
            }
            double sdv = Math.sqrt(ss / (byN ? f.length : Math.max(1, f.length - 1)));
            mu[i] = m;
            sd[i] = sdv;
            for (int k = 0; k < f.length; k++) {
                int at = f.start(i) + k * f.stride;
                out[at] = sdv == 0 ? a.re(at) - m : (a.re(at) - m) / sdv;
            }
        }
        Value z = a.numel() == 0 ? a : DoubleArray.of(d.clone(), out);
        int[] rd = Reduce.reducedDims(d, dim);
        return new Value[] {z, DoubleArray.of(rd, mu), DoubleArray.of(rd.clone(), sd)};
    }

    /** vecnorm(A[, p[, dim]]): the p-norm of each vector along dim (2 by default). */
    @Builtin("vecnorm")
    public static Value[] vecnorm(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue a = Args.array(args[0], "vecnorm");
        double p = args.length > 1 ? Args.scalar(args[1], "vecnorm") : 2;
        if (!(p > 0)) {
            throw Errors.of("MATLAB:vecnorm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.");
        }
        boolean complex = a.isComplex();
        int[] d = a.dims();
        int dim = args.length > 2 ? (int) Args.scalar(args[2], "vecnorm") - 1 : Reduce.defaultDim(d);
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] out = new double[f.count];
        for (int i = 0; i < f.count; i++) {
            double acc = 0;
            for (int k = 0; k < f.length; k++) {
                int at = f.start(i) + k * f.stride;
                double m = complex ? Math.hypot(a.re(at), a.im(at)) : Math.abs(a.re(at));
                acc = Double.isInfinite(p) ? Math.max(acc, m) : acc + (p == 2 ? m * m : Math.pow(m, p));
            }
            out[i] = Double.isInfinite(p) ? acc : p == 2 ? Math.sqrt(acc) : Math.pow(acc, 1 / p);
        }
        return new Value[] {DoubleArray.of(Reduce.reducedDims(d, dim), out)};
    }

    // ------------------------------------------------------------------ covariance

    /** The observations as columns of an m-by-k matrix: a vector is one variable. */
    private static double[][] variables(ArrayValue a) {
        int[] d = a.dims();
        boolean vector = Dims.isVector(d);
        int m = vector ? a.numel() : d[0];
        int k = vector ? 1 : a.numel() / Math.max(1, d[0]);
        double[][] cols = new double[k][m];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < m; i++) {
                cols[j][i] = a.re(i + j * m);
            }
        }
        return cols;
    }

    private static double[][] covariance(double[][] cols, boolean byN) {
        int k = cols.length;
        int m = k == 0 ? 0 : cols[0].length;
        double[] mu = new double[k];
        for (int j = 0; j < k; j++) {
            mu[j] = mean(cols[j], m);
        }
        double[][] c = new double[k][k];
        double norm = byN || m == 1 ? m : m - 1;
        for (int p = 0; p < k; p++) {
            for (int q = p; q < k; q++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += (cols[p][i] - mu[p]) * (cols[q][i] - mu[q]);
                }
                c[p][q] = s / norm;
                c[q][p] = c[p][q];
            }
        }
        return c;
    }

    private static Value matrix(double[][] c) {
        int k = c.length;
        double[] out = new double[k * k];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                out[p + q * k] = c[p][q];
            }
        }
        return DoubleArray.of(Dims.of(k, k), out);
    }

    /** The variables of cov/corrcoef: one matrix's columns, or two arrays as two variables. */
    private static double[][] inputs(Value[] args, int count, String fn) {
        ArrayValue x = Args.array(args[0], fn);
        if (count == 1) {
            return variables(x);
        }
        ArrayValue y = Args.array(args[1], fn);
        if (x.numel() != y.numel()) {
            throw Errors.of("MATLAB:" + fn + ":XYlengthMismatch", "The lengths of X and Y must match.");
        }
        double[][] cols = new double[2][x.numel()];
        for (int i = 0; i < x.numel(); i++) {
            cols[0][i] = x.re(i);
            cols[1][i] = y.re(i);
        }
        return cols;
    }

    /** cov(X), cov(X, Y), with a trailing 1 to normalize by n instead of n - 1. */
    @Builtin("cov")
    public static Value[] cov(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        int count = args.length;
        boolean byN = false;
        Value last = args[args.length - 1];
        if (args.length > 1 && last.numel() == 1 && (Args.scalar(last, "cov") == 0 || Args.scalar(last, "cov") == 1)
            && !(args.length == 2 && args[0].numel() == 1)) {
            byN = Args.scalar(last, "cov") == 1;
            count--;
        }
        double[][] c = covariance(inputs(args, count, "cov"), byN);
        return new Value[] {c.length == 1 ? DoubleArray.scalar(c[0][0]) : matrix(c)};
    }

    /** corrcoef(X) or corrcoef(X, Y): the correlation coefficients of the variables. */
    @Builtin("corrcoef")
    public static Value[] corrcoef(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        double[][] c = covariance(inputs(args, args.length, "corrcoef"), false);
        int k = c.length;
        double[][] r = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                r[p][q] = p == q ? 1 : c[p][q] / Math.sqrt(c[p][p] * c[q][q]);
            }
        }
        return new Value[] {k == 1 ? DoubleArray.scalar(1) : matrix(r)};
    }
}
