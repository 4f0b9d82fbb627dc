package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Moving-window statistics (movmean, movsum, movmax, movmin, movmedian) with MATLAB's window
 * rule (k elements centred, the extra one behind for even k; [kb kf] explicit) shrinking at the
 * ends; histcounts; normalize (z-score).
 */
public final class MovingWindows {
    private MovingWindows() {
    }

    private interface Stat {
        double of(double[] w, int n);
    }

    /**
     * The window statistic along a dimension: movXXX(A, k[, dim][, nanflag][, 'Endpoints', e]).
     * Endpoints 'shrink' (default) uses what part of the window there is, 'discard' drops
     * outputs whose window is not full, 'fill' or a number pads the window with NaN or that number.
     * With 'includenan' (default) a window holding NaN gives NaN; 'omitnan' skips NaN values.
     */
    private static Value moving(Value[] args, String fn, double emptyValue, Stat stat) {
        Args.count(args, 2, 7);
        ArrayValue a = Args.array(args[0], fn);
        ArrayValue k = Args.array(args[1], fn);
        int back;
        int fwd;
        if (k.numel() == 1) {
            double w = k.re(0);
            if (w < 1 || w != Math.floor(w)) {
                throw Errors.of("MATLAB:" + fn + ":wrongWindowLength", "Window length must be a positive integer.");
            }
            int wl = (int) w;
            back = wl % 2 == 1 ? (wl - 1) / 2 : wl / 2;
            fwd = wl % 2 == 1 ? (wl - 1) / 2 : wl / 2 - 1;
        } else if (k.numel() == 2 && k.re(0) >= 0 && k.re(1) >= 0) {
            back = (int) k.re(0);
            fwd = (int) k.re(1);
        } else {
            throw Errors.of("MATLAB:" + fn + ":wrongWindowLength", "Window length must be a scalar or a 2-element vector"
                + " of nonnegative integers.");
        }
        int[] d = a.dims();
        int dim = Reduce.defaultDim(d);
        boolean omitNan = false;
        String endpoints = "shrink";
        double fill = Double.NaN;
        for (int i = 2; i < args.length; i++) {
            if (!Args.isText(args[i])) {
                dim = (int) Args.scalar(args[i], fn) - 1;
                continue;
            }
            String opt = Args.text(args[i], fn).toLowerCase(java.util.Locale.ROOT);
            switch (opt) {
                case "omitnan", "omitmissing" -> omitNan = true;
                case "includenan", "includemissing" -> omitNan = false;
                case "endpoints" -> {
                    if (i + 1 >= args.length) {
                        throw Errors.of("MATLAB:" + fn + ":invalidEndpoints", "Expected a value after 'Endpoints'.");
                    }
                    Value e = args[++i];
                    if (Args.isText(e)) {
                        endpoints = Args.text(e, fn).toLowerCase(java.util.Locale.ROOT);
                        if (!java.util.List.of("shrink", "discard", "fill").contains(endpoints)) {
                            throw Errors.of("MATLAB:" + fn + ":invalidEndpoints", "Endpoints must be 'shrink', "
                                + "'discard', 'fill', or a numeric scalar.");
                        }
                    } else {
                        endpoints = "fill";
                        fill = Args.scalar(e, fn);
                    }
                }
                default -> throw Errors.of("MATLAB:" + fn + ":invalidOption", "Invalid option '" + Args.text(args[i], fn)
                    + "'. Options are a NaN flag ('includenan', 'omitnan') and 'Endpoints'.");
            }
        }
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        boolean discard = endpoints.equals("discard");
        int outLength = discard ? Math.max(0, f.length - back - fwd) : f.length;
        int[] od = d.clone();
        if (dim < od.length) {
            od[dim] = outLength;
        }
        Reduce.Fibers g = new Reduce.Fibers(od, dim);
        double[] out = new double[Dims.numel(od)];
        double[] win = new double[back + fwd + 1];
        for (int i = 0; i < f.count; i++) {
            for (int p = discard ? back : 0, o = 0; p < f.length && o < outLength; p++, o++) {
                int lo = p - back;
                int hi = p + fwd;
                int n = 0;
                boolean nan = false;
                for (int q = lo; q <= hi; q++) {
                    boolean outside = q < 0 || q >= f.length;
                    if (outside && !endpoints.equals("fill")) {
                        continue; // shrink (discard never reaches past the ends)
                    }
                    double v = outside ? fill : a.re(f.start(i) + q * f.stride);
                    if (Double.isNaN(v)) {
                        nan = true;
                        if (omitNan) {
                            continue;
                        }
                    }
                    win[n++] = v;
                }
                out[g.start(i) + o * g.stride] = nan && !omitNan ? Double.NaN : n == 0 ? emptyValue : stat.of(win, n);
            }
        }
        return DoubleArray.of(od, out);
    }

