package mjc.stdlib.array;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.ops.Concat;
import mjc.runtime.ops.ResultClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.MClass;
import mjc.runtime.value.SparseArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * accumarray(subs, vals[, sz[, func[, fillval[, issparse]]]]): the values gathered by subscript
 * (a column of linear positions, a matrix with one subscript per column, or a cell of subscript
 * vectors) and each group reduced by func (sum by default; a function returning a cell makes a
 * cell result); positions no subscript names hold fillval.
 */
public final class Accumulation {
    private Accumulation() {
    }

    private static RuntimeException bad(String message) {
        return Errors.badArgument("accumarray", message);
    }

    @Builtin("accumarray")
    public static Value[] accumarray(Value[] args, int nargout) {
        Args.count(args, 2, 6);
        int[][] subs = subscripts(args[0]);
        int m = subs.length == 0 ? 0 : subs[0].length;
        int nd = subs.length;
        ArrayValue vals = Args.array(args[1], "accumarray");
        if (vals.numel() != 1 && vals.numel() != m) {
            throw bad("Second input VAL must be a vector with one element for each row in SUBS, or a scalar.");
        }
        int[] size = new int[Math.max(2, nd)];
        for (int k = 0; k < nd; k++) {
            for (int i = 0; i < m; i++) {
                size[k] = Math.max(size[k], subs[k][i]);
            }
        }
        if (nd == 1) {
            size[1] = 1;
        }
        if (args.length > 2 && args[2].numel() > 0) {
            ArrayValue sz = Args.array(args[2], "accumarray");
            if (sz.numel() < nd || nd == 1 && sz.numel() == 2 && sz.re(0) != 1 && sz.re(1) != 1) {
                throw bad("Third input SZ must be a vector with one element for each column of SUBS.");
            }
            int[] given = new int[Math.max(2, sz.numel())];
            for (int k = 0; k < sz.numel(); k++) {
                given[k] = (int) sz.re(k);
            }
            if (nd == 1 && sz.numel() == 2) {
                // a column of positions may name a row or a column shape
                given = sz.re(0) == 1 ? new int[] {1, (int) sz.re(1)} : new int[] {(int) sz.re(0), 1};
            }
            for (int k = 0; k < nd; k++) {
                int extent = nd == 1 ? Math.max(given[0], given[1]) : given[k];
                if (size[k] > extent) {
                    throw bad("Third input SZ must be at least the largest subscript in each column of SUBS.");
                }
            }
            size = given;
        }
        FunctionHandle fn = args.length > 3 && args[3].numel() > 0 ? function(args[3]) : null;
        Value fill = args.length > 4 && args[4].numel() > 0 ? args[4] : null;
        boolean sparse = args.length > 5 && Args.truth(args[5]);
        // linear position of each subscript row
        int total = Dims.numel(size);
        int[] pos = new int[m];
        for (int i = 0; i < m; i++) {
            int p = 0;
            int stride = 1;
            for (int k = 0; k < nd; k++) {
                p += (subs[k][i] - 1) * stride;
                stride *= nd == 1 ? total : size[k];
            }
            pos[i] = p;
        }
        int[] dims = nd == 1 && size[0] == 1 ? Dims.of(1, total) : size;
        if (fn == null) {
            return new Value[] {summed(vals, pos, total, Dims.normalize(dims), fill, sparse)};
        }
        return new Value[] {reduced(vals, pos, total, Dims.normalize(dims), fn, fill, sparse)};
    }

    private static FunctionHandle function(Value v) {
        if (v instanceof FunctionHandle f) {
            return f;
        }
        throw bad("Fourth input FUNC must be a function handle.");
    }

