package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * interp2 on a grid: interp2(X, Y, Z, Xq, Yq[, method][, extrapval]) or interp2(Z, Xq, Yq, ...)
 * (X = 1:columns, Y = 1:rows), X and Y as vectors or meshgrid matrices. Methods 'linear'
 * (bilinear, the default), 'nearest' and 'spline' (not-a-knot splines along each axis); points
 * outside the grid give NaN or extrapval.
 */
public final class Interpolation2D {
    private Interpolation2D() {
    }

    @Builtin("interp2")
    public static Value[] interp2(Value[] args, int nargout) {
        Args.count(args, 3, 7);
        int n = args.length;
        String method = "linear";
        double extrap = Double.NaN;
        // trailing method name and extrapolation value
        if (n > 3 && !Args.isText(args[n - 1]) && Args.isText(args[n - 2])) {
            extrap = Args.scalar(args[n - 1], "interp2");
            n--;
        }
        if (Args.isText(args[n - 1])) {
            method = Args.text(args[n - 1], "interp2").toLowerCase(java.util.Locale.ROOT);
            n--;
        }
        ArrayValue z;
        double[] xs;
        double[] ys;
        ArrayValue xq;
        ArrayValue yq;
        if (n == 3) {
            z = Args.array(args[0], "interp2");
            xs = range(z.numel() / Math.max(1, z.dims()[0]));
            ys = range(z.dims()[0]);
            xq = Args.array(args[1], "interp2");
            yq = Args.array(args[2], "interp2");
        } else if (n == 5) {
            z = Args.array(args[2], "interp2");
            xs = axis(Args.array(args[0], "interp2"), z, true);
            ys = axis(Args.array(args[1], "interp2"), z, false);
            xq = Args.array(args[3], "interp2");
            yq = Args.array(args[4], "interp2");
        } else {
            throw Errors.of("MATLAB:interp2:nargin", "Wrong number of input arguments: use interp2(X, Y, Z, Xq, Yq) or "
                + "interp2(Z, Xq, Yq).");
        }
        int rows = z.dims()[0];
        int cols = z.numel() / Math.max(1, rows);
        if (xs.length != cols || ys.length != rows) {
            throw Errors.of("MATLAB:interp2:griddedInterpolant:GridSizeMismatch", "The lengths of X and Y must match "
                + "the size of Z.");
        }
        if (xq.numel() != yq.numel() && xq.numel() != 1 && yq.numel() != 1) {
            throw Errors.of("MATLAB:interp2:sizeMismatch", "Xq and Yq must be the same size.");
        }
        if (!method.equals("linear") && !method.equals("nearest") && !method.equals("spline")) {
            throw Errors.of("MATLAB:interp2:InvalidMethod", "Invalid interpolation method '" + method + "': use "
                + "'linear', 'nearest' or 'spline'.");
        }
        ArrayValue shapeOf = xq.numel() >= yq.numel() ? xq : yq;
        int count = shapeOf.numel();
        double[] out = new double[count];
        double[][] zrows = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                zrows[i][j] = z.re(i + j * rows);
            }
        }
        for (int k = 0; k < count; k++) {
            double x = xq.re(xq.numel() == 1 ? 0 : k);
            double y = yq.re(yq.numel() == 1 ? 0 : k);
            if (!(x >= xs[0] && x <= xs[cols - 1] && y >= ys[0] && y <= ys[rows - 1])) {
                out[k] = extrap;
                continue;
            }
            out[k] = switch (method) {
                case "nearest" -> zrows[nearest(ys, y)][nearest(xs, x)];
                case "spline" -> splineAt(xs, ys, zrows, x, y);
                default -> bilinear(xs, ys, zrows, x, y);
            };
        }
        return new Value[] {DoubleArray.of(shapeOf.dims().clone(), out)};
    }

    private static double[] range(int n) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = i + 1;
        }
        return r;
    }

    /** The grid coordinates along x (columns) or y (rows), from a vector or a meshgrid matrix. */
    private static double[] axis(ArrayValue v, ArrayValue z, boolean x) {
        int rows = z.dims()[0];
        int cols = z.numel() / Math.max(1, rows);
        int n = x ? cols : rows;
        double[] r = new double[n];
        if (Dims.isVector(v.dims()) && v.numel() == n) {
            for (int i = 0; i < n; i++) {
                r[i] = v.re(i);
            }
        } else if (v.numel() == rows * cols) {
            for (int i = 0; i < n; i++) {
                r[i] = x ? v.re(i * rows) : v.re(i);
            }
        } else {
            throw Errors.of("MATLAB:interp2:griddedInterpolant:GridSizeMismatch", "The lengths of X and Y must match "
                + "the size of Z.");
        }
        for (int i = 1; i < n; i++) {
            if (!(r[i] > r[i - 1])) {
                throw Errors.of("MATLAB:interp2:griddedInterpolant:NonMonotonicCompVecsErrId", "The grid vectors must be "
                    + "strictly monotonic increasing.");
            }
        }
        return r;
    }

    /** The index of the cell [g[i], g[i+1]] holding v (the last cell for v at the upper end). */
    private static int cell(double[] g, double v) {
        int i = java.util.Arrays.binarySearch(g, v);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(g.length - 2, i));
    }

    private static int nearest(double[] g, double v) {
        if (g.length == 1) {
            return 0;
        }
        int i = cell(g, v);
        return v - g[i] < g[i + 1] - v ? i : i + 1;
    }

    private static double bilinear(double[] xs, double[] ys, double[][] z, double x, double y) {
        if (xs.length == 1 || ys.length == 1) {
            return z[nearest(ys, y)][nearest(xs, x)];
        }
        int j = cell(xs, x);
        int i = cell(ys, y);
        double tx = (x - xs[j]) / (xs[j + 1] - xs[j]);
        double ty = (y - ys[i]) / (ys[i + 1] - ys[i]);
        double top = z[i][j] * (1 - tx) + z[i][j + 1] * tx;
        double bottom = z[i + 1][j] * (1 - tx) + z[i + 1][j + 1] * tx;
        return top * (1 - ty) + bottom * ty;
    }

    /** A spline along x in every row, then one along y through those values. */
    private static double splineAt(double[] xs, double[] ys, double[][] z, double x, double y) {
        double[] column = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            column[i] = cubic(xs, z[i], x);
        }
        return cubic(ys, column, y);
    }

    private static double cubic(double[] g, double[] v, double at) {
        if (g.length == 1) {
            return v[0];
        }
        double[][] c = Interpolation.spline(g, v);
        int k = cell(g, at);
        double h = at - g[k];
        return ((c[k][0] * h + c[k][1]) * h + c[k][2]) * h + c[k][3];
    }
}