    @Builtin("movmean")
    public static Value[] movmean(Value[] args, int nargout) {
        return new Value[] {moving(args, "movmean", Double.NaN, (w, n) -> {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += w[i];
            }
            return s / n;
        })};
    }

    @Builtin("movsum")
    public static Value[] movsum(Value[] args, int nargout) {
        return new Value[] {moving(args, "movsum", 0, (w, n) -> {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += w[i];
            }
            return s;
        })};
    }

    @Builtin("movmax")
    public static Value[] movmax(Value[] args, int nargout) {
        return new Value[] {moving(args, "movmax", Double.NaN, (w, n) -> {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                m = Math.max(m, w[i]);
            }
            return m;
        })};
    }

    @Builtin("movmin")
    public static Value[] movmin(Value[] args, int nargout) {
        return new Value[] {moving(args, "movmin", Double.NaN, (w, n) -> {
            double m = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                m = Math.min(m, w[i]);
            }
            return m;
        })};
    }

    @Builtin("movmedian")
    public static Value[] movmedian(Value[] args, int nargout) {
        return new Value[] {moving(args, "movmedian", Double.NaN, (w, n) -> {
            double[] s = java.util.Arrays.copyOf(w, n);
            java.util.Arrays.sort(s);
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        })};
    }

    @Builtin("movprod")
    public static Value[] movprod(Value[] args, int nargout) {
        return new Value[] {moving(args, "movprod", 1, (w, n) -> {
            double p = 1;
            for (int i = 0; i < n; i++) {
                p *= w[i];
            }
            return p;
        })};
    }

    /** The variance of a window, normalized by n - 1 (0 for one value). */
    private static double windowVariance(double[] w, int n) {
        if (n == 1) {
            return 0;
        }
        double m = 0;
        for (int i = 0; i < n; i++) {
            m += w[i];
        }
        m /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (w[i] - m) * (w[i] - m);
        }
        return ss / (n - 1);
    }

    @Builtin("movvar")
    public static Value[] movvar(Value[] args, int nargout) {
        return new Value[] {moving(args, "movvar", Double.NaN, MovingWindows::windowVariance)};
    }

    @Builtin("movstd")
    public static Value[] movstd(Value[] args, int nargout) {
        return new Value[] {moving(args, "movstd", Double.NaN, (w, n) -> Math.sqrt(windowVariance(w, n)))};
    }

    /** movmad: the moving median absolute deviation. */
    @Builtin("movmad")
    public static Value[] movmad(Value[] args, int nargout) {
        return new Value[] {moving(args, "movmad", Double.NaN, (w, n) -> {
            double[] s = java.util.Arrays.copyOf(w, n);
            java.util.Arrays.sort(s);
            double med = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            for (int i = 0; i < n; i++) {
                s[i] = Math.abs(s[i] - med);
            }
            java.util.Arrays.sort(s);
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        })};
    }

    /** [N, edges] = histcounts(X, nbins) or histcounts(X, edges): counts per bin, the last bin closed. */
    @Builtin("histcounts")
    public static Value[] histcounts(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue x = Args.array(args[0], "histcounts");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.numel(); i++) {
            if (Double.isFinite(x.re(i))) {
                lo = Math.min(lo, x.re(i));
                hi = Math.max(hi, x.re(i));
            }
        }
        double[] edges;
        if (args.length == 2 && args[1].numel() > 1) {
            ArrayValue e = Args.array(args[1], "histcounts");
            edges = new double[e.numel()];
            for (int i = 0; i < edges.length; i++) {
                edges[i] = e.re(i);
            }
        } else {
            int nb = args.length == 2 ? (int) Args.scalar(args[1], "histcounts") : Math.max(1,
                (int) Math.ceil(Math.sqrt(x.numel())));
            if (lo > hi) {
                lo = 0;
                hi = 1;
            }
            if (lo == hi) {
                lo -= 0.5;
                hi += 0.5;
            }
            edges = new double[nb + 1];
            for (int i = 0; i <= nb; i++) {
                edges[i] = lo + (hi - lo) * i / nb;
            }
        }
        int nb = edges.length - 1;
        double[] counts = new double[Math.max(0, nb)];
        for (int i = 0; i < x.numel(); i++) {
            double v = x.re(i);
            for (int b = 0; b < nb; b++) {
                if (v >= edges[b] && (v < edges[b + 1] || b == nb - 1 && v == edges[b + 1])) {
                    counts[b]++;
                    break;
                }
            }
        }
        return new Value[] {DoubleArray.of(Dims.row(counts.length), counts), DoubleArray.of(Dims.row(edges.length), edges)};
    }

    /** normalize(A): (A - mean) / std along the first non-singleton dimension. */
    @Builtin("normalize")
    public static Value[] normalize(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "normalize");
        int[] d = a.dims();
        int dim = args.length > 1 ? (int) Args.scalar(args[1], "normalize") - 1 : Reduce.defaultDim(d);
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] out = new double[a.numel()];
        for (int i = 0; i < f.count; i++) {
            double mean = 0;
            for (int p = 0; p < f.length; p++) {
                mean += a.re(f.start(i) + p * f.stride);
            }
            mean /= f.length;
            double ss = 0;
            for (int p = 0; p < f.length; p++) {
                double dv = a.re(f.start(i) + p * f.stride) - mean;
                ss += dv * dv;
            }
            double sd = Math.sqrt(ss / Math.max(1, f.length - 1));
            for (int p = 0; p < f.length; p++) {
                int at = f.start(i) + p * f.stride;
                out[at] = (a.re(at) - mean) / sd;
            }
        }
        return new Value[] {DoubleArray.of(d.clone(), out)};
    }
}
