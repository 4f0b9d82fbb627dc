package mjc.stdlib.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import mjc.runtime.error.Errors;
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

/** find and sort. */
public final class Sorting {
    private Sorting() {
    }

    /** find of a sparse matrix: its stored entries, in column order (no scan of the zeros). */
    private static Value[] findSparse(mjc.runtime.value.SparseArray s, int nargout) {
        int m = s.dims()[0];
        int nz = s.nnz();
        double[] lin = new double[nz];
        double[] rows = new double[nz];
        double[] cols = new double[nz];
        double[] vals = new double[nz];
        int[] cp = s.colPtr();
        for (int j = 0, k = 0; j < s.dims()[1]; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++, k++) {
                rows[k] = s.rowIdx()[p] + 1;
                cols[k] = j + 1;
                lin[k] = (double) j * m + s.rowIdx()[p] + 1;
                vals[k] = s.values()[p];
            }
        }
        boolean row = m == 1;
        java.util.function.Function<double[], Value> shape = d -> DoubleArray.of(row ? Dims.row(d.length)
            : Dims.of(d.length, 1), d);
        if (nargout <= 1) {
            return new Value[] {shape.apply(lin)};
        }
        Value v = s.isLogical() ? mjc.runtime.ops.Operators.ne(shape.apply(vals), DoubleArray.scalar(0)) : shape.apply(vals);
        return new Value[] {shape.apply(rows), shape.apply(cols), v};
    }

    @Builtin("find")
    public static Value[] find(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        if (args.length == 1 && args[0] instanceof mjc.runtime.value.SparseArray s) {
            return findSparse(s, nargout);
        }
        ArrayValue a = Args.array(args[0], "find");
        int limit = args.length > 1 ? (int) Args.scalar(args[1], "find") : Integer.MAX_VALUE;
        boolean last = args.length > 2 && Args.text(args[2], "find").equals("last");
        int n = a.numel();
        List<Integer> hits = new ArrayList<>();
        if (last) {
            for (int i = n - 1; i >= 0 && hits.size() < limit; i--) {
                if (a.isTrue(i)) {
                    hits.add(0, i);
                }
            }
        } else {
            for (int i = 0; i < n && hits.size() < limit; i++) {
                if (a.isTrue(i)) {
                    hits.add(i);
                }
            }
        }
        int k = hits.size();
        int[] d = a.dims();
        boolean row = d.length == 2 && d[0] == 1 && d[1] != 1;
        int[] rd = row ? new int[] {1, k} : new int[] {k, 1};
        if (n == 0 && d.length == 2 && d[0] == 0 && d[1] == 0) {
            rd = Dims.EMPTY;
        } else if (k == 0 && !(d.length == 2 && (d[0] == 1 || d[1] == 1))) {
            rd = new int[] {0, 1};
        } else if (k == 0 && row) {
            rd = new int[] {1, 0};
        } else if (k == 0) {
            rd = new int[] {0, 1};
        }
        rd = k == 1 ? Dims.SCALAR : rd;
        if (nargout <= 1) {
            double[] r = new double[k];
            for (int i = 0; i < k; i++) {
                r[i] = hits.get(i) + 1;
            }
            return new Value[] {DoubleArray.of(rd, r)};
        }
        int nr = d[0];
        double[] rows = new double[k];
        double[] cols = new double[k];
        double[] vals = new double[k];
        for (int i = 0; i < k; i++) {
            int p = hits.get(i);
            rows[i] = p % Math.max(1, nr) + 1;
            cols[i] = p / Math.max(1, nr) + 1;
            vals[i] = a.re(p);
        }
        return new Value[] {DoubleArray.of(rd, rows), DoubleArray.of(rd, cols), DoubleArray.of(rd, vals)};
    }

    @Builtin("sort")
    public static Value[] sort(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        boolean descend = false;
        int dim = -1;
        for (int i = 1; i < args.length; i++) {
            if (Args.isText(args[i])) {
                String m = Args.text(args[i], "sort").toLowerCase();
                if (m.equals("descend")) {
                    descend = true;
                } else if (!m.equals("ascend")) {
                    throw Errors.of("MATLAB:sort:sortDirection", "Sort direction must be 'ascend' or 'descend'.");
                }
            } else {
                dim = (int) Args.scalar(args[i], "sort") - 1;
            }
        }
        Value v = args[0];
        if (v instanceof CellArray c) {
            return sortCellstr(c, descend);
        }
        if (v instanceof StringArray s) {
            String[] t = s.data().clone();
            Integer[] order = new Integer[t.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Comparator<Integer> cmp = Comparator.comparing(i -> t[i] == null ? "" : t[i]);
            Arrays.sort(order, descend ? cmp.reversed() : cmp);
            String[] out = new String[t.length];
            double[] idx = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                out[i] = t[order[i]];
                idx[i] = order[i] + 1;
            }
            return new Value[] {new StringArray(s.dims(), out), DoubleArray.of(s.dims(), idx)};
        }
        ArrayValue a = Args.array(v, "sort");
        int[] d = a.dims();
        if (dim < 0) {
            dim = Reduce.defaultDim(d);
        }
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        int n = a.numel();
        int[] perm = new int[n];
        double[] idx = new double[n];
        final boolean desc = descend;
        boolean complex = a.isComplex();
        for (int i = 0; i < f.count; i++) {
            Integer[] order = new Integer[f.length];
            int start = f.start(i);
            for (int k = 0; k < f.length; k++) {
                order[k] = k;
            }
            final int st = start;
            Comparator<Integer> cmp = (p, q) -> {
                double x = key(a, st + p * f.stride, complex);
                double y = key(a, st + q * f.stride, complex);
                boolean xn = Double.isNaN(x);
                boolean yn = Double.isNaN(y);
                if (xn || yn) {
                    // NaN sorts last ascending, first descending
                    if (xn && yn) {
                        return 0;
                    }
                    return desc ? (xn ? -1 : 1) : (xn ? 1 : -1);
                }
                int c = Double.compare(x, y);
                if (c == 0 && complex) {
                    c = Double.compare(Math.atan2(a.im(st + p * f.stride), a.re(st + p * f.stride)),
                        Math.atan2(a.im(st + q * f.stride), a.re(st + q * f.stride)));
                }
                if (x == y) {
                    c = 0;
                }
                return desc ? -c : c;
            };
            Arrays.sort(order, cmp);
            for (int k = 0; k < f.length; k++) {
                perm[start + k * f.stride] = start + order[k] * f.stride;
                idx[start + k * f.stride] = order[k] + 1;
            }
        }
        Value sorted = a.gather(perm, d);
        return new Value[] {sorted, DoubleArray.of(d, idx)};
    }

    private static double key(ArrayValue a, int p, boolean complex) {
        return complex ? Math.hypot(a.re(p), a.im(p)) : a.re(p);
    }

    private static Value[] sortCellstr(CellArray c, boolean descend) {
        String[] t = new String[c.numel()];
        for (int i = 0; i < t.length; i++) {
            if (!(c.get(i) instanceof CharArray ch)) {
                throw Errors.of("MATLAB:sort:InvalidInput",
                    "Only cell arrays of character vectors are supported by sort.");
            }
            t[i] = ch.string();
        }
        Integer[] order = new Integer[t.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> cmp = Comparator.comparing(i -> t[i]);
        Arrays.sort(order, descend ? cmp.reversed() : cmp);
        Value[] out = new Value[t.length];
        double[] idx = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = c.get(order[i]).share();
            idx[i] = order[i] + 1;
        }
        return new Value[] {new CellArray(c.dims(), out), DoubleArray.of(c.dims(), idx)};
    }

    static LogicalArray logical(int[] d, boolean[] b) {
        return new LogicalArray(d, b);
    }
}