    /** One subscript vector per dimension. */
    private static int[][] subscripts(Value v) {
        if (v instanceof CellArray c) {
            int[][] out = new int[c.numel()][];
            for (int k = 0; k < out.length; k++) {
                out[k] = positive(Args.array(c.get(k), "accumarray"));
                if (k > 0 && out[k].length != out[0].length) {
                    throw bad("Subscript vectors in a cell must all have the same length.");
                }
            }
            return out;
        }
        ArrayValue a = Args.array(v, "accumarray");
        int[] d = a.dims();
        if (Dims.isVector(d) || a.numel() == 0) {
            return new int[][] {positive(a)};
        }
        int m = d[0];
        int n = a.numel() / m;
        int[][] out = new int[n][m];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < m; i++) {
                out[k][i] = check(a.re(i + k * m));
            }
        }
        return out;
    }

    private static int[] positive(ArrayValue a) {
        int[] r = new int[a.numel()];
        for (int i = 0; i < r.length; i++) {
            r[i] = check(a.re(i));
        }
        return r;
    }

    private static int check(double k) {
        if (!(k >= 1) || k != Math.rint(k)) {
            throw bad("First input SUBS must contain positive integer subscripts.");
        }
        return (int) k;
    }

    private static Value summed(ArrayValue vals, int[] pos, int total, int[] dims, Value fill, boolean sparse) {
        double[] re = new double[total];
        double[] im = vals.isComplex() ? new double[total] : null;
        boolean[] hit = new boolean[total];
        for (int i = 0; i < pos.length; i++) {
            int v = vals.numel() == 1 ? 0 : i;
            re[pos[i]] += vals.re(v);
            if (im != null) {
                im[pos[i]] += vals.im(v);
            }
            hit[pos[i]] = true;
        }
        applyFill(re, hit, fill);
        MClass cls = vals.mclass() == MClass.LOGICAL || vals.mclass() == MClass.CHAR ? MClass.DOUBLE : vals.mclass();
        return finish(ResultClass.narrow(cls, dims, re, im), sparse);
    }

    private static void applyFill(double[] re, boolean[] hit, Value fill) {
        if (fill == null) {
            return;
        }
        double f = Args.scalar(fill, "accumarray");
        for (int i = 0; i < re.length; i++) {
            if (!hit[i]) {
                re[i] = f;
            }
        }
    }

    private static Value finish(Value r, boolean sparse) {
        return sparse && r instanceof ArrayValue a && a.dims().length == 2 ? SparseArray.fromDense(a, false) : r;
    }

    /** Each group's values (a column, in the order they came) through fn. */
    private static Value reduced(ArrayValue vals, int[] pos, int total, int[] dims, FunctionHandle fn, Value fill,
                                 boolean sparse) {
        List<List<Integer>> groups = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            groups.add(null);
        }
        for (int i = 0; i < pos.length; i++) {
            if (groups.get(pos[i]) == null) {
                groups.set(pos[i], new ArrayList<>());
            }
            groups.get(pos[i]).add(vals.numel() == 1 ? 0 : i);
        }
        Value[] results = new Value[total];
        boolean cells = false;
        for (int p = 0; p < total; p++) {
            List<Integer> g = groups.get(p);
            if (g == null) {
                continue;
            }
            int[] idx = g.stream().mapToInt(Integer::intValue).toArray();
            Value column = vals.gather(idx, Dims.of(idx.length, 1));
            Value[] r = fn.call(new Value[] {column}, 1);
            if (r.length == 0 || r[0] == null || r[0].numel() != 1) {
                throw bad("The function FUNC must return a scalar for each group of values.");
            }
            results[p] = r[0];
            cells |= r[0] instanceof CellArray;
        }
        if (cells) {
            Value[] out = new Value[total];
            for (int p = 0; p < total; p++) {
                out[p] = results[p] == null ? DoubleArray.EMPTY : ((CellArray) results[p]).get(0).share();
            }
            return new CellArray(dims, out);
        }
        Value fillValue = fill == null ? DoubleArray.scalar(0) : fill;
        Value[] parts = new Value[total];
        for (int p = 0; p < total; p++) {
            parts[p] = results[p] == null ? fillValue : results[p];
        }
        if (total == 0) {
            return finish(DoubleArray.zeros(dims), sparse);
        }
        Value all = Concat.vertcat(parts);
        return finish(all.reshaped(dims), sparse);
    }
}
