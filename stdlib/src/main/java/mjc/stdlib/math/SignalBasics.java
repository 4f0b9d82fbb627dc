package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** unwrap (phase jumps of more than tol corrected by multiples of 2*pi) and detrend (a fitted polynomial removed). */
public final class SignalBasics {
    private SignalBasics() {
    }

    @Builtin("unwrap")
    public static Value[] unwrap(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue a = Args.array(args[0], "unwrap");
        double tol = args.length > 1 && args[1].numel() > 0 ? Math.abs(Args.scalar(args[1], "unwrap")) : Math.PI;
        int[] d = a.dims();
        int dim = args.length > 2 ? (int) Args.scalar(args[2], "unwrap") - 1 : Reduce.defaultDim(d);
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] out = new double[a.numel()];
        for (int c = 0; c < f.count; c++) {
            double shift = 0;
            for (int k = 0; k < f.length; k++) {
                int p = f.start(c) + k * f.stride;
                double v = a.re(p);
                if (k > 0) {
                    double jump = v - a.re(p - f.stride);
                    if (Math.abs(jump) > tol) {
                        shift -= 2 * Math.PI * Math.round(jump / (2 * Math.PI));
                    }
                }
                out[p] = v + shift;
            }
        }
        return new Value[] {DoubleArray.of(d.clone(), out)};
    }

    /** detrend(x[, n]) or detrend(x, 'constant'|'linear'): each column minus its least-squares polynomial of degree n (1). */
    @Builtin("detrend")
    public static Value[] detrend(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "detrend");
        int degree = 1;
        if (args.length == 2) {
            if (Args.isText(args[1])) {
                String t = Args.text(args[1], "detrend");
                degree = switch (t) {
                    case "constant" -> 0;
                    case "linear" -> 1;
                    default -> throw Errors.of("MATLAB:detrend:InvalidTrend", "Trend must be 'constant', 'linear' or a"
                        + " polynomial degree.");
                };
            } else {
                degree = (int) Args.scalar(args[1], "detrend");
            }
        }
        int[] d = a.dims();
        boolean row = d.length == 2 && d[0] == 1;
        int m = row ? a.numel() : d[0];
        int cols = row ? 1 : a.numel() / Math.max(1, m);
        int p = Math.min(degree, m - 1) + 1;
        double[] out = new double[a.numel()];
        for (int c = 0; c < cols; c++) {
            // least squares on t = 1..m scaled to [-1, 1] (normal equations of a small Vandermonde)
            double[][] ata = new double[p][p];
            double[] aty = new double[p];
            for (int i = 0; i < m; i++) {
                double t = m == 1 ? 0 : 2.0 * i / (m - 1) - 1;
                double y = a.re(i + c * m);
                double[] pw = new double[p];
                pw[0] = 1;
                for (int k = 1; k < p; k++) {
                    pw[k] = pw[k - 1] * t;
                }
                for (int r = 0; r < p; r++) {
                    aty[r] += pw[r] * y;
                    for (int s = 0; s < p; s++) {
                        ata[r][s] += pw[r] * pw[s];
                    }
                }
            }
            double[] coef = solve(ata, aty);
            for (int i = 0; i < m; i++) {
                double t = m == 1 ? 0 : 2.0 * i / (m - 1) - 1;
                double fit = 0;
                for (int k = p - 1; k >= 0; k--) {
                    fit = fit * t + coef[k];
                }
                out[i + c * m] = a.re(i + c * m) - fit;
            }
        }
        return new Value[] {DoubleArray.of(d.clone(), out)};
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && m[c][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
