package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.index.Index;
import mjc.runtime.index.Subscripts;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Missing data as MATLAB defines it: NaN in floating-point arrays, <missing> in strings, a blank
 * in char arrays, '' in a cell array of texts (integers and logicals have none): ismissing,
 * rmmissing (elements of a vector, rows or columns of a matrix) and fillmissing ('constant',
 * 'previous', 'next', 'nearest', 'linear').
 */
public final class MissingData {
    private MissingData() {
    }

    static boolean[] missing(Value v) {
        int n = v.numel();
        boolean[] m = new boolean[n];
        if (v instanceof StringArray s) {
            for (int i = 0; i < n; i++) {
                m[i] = s.get(i) == null;
            }
        } else if (v instanceof CharArray c) {
            for (int i = 0; i < n; i++) {
                m[i] = c.get(i) == ' ';
            }
        } else if (v instanceof CellArray c) {
            for (int i = 0; i < n; i++) {
                Value e = c.get(i);
                if (!(e instanceof CharArray) && !(e instanceof StringArray)) {
                    throw Errors.of("MATLAB:ismissing:CellArrayNotCellstr", "Cell arrays must be cell arrays of "
                        + "character vectors.");
                }
                m[i] = e.numel() == 0;
            }
        } else if (v instanceof ArrayValue a) {
            for (int i = 0; i < n; i++) {
                m[i] = Double.isNaN(a.re(i)) || Double.isNaN(a.im(i));
            }
        } else {
            throw Errors.of("MATLAB:ismissing:UnsupportedType", "Unsupported input of type " + v.className() + ".");
        }
        return m;
    }

    @Builtin("ismissing")
    public static Value ismissing(Value v) {
        return new LogicalArray(v.dims().clone(), missing(v));
    }

    /** [B, TF] = rmmissing(A[, dim]): A without its missing entries (vector) or the rows (columns) holding any. */
    @Builtin("rmmissing")
    public static Value[] rmmissing(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        Value a = args[0];
        boolean[] m = missing(a);
        int[] d = a.dims();
        if (Dims.isVector(d) && args.length == 1) {
            int kept = 0;
            for (boolean b : m) {
                kept += b ? 0 : 1;
            }
            int[] idx = new int[kept];
            for (int i = 0, k = 0; i < m.length; i++) {
                if (!m[i]) {
                    idx[k++] = i;
                }
            }
            int[] od = d[0] == 1 ? Dims.row(kept) : Dims.of(kept, 1);
            return new Value[] {a.gather(idx, od), new LogicalArray(d.clone(), m)};
        }
        int dim = args.length == 2 ? (int) Args.scalar(args[1], "rmmissing") - 1 : 0;
        int rows = d[0];
        int cols = a.numel() / Math.max(1, rows);
        int along = dim == 0 ? rows : cols;
        boolean[] drop = new boolean[along];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                if (m[i + j * rows]) {
                    drop[dim == 0 ? i : j] = true;
                }
            }
        }
        int kept = 0;
        for (boolean b : drop) {
            kept += b ? 0 : 1;
        }
        double[] keep = new double[kept];
        for (int i = 0, k = 0; i < along; i++) {
            if (!drop[i]) {
                keep[k++] = i + 1;
            }
        }
        Value[] subs = dim == 0 ? new Value[] {DoubleArray.column(keep), Subscripts.COLON}
            : new Value[] {Subscripts.COLON, DoubleArray.row(keep)};
        Value tf = dim == 0 ? new LogicalArray(Dims.of(along, 1), drop) : new LogicalArray(Dims.row(along), drop);
        return new Value[] {Index.paren(a, subs), tf};
    }

    /** fillmissing(A, method[, value][, dim]) for numeric arrays: along the first non-singleton dimension. */
    @Builtin("fillmissing")
    public static Value[] fillmissing(Value[] args, int nargout) {
        Args.count(args, 2, 4);
        ArrayValue a = Args.array(args[0], "fillmissing");
        String method = Args.text(args[1], "fillmissing").toLowerCase(java.util.Locale.ROOT);
        int at = 2;
        double constant = Double.NaN;
        if (method.equals("constant")) {
            if (args.length < 3) {
                throw Errors.of("MATLAB:fillmissing:ConstantRequired", "The 'constant' method needs a fill value.");
            }
            constant = Args.scalar(args[2], "fillmissing");
            at = 3;
        } else if (!java.util.List.of("previous", "next", "nearest", "linear").contains(method)) {
            throw Errors.of("MATLAB:fillmissing:MethodInvalid", "Fill method must be 'constant', 'previous', 'next', "
                + "'nearest' or 'linear'.");
        }
        int[] d = a.dims();
        int dim = args.length > at ? (int) Args.scalar(args[at], "fillmissing") - 1 : Reduce.defaultDim(d);
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] out = new double[a.numel()];
        boolean[] filled = new boolean[a.numel()];
        for (int c = 0; c < f.count; c++) {
            int n = f.length;
            double[] v = new double[n];
            for (int k = 0; k < n; k++) {
                v[k] = a.re(f.start(c) + k * f.stride);
            }
            double[] r = fill(v, method, constant);
            for (int k = 0; k < n; k++) {
                int p = f.start(c) + k * f.stride;
                out[p] = r[k];
                filled[p] = Double.isNaN(v[k]) && !Double.isNaN(r[k]);
            }
        }
        Value result = mjc.runtime.ops.ResultClass.narrow(a.mclass() == mjc.runtime.value.MClass.SINGLE
            ? mjc.runtime.value.MClass.SINGLE : a.mclass() == mjc.runtime.value.MClass.DOUBLE
            ? mjc.runtime.value.MClass.DOUBLE : a.mclass(), d.clone(), out, null);
        return new Value[] {result, new LogicalArray(d.clone(), filled)};
    }

    private static double[] fill(double[] v, String method, double constant) {
        int n = v.length;
        double[] r = v.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(v[i])) {
                continue;
            }
            int prev = i - 1;
            while (prev >= 0 && Double.isNaN(v[prev])) {
                prev--;
            }
            int next = i + 1;
            while (next < n && Double.isNaN(v[next])) {
                next++;
            }
            boolean hasPrev = prev >= 0;
            boolean hasNext = next < n;
            r[i] = switch (method) {
                case "constant" -> constant;
                case "previous" -> hasPrev ? v[prev] : Double.NaN;
                case "next" -> hasNext ? v[next] : Double.NaN;
                case "nearest" -> !hasPrev ? (hasNext ? v[next] : Double.NaN) : !hasNext ? v[prev]
                    : next - i < i - prev ? v[next] : v[prev];
                default -> linear(v, i, prev, next, hasPrev, hasNext);
            };
        }
        return r;
    }

    /** Linear through the neighbours, extrapolated from the two nearest known values at the ends. */
    private static double linear(double[] v, int i, int prev, int next, boolean hasPrev, boolean hasNext) {
        if (hasPrev && hasNext) {
            return v[prev] + (v[next] - v[prev]) * (i - prev) / (double) (next - prev);
        }
        int a = hasPrev ? prev : next;
        int step = hasPrev ? -1 : 1;
        int b = a + step;
        while (b >= 0 && b < v.length && Double.isNaN(v[b])) {
            b += step;
        }
        if (b < 0 || b >= v.length) {
            return v[a];
        }
        return v[a] + (v[a] - v[b]) * (i - a) / (double) (a - b);
    }
}
