package mjc.stdlib.array;

import java.util.Arrays;
import mjc.runtime.error.Errors;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.math.Reduce;

/** Matrix building and rearranging: diag, triu, tril, kron, meshgrid, accumarray, sortrows, cummax, ... */
public final class MatrixFunctions {
    private MatrixFunctions() {
    }

    @Builtin("diag")
    public static Value[] diag(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "diag");
        int k = args.length > 1 ? (int) Args.scalar(args[1], "diag") : 0;
        int[] d = a.dims();
        if (Dims.isVector(d) || a.numel() == 0) {
            int n = a.numel();
            int size = n + Math.abs(k);
            int[] idx = new int[size * size];
            double[] re = new double[size * size];
            for (int i = 0; i < n; i++) {
                int r = k >= 0 ? i : i - k;
                int c = k >= 0 ? i + k : i;
                re[r + c * size] = a.re(i);
            }
            return new Value[] {DoubleArray.of(Dims.of(size, size), re)};
        }
        int nr = d[0];
        int nc = d[1];
        java.util.List<Integer> picks = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(nr, nc); i++) {
            int r = k >= 0 ? i : i - k;
            int c = k >= 0 ? i + k : i;
            if (r < nr && c < nc && r >= 0 && c >= 0) {
                picks.add(r + c * nr);
            }
        }
        int[] idx = picks.stream().mapToInt(Integer::intValue).toArray();
        return new Value[] {a.gather(idx, Dims.col(idx.length))};
    }

    private static Value triangle(Value[] args, boolean upper) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], upper ? "triu" : "tril");
        int k = args.length > 1 ? (int) Args.scalar(args[1], "triu") : 0;
        int[] d = a.dims();
        int nr = d[0];
        double[] re = new double[a.numel()];
        for (int i = 0; i < re.length; i++) {
            int r = i % nr;
            int c = i / nr;
            boolean keep = upper ? c - r >= k : c - r <= k;
            re[i] = keep ? a.re(i) : 0;
        }
        return DoubleArray.of(d, re);
    }

    @Builtin("triu")
    public static Value[] triu(Value[] args, int nargout) {
        return new Value[] {triangle(args, true)};
    }

    @Builtin("tril")
    public static Value[] tril(Value[] args, int nargout) {
        return new Value[] {triangle(args, false)};
    }

    @Builtin("kron")
    public static Value kron(Value x, Value y) {
        ArrayValue a = Args.array(x, "kron");
        ArrayValue b = Args.array(y, "kron");
        int ar = a.dims()[0];
        int ac = a.cols();
        int br = b.dims()[0];
        int bc = b.cols();
        int nr = ar * br;
        int nc = ac * bc;
        double[] re = new double[nr * nc];
        for (int i = 0; i < ar; i++) {
            for (int j = 0; j < ac; j++) {
                for (int k = 0; k < br; k++) {
                    for (int l = 0; l < bc; l++) {
                        re[(i * br + k) + (j * bc + l) * nr] = a.re(i + j * ar) * b.re(k + l * br);
                    }
                }
            }
        }
        return DoubleArray.of(Dims.of(nr, nc), re);
    }

    @Builtin("meshgrid")
    public static Value[] meshgrid(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue x = Args.array(args[0], "meshgrid");
        ArrayValue y = args.length > 1 ? Args.array(args[1], "meshgrid") : x;
        int nx = x.numel();
        int ny = y.numel();
        double[] xx = new double[nx * ny];
        double[] yy = new double[nx * ny];
        for (int c = 0; c < nx; c++) {
            for (int r = 0; r < ny; r++) {
                xx[r + c * ny] = x.re(c);
                yy[r + c * ny] = y.re(r);
            }
        }
        return new Value[] {DoubleArray.of(Dims.of(ny, nx), xx), DoubleArray.of(Dims.of(ny, nx), yy)};
    }

    @Builtin("ndgrid")
    public static Value[] ndgrid(Value[] args, int nargout) {
        Value[] m = meshgrid(new Value[] {args.length > 1 ? args[1] : args[0], args[0]}, 2);
        return new Value[] {m[1], m[0]};
    }

    @Builtin("logspace")
    public static Value[] logspace(Value[] args, int nargout) {
        double a = Args.scalar(args[0], "logspace");
        double b = Args.scalar(args[1], "logspace");
        int n = args.length > 2 ? (int) Args.scalar(args[2], "logspace") : 50;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.pow(10, n == 1 ? b : a + i * (b - a) / (n - 1));
        }
        return new Value[] {DoubleArray.row(r)};
    }

    @Builtin("sortrows")
    public static Value[] sortrows(Value[] args, int nargout) {
        if (args.length > 0 && args[0] instanceof mjc.runtime.object.ObjectValue) {
            Value[] own = mjc.runtime.object.Objects.dispatch("sortrows", args, nargout); // a table's sortrows
            if (own != null) {
                return own;
            }
        }
        Args.count(args, 1, 3);
        boolean descend = false;
        if (args.length > 1 && Args.isText(args[args.length - 1])) {
            String dir = Args.text(args[args.length - 1], "sortrows");
            if (!dir.equalsIgnoreCase("ascend") && !dir.equalsIgnoreCase("descend")) {
                throw Errors.of("MATLAB:sortrows:BadSortMode", "Sort direction must be 'ascend' or 'descend'.");
            }
            descend = dir.equalsIgnoreCase("descend");
            args = Arrays.copyOf(args, args.length - 1);
        }
        if (args[0] instanceof mjc.runtime.value.CellArray cell) {
            return sortCellRows(cell, descend);
        }
        ArrayValue a = Args.array(args[0], "sortrows");
        int nr = a.dims()[0];
        int nc = a.cols();
        int[] cols;
        if (args.length > 1) {
            ArrayValue c = Args.array(args[1], "sortrows");
            cols = new int[c.numel()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = (int) c.re(i);
            }
        } else {
            cols = new int[nc];
            for (int i = 0; i < nc; i++) {
                cols[i] = i + 1;
            }
        }
        if (descend) {
            for (int i = 0; i < cols.length; i++) {
                cols[i] = -cols[i];
            }
        }
        Integer[] order = new Integer[nr];
        for (int i = 0; i < nr; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> {
            for (int c : cols) {
                int col = Math.abs(c) - 1;
                int cmp = Double.compare(a.re(p + col * nr), a.re(q + col * nr));
                if (cmp != 0) {
                    return c < 0 ? -cmp : cmp;
                }
            }
            return 0;
        });
        int[] idx = new int[nr * nc];
        double[] perm = new double[nr];
        for (int r = 0; r < nr; r++) {
            perm[r] = order[r] + 1;
            for (int c = 0; c < nc; c++) {
                idx[r + c * nr] = order[r] + c * nr;
            }
        }
        return new Value[] {a.gather(idx, a.dims()), DoubleArray.column(perm)};
    }

    /** sortrows of a cell column of text: in character order, with the permutation. */
    private static Value[] sortCellRows(mjc.runtime.value.CellArray c, boolean descend) {
        int n = c.dims()[0];
        if (c.cols() != 1) {
            throw Errors.of("MATLAB:sortrows:cellstrColumn", "Only a cell array of character vectors with one column can"
                + " be sorted.");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Comparator<Integer> byText = java.util.Comparator.comparing(i -> Args.text(c.get(i), "sortrows"));
        Arrays.sort(order, descend ? byText.reversed() : byText);
        int[] idx = new int[n];
        double[] perm = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = order[i];
            perm[i] = order[i] + 1;
        }
        return new Value[] {c.gather(idx, c.dims()), DoubleArray.column(perm)};
    }

    @Builtin("issorted")
    public static Value issorted(Value v) {
        ArrayValue a = Args.array(v, "issorted");
        for (int i = 1; i < a.numel(); i++) {
            if (a.re(i) < a.re(i - 1)) {
                return LogicalArray.of(false);
            }
        }
        return LogicalArray.of(true);
    }

    private static Value cumulativeExtreme(Value v, boolean max) {
        ArrayValue a = Args.array(v, max ? "cummax" : "cummin");
        int dim = Reduce.defaultDim(a.dims());
        Reduce.Fibers f = new Reduce.Fibers(a.dims(), dim);
        double[] out = new double[a.numel()];
        for (int i = 0; i < f.count; i++) {
            double best = Double.NaN;
            for (int k = 0; k < f.length; k++) {
                int p = f.start(i) + k * f.stride;
                double x = a.re(p);
                if (Double.isNaN(best) || (max ? x > best : x < best)) {
                    best = x;
                }
                out[p] = best;
            }
        }
        return DoubleArray.of(a.dims(), out);
    }

    @Builtin("cummax")
    public static Value cummax(Value v) {
        return cumulativeExtreme(v, true);
    }

    @Builtin("cummin")
    public static Value cummin(Value v) {
        return cumulativeExtreme(v, false);
    }

    @Builtin("trapz")
    public static Value[] trapz(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue x = args.length == 2 ? Args.array(args[0], "trapz") : null;
        ArrayValue y = Args.array(args[args.length - 1], "trapz");
        double s = 0;
        for (int i = 1; i < y.numel(); i++) {
            double dx = x == null ? 1 : x.re(i) - x.re(i - 1);
            s += dx * (y.re(i) + y.re(i - 1)) / 2;
        }
        return new Value[] {DoubleArray.scalar(s)};
    }

    @Builtin("polyval")
    public static Value polyval(Value p, Value x) {
        ArrayValue c = Args.array(p, "polyval");
        ArrayValue xs = Args.array(x, "polyval");
        double[] r = new double[xs.numel()];
        for (int i = 0; i < r.length; i++) {
            double acc = 0;
            for (int k = 0; k < c.numel(); k++) {
                acc = acc * xs.re(i) + c.re(k);
            }
            r[i] = acc;
        }
        return DoubleArray.of(xs.dims(), r);
    }

    @Builtin("polyfit")
    public static Value polyfit(Value x, Value y, Value n) {
        ArrayValue xs = Args.array(x, "polyfit");
        int deg = (int) Args.scalar(n, "polyfit");
        int m = xs.numel();
        double[] v = new double[m * (deg + 1)];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k <= deg; k++) {
                v[i + k * m] = Math.pow(xs.re(i), deg - k);
            }
        }
        Value vander = DoubleArray.of(Dims.of(m, deg + 1), v);
        ArrayValue ys = Args.array(y, "polyfit");
        double[] yc = new double[ys.numel()];
        for (int i = 0; i < yc.length; i++) {
            yc[i] = ys.re(i);
        }
        Value coef = mjc.stdlib.linalg.LinearAlgebra.mldivide(vander, DoubleArray.column(yc));
        return Operators.transpose(coef);
    }

    @Builtin("conv")
    public static Value conv(Value x, Value y) {
        ArrayValue a = Args.array(x, "conv");
        ArrayValue b = Args.array(y, "conv");
        int n = a.numel() + b.numel() - 1;
        if (a.numel() == 0 || b.numel() == 0) {
            return DoubleArray.empty();
        }
        double[] r = new double[n];
        for (int i = 0; i < a.numel(); i++) {
            for (int j = 0; j < b.numel(); j++) {
                r[i + j] += a.re(i) * b.re(j);
            }
        }
        boolean column = a.dims()[1] == 1 && a.numel() > 1;
        return column ? DoubleArray.column(r) : DoubleArray.row(r);
    }

    @Builtin("filter")
    public static Value filter(Value bv, Value av, Value xv) {
        ArrayValue b = Args.array(bv, "filter");
        ArrayValue a = Args.array(av, "filter");
        ArrayValue x = Args.array(xv, "filter");
        double a0 = a.re(0);
        double[] y = new double[x.numel()];
        for (int n = 0; n < y.length; n++) {
            double acc = 0;
            for (int k = 0; k < b.numel(); k++) {
                if (n - k >= 0) {
                    acc += b.re(k) * x.re(n - k);
                }
            }
            for (int k = 1; k < a.numel(); k++) {
                if (n - k >= 0) {
                    acc -= a.re(k) * y[n - k];
                }
            }
            y[n] = acc / a0;
        }
        return DoubleArray.of(x.dims(), y);
    }

}
