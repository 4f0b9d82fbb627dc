package mjc.stdlib.math;

import java.util.Locale;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * interp1(x, y, xq[, method][, extrapolation]) and interp1(y, xq): methods 'linear',
 * 'nearest', 'previous', 'next', 'pchip' (shape-preserving cubic, also 'cubic') and 'spline'
 * (not-a-knot cubic spline); outside [min(x), max(x)] NaN, or 'extrap', or a given value.
 * y may be a matrix: each column is interpolated.
 */
public final class Interpolation {
    private Interpolation() {
    }

    @Builtin("interp1")
    public static Value[] interp1(Value[] args, int nargout) {
        Args.count(args, 2, 5);
        int k = 0;
        ArrayValue x;
        ArrayValue y;
        if (args.length == 2 || args.length >= 3 && Args.isText(args[2])) {
            y = Args.array(args[0], "interp1");
            int n = Dims.isVector(y.dims()) ? y.numel() : y.dims()[0];
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = i + 1;
            }
            x = DoubleArray.column(xs);
            k = 1;
        } else {
            x = Args.array(args[0], "interp1");
            y = Args.array(args[1], "interp1");
            k = 2;
        }
        ArrayValue q = Args.array(args[k], "interp1");
        String method = "linear";
        boolean extrap = false;
        double fill = Double.NaN;
        for (int i = k + 1; i < args.length; i++) {
            if (Args.isText(args[i])) {
                String t = Args.text(args[i], "interp1").toLowerCase(Locale.ROOT);
                if (t.equals("extrap")) {
                    extrap = true;
                } else {
                    method = t.startsWith("*") ? t.substring(1) : t;
                }
            } else {
                fill = Args.scalar(args[i], "interp1");
            }
        }
        int n = x.numel();
        boolean vector = Dims.isVector(y.dims());
        int cols = vector ? 1 : y.numel() / y.dims()[0];
        if ((vector ? y.numel() : y.dims()[0]) != n) {
            throw Errors.of("MATLAB:interp1:YInvalidNumRows", "The grid vectors do not define a grid of points that"
                + " match the given values.");
        }
        if (n < 2) {
            throw Errors.of("MATLAB:interp1:NotEnoughPts", "Interpolation requires at least two sample points for "
                + "each dimension.");
        }
        // sorted sample points
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x.re(a), x.re(b)));
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x.re(order[i]);
            if (i > 0 && xs[i] == xs[i - 1]) {
                throw Errors.of("MATLAB:interp1:NonUniqueX", "The grid vectors must contain unique points.");
            }
        }
        int m = q.numel();
        double[] out = new double[m * cols];
        for (int c = 0; c < cols; c++) {
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                ys[i] = y.re(order[i] + c * n);
            }
            double[][] coef = method.equals("spline") ? spline(xs, ys)
                : method.equals("pchip") || method.equals("cubic") ? pchip(xs, ys) : null;
            for (int i = 0; i < m; i++) {
                double v = q.re(i);
                double r;
                if (Double.isNaN(v)) {
                    r = Double.NaN;
                } else if ((v < xs[0] || v > xs[n - 1]) && !extrap) {
                    r = fill;
                } else {
                    r = at(xs, ys, coef, v, method);
                }
                out[i + c * m] = r;
            }
        }
        int[] dims = vector ? q.dims().clone() : Dims.of(m, cols);
        return new Value[] {DoubleArray.of(dims, out)};
    }

    private static int interval(double[] xs, double v) {
        int lo = 0;
        int hi = xs.length - 2;
        if (v <= xs[0]) {
            return 0;
        }
        if (v >= xs[xs.length - 1]) {
            return xs.length - 2;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (xs[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static double at(double[] xs, double[] ys, double[][] coef, double v, String method) {
        int n = xs.length;
        int k = interval(xs, v);
        switch (method) {
            case "linear": {
                double t = (v - xs[k]) / (xs[k + 1] - xs[k]);
                return ys[k] + t * (ys[k + 1] - ys[k]);
            }
            case "nearest": {
                if (v < xs[0]) {
                    return ys[0];
                }
                if (v > xs[n - 1]) {
                    return ys[n - 1];
                }
                return v - xs[k] < xs[k + 1] - v ? ys[k] : ys[k + 1]; // a tie goes to the larger point
            }
            case "previous":
                if (v < xs[0]) {
                    return Double.NaN;
                }
                return v >= xs[k + 1] ? ys[k + 1] : ys[k];
            case "next":
                if (v > xs[n - 1]) {
                    return Double.NaN;
                }
                return v <= xs[k] ? ys[k] : ys[k + 1];
            case "spline":
            case "pchip":
            case "cubic": {
                double h = v - xs[k];
                return ((coef[k][0] * h + coef[k][1]) * h + coef[k][2]) * h + coef[k][3];
            }
            default:
                throw Errors.of("MATLAB:interp1:InvalidMethod", "Invalid interpolation method '" + method + "'.");
        }
    }

    /** Not-a-knot cubic spline: per interval {a, b, c, d} of a*h^3 + b*h^2 + c*h + d. */
    static double[][] spline(double[] x, double[] y) {
        int n = x.length;
        if (n < 4) {
            return pchipFromSlopes(x, y, n == 2 ? new double[] {slope(x, y, 0), slope(x, y, 0)} : parabolaSlopes(x, y));
        }
        double[] h = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
        }
        // tridiagonal system for second derivatives M with not-a-knot ends
        double[][] a = new double[n][n];
        double[] r = new double[n];
        a[0][0] = h[1];
        a[0][1] = -(h[0] + h[1]);
        a[0][2] = h[0];
        for (int i = 1; i < n - 1; i++) {
            a[i][i - 1] = h[i - 1];
            a[i][i] = 2 * (h[i - 1] + h[i]);
            a[i][i + 1] = h[i];
            r[i] = 6 * ((y[i + 1] - y[i]) / h[i] - (y[i] - y[i - 1]) / h[i - 1]);
        }
        a[n - 1][n - 3] = h[n - 2];
        a[n - 1][n - 2] = -(h[n - 3] + h[n - 2]);
        a[n - 1][n - 1] = h[n - 3];
        double[] mm = solve(a, r);
        double[][] coef = new double[n - 1][4];
        for (int i = 0; i < n - 1; i++) {
            coef[i][0] = (mm[i + 1] - mm[i]) / (6 * h[i]);
            coef[i][1] = mm[i] / 2;
            coef[i][2] = (y[i + 1] - y[i]) / h[i] - h[i] * (2 * mm[i] + mm[i + 1]) / 6;
            coef[i][3] = y[i];
        }
        return coef;
    }

    private static double slope(double[] x, double[] y, int i) {
        return (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
    }

    /** Three points: the parabola through them (what not-a-knot gives). */
    private static double[] parabolaSlopes(double[] x, double[] y) {
        double d0 = slope(x, y, 0);
        double d1 = slope(x, y, 1);
        double c2 = (d1 - d0) / (x[2] - x[0]);
        return new double[] {d0 - c2 * (x[1] - x[0]), d0 + c2 * (x[1] - x[0]), d1 + c2 * (x[2] - x[1])};
    }

    /** Fritsch-Carlson slopes (MATLAB's pchip), then Hermite cubics. */
    static double[][] pchip(double[] x, double[] y) {
        int n = x.length;
        double[] d = new double[n];
        double[] del = new double[n - 1];
        double[] h = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            del[i] = (y[i + 1] - y[i]) / h[i];
        }
        if (n == 2) {
            d[0] = d[1] = del[0];
        } else {
            for (int k = 1; k < n - 1; k++) {
                if (del[k - 1] * del[k] > 0) {
                    double w1 = 2 * h[k] + h[k - 1];
                    double w2 = h[k] + 2 * h[k - 1];
                    d[k] = (w1 + w2) / (w1 / del[k - 1] + w2 / del[k]);
                }
            }
            d[0] = endSlope(h[0], h[1], del[0], del[1]);
            d[n - 1] = endSlope(h[n - 2], h[n - 3], del[n - 2], del[n - 3]);
        }
        return pchipFromSlopes(x, y, d);
    }

    private static double endSlope(double h0, double h1, double d0, double d1) {
        double s = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
        if (Math.signum(s) != Math.signum(d0)) {
            s = 0;
        } else if (Math.signum(d0) != Math.signum(d1) && Math.abs(s) > Math.abs(3 * d0)) {
            s = 3 * d0;
        }
        return s;
    }

    private static double[][] pchipFromSlopes(double[] x, double[] y, double[] d) {
        int n = x.length;
        double[][] coef = new double[n - 1][4];
        for (int i = 0; i < n - 1; i++) {
            double h = x[i + 1] - x[i];
            double del = (y[i + 1] - y[i]) / h;
            coef[i][0] = (d[i] - 2 * del + d[i + 1]) / (h * h);
            coef[i][1] = (3 * del - 2 * d[i] - d[i + 1]) / h;
            coef[i][2] = d[i];
            coef[i][3] = y[i];
        }
        return coef;
    }

    /** Gaussian elimination with partial pivoting (small systems). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
