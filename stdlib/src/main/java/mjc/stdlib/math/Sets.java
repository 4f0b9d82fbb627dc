package mjc.stdlib.math;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mjc.runtime.ops.Concat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Set operations on numeric vectors and cell arrays of text: unique, ismember, setdiff,
 * intersect, union, histc. Results are sorted, as MATLAB's are (unless 'stable').
 */
public final class Sets {
    private Sets() {
    }

    private static boolean isCellText(Value v) {
        return v instanceof CellArray;
    }

    /**
     * String arrays go through the cell-of-text path: strings in, cells of char rows for the
     * work, and a cell result back to strings (so unique of strings gives strings).
     */
    private static Value[] viaCells(Value[] args, int nargout, java.util.function.BiFunction<Value[], Integer, Value[]> f) {
        boolean any = false;
        Value[] in = args.clone();
        for (int i = 0; i < in.length; i++) {
            if (in[i] instanceof mjc.runtime.value.StringArray sa) {
                any = true;
                Value[] cells = new Value[sa.numel()];
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = CharArray.of(sa.get(k));
                }
                in[i] = new CellArray(sa.dims(), cells);
            }
        }
        if (!any) {
            return null;
        }
        Value[] out = f.apply(in, nargout);
        if (out.length > 0 && out[0] instanceof CellArray c) {
            String[] data = new String[c.numel()];
            for (int k = 0; k < data.length; k++) {
                data[k] = ((CharArray) c.get(k)).string();
            }
            out[0] = new mjc.runtime.value.StringArray(c.dims(), data);
        }
        return out;
    }

    private static List<String> texts(Value v) {
        List<String> out = new ArrayList<>();
        for (String s : Args.texts(v, "set")) {
            out.add(s);
        }
        return out;
    }

    /** Orientation of set results: a row unless the input is a column. */
    private static int[] shape(Value in, int n) {
        int[] d = in.dims();
        if (d.length == 2 && d[1] == 1 && d[0] != 1) {
            return new int[] {n, 1};
        }
        return new int[] {1, n};
    }

    @Builtin("unique")
    public static Value[] unique(Value[] args, int nargout) {
        if (RowSets.wanted(args, 1) && !isCellText(args[0])) {
            return RowSets.unique(args);
        }
        Value[] viaStrings = viaCells(args, nargout, Sets::unique);
        if (viaStrings != null) {
            return viaStrings;
        }
        Args.count(args, 1, 3);
        boolean stable = false;
        boolean lastOccurrence = false; // MATLAB's ia points at first occurrences unless 'last'
        for (int i = 1; i < args.length; i++) {
            if (Args.isText(args[i])) {
                String opt = Args.text(args[i], "unique");
                stable |= opt.equals("stable");
                lastOccurrence |= opt.equals("last");
            }
        }
        Value v = args[0];
        if (isCellText(v)) {
            List<String> t = texts(v);
            Map<String, Integer> first = stable ? new LinkedHashMap<>() : new TreeMap<>();
            Map<String, Integer> lastIdx = new HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                first.putIfAbsent(t.get(i), i);
                lastIdx.put(t.get(i), i);
            }
            List<String> keys = new ArrayList<>(first.keySet());
            Value[] out = new Value[keys.size()];
            double[] ia = new double[keys.size()];
            Map<String, Integer> pos = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out[i] = CharArray.of(keys.get(i));
                ia[i] = (lastOccurrence ? lastIdx.get(keys.get(i)) : first.get(keys.get(i))) + 1;
                pos.put(keys.get(i), i + 1);
            }
            double[] ic = new double[t.size()];
            for (int i = 0; i < t.size(); i++) {
                ic[i] = pos.get(t.get(i));
            }
            int[] d = v.dims()[0] == 1 && v.dims().length == 2 ? new int[] {1, out.length} : new int[] {out.length, 1};
            return new Value[] {new CellArray(Dims.normalize(d), out), DoubleArray.column(ia), DoubleArray.column(ic)};
        }
        ArrayValue a = Args.array(v, "unique");
        int n = a.numel();
        Map<Double, Integer> first = stable ? new LinkedHashMap<>() : new TreeMap<>(Sets::compareNaNLast);
        Map<Double, Integer> last = new HashMap<>();
        List<Integer> nans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = a.re(i);
            if (Double.isNaN(x)) {
                nans.add(i);
                continue;
            }
            double key = x == 0 ? 0.0 : x;
            first.putIfAbsent(key, i);
            last.put(key, i);
        }
        List<Integer> picks = new ArrayList<>();
        for (Map.Entry<Double, Integer> e : first.entrySet()) {
            picks.add(lastOccurrence ? last.get(e.getKey()) : e.getValue());
        }
        picks.addAll(nans);
        int[] idx = new int[picks.size()];
        double[] ia = new double[picks.size()];
        Map<Double, Integer> pos = new HashMap<>();
        for (int i = 0; i < idx.length; i++) {
            idx[i] = picks.get(i);
            ia[i] = idx[i] + 1;
            double x = a.re(idx[i]);
            pos.putIfAbsent(x == 0 ? 0.0 : x, i + 1);
        }
        double[] ic = new double[n];
        for (int i = 0; i < n; i++) {
            double x = a.re(i);
            ic[i] = Double.isNaN(x) ? 0 : pos.get(x == 0 ? 0.0 : x);
        }
        Value out = a.gather(idx, Dims.normalize(shape(a, idx.length)));
        if (a.numel() == 0) {
            out = a.gather(new int[0], a.dims()[0] == 0 && a.dims()[1] == 0 ? Dims.EMPTY : Dims.normalize(shape(a, 0)));
        }
        return new Value[] {out, DoubleArray.column(ia), DoubleArray.column(ic)};
    }

    private static int compareNaNLast(Double x, Double y) {
        return Double.compare(x, y);
    }

    @Builtin("ismember")
    public static Value[] ismember(Value[] args, int nargout) {
        if (RowSets.wanted(args, 2) && !isCellText(args[0])) {
            return RowSets.ismember(args);
        }
        Value[] viaStrings = viaCells(args, nargout, Sets::ismember);
        if (viaStrings != null) {
            return viaStrings;
        }
        Args.count(args, 2, 3);
        Value a = args[0];
        Value s = args[1];
        if (Args.isText(a) && isCellText(s) || isCellText(a)) {
            List<String> set = texts(s);
            Map<String, Integer> where = new HashMap<>();
            for (int i = set.size() - 1; i >= 0; i--) {
                where.put(set.get(i), i + 1);
            }
            if (Args.isText(a) && !(a instanceof CellArray)) {
                Integer p = where.get(Args.text(a, "ismember"));
                return new Value[] {LogicalArray.of(p != null), DoubleArray.scalar(p == null ? 0 : p)};
            }
            List<String> items = texts(a);
            boolean[] r = new boolean[items.size()];
            double[] loc = new double[items.size()];
            for (int i = 0; i < r.length; i++) {
                Integer p = where.get(items.get(i));
                r[i] = p != null;
                loc[i] = p == null ? 0 : p;
            }
            return new Value[] {new LogicalArray(a.dims(), r), DoubleArray.of(a.dims(), loc)};
        }
        ArrayValue x = Args.array(a, "ismember");
        ArrayValue y = Args.array(s, "ismember");
        Map<Double, Integer> where = new HashMap<>();
        for (int i = y.numel() - 1; i >= 0; i--) {
            double k = y.re(i);
            where.put(k == 0 ? 0.0 : k, i + 1);
        }
        boolean[] r = new boolean[x.numel()];
        double[] loc = new double[x.numel()];
        for (int i = 0; i < r.length; i++) {
            double k = x.re(i);
            Integer p = where.get(k == 0 ? 0.0 : k);
            r[i] = p != null;
            loc[i] = p == null ? 0 : p;
        }
        return new Value[] {new LogicalArray(x.dims(), r), DoubleArray.of(x.dims(), loc)};
    }

    private static Value[] setOp(Value[] args, int nargout, String op) {
        Args.count(args, 2, 3);
        if (RowSets.wanted(args, 2) && !isCellText(args[0]) && !isCellText(args[1])) {
            return RowSets.setOp(args, op);
        }
        Value a = args[0];
        Value b = args[1];
        if (isCellText(a) || isCellText(b)) {
            List<String> x = texts(a);
            List<String> y = texts(b);
            TreeMap<String, Integer> out = new TreeMap<>();
            switch (op) {
                case "setdiff":
                    for (int i = 0; i < x.size(); i++) {
                        if (!y.contains(x.get(i))) {
                            out.putIfAbsent(x.get(i), i);
                        }
                    }
                    break;
                case "intersect":
                    for (int i = 0; i < x.size(); i++) {
                        if (y.contains(x.get(i))) {
                            out.putIfAbsent(x.get(i), i);
                        }
                    }
                    break;
                default:
                    for (int i = 0; i < x.size(); i++) {
                        out.putIfAbsent(x.get(i), i);
                    }
                    for (String s : y) {
                        out.putIfAbsent(s, -1);
                    }
            }
            Value[] vals = new Value[out.size()];
            double[] ia = new double[out.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : out.entrySet()) {
                vals[i] = CharArray.of(e.getKey());
                ia[i++] = e.getValue() + 1;
            }
            return new Value[] {new CellArray(vals.length == 0 ? new int[] {1, 0} : Dims.row(vals.length), vals),
                DoubleArray.column(ia)};
        }
        ArrayValue x = Args.array(a, op);
        ArrayValue y = Args.array(b, op);
        TreeMap<Double, Integer> out = new TreeMap<>();
        java.util.Set<Double> ys = new java.util.HashSet<>();
        Map<Double, Integer> yFirst = new HashMap<>();
        for (int i = 0; i < y.numel(); i++) {
            double k = y.re(i) == 0 ? 0.0 : y.re(i);
            ys.add(k);
            yFirst.putIfAbsent(k, i);
        }
        switch (op) {
            case "setdiff":
                for (int i = 0; i < x.numel(); i++) {
                    double k = x.re(i) == 0 ? 0.0 : x.re(i);
                    if (!ys.contains(k)) {
                        out.putIfAbsent(k, i); // the first occurrence, as MATLAB (not 'legacy') gives
                    }
                }
                break;
            case "intersect":
                for (int i = 0; i < x.numel(); i++) {
                    double k = x.re(i) == 0 ? 0.0 : x.re(i);
                    if (ys.contains(k)) {
                        out.putIfAbsent(k, i);
                    }
                }
                break;
            default:
                for (int i = 0; i < x.numel(); i++) {
                    out.putIfAbsent(x.re(i) == 0 ? 0.0 : x.re(i), i);
                }
                for (int i = 0; i < y.numel(); i++) {
                    out.putIfAbsent(y.re(i) == 0 ? 0.0 : y.re(i), -1);
                }
        }
        double[] vals = new double[out.size()];
        double[] ia = new double[out.size()];
        int i = 0;
        for (Map.Entry<Double, Integer> e : out.entrySet()) {
            vals[i] = e.getKey();
            ia[i++] = e.getValue() + 1;
        }
        boolean column = x.dims().length == 2 && x.dims()[1] == 1 && x.numel() > 1
            && (op.equals("setdiff") || (y.dims()[1] == 1 && y.numel() > 1));
        Value r = column ? DoubleArray.column(vals) : new DoubleArray(new int[] {1, vals.length}, vals, null);
        if (vals.length == 1) {
            r = DoubleArray.scalar(vals[0]);
        }
        Value res = Concat.convert(r, mjc.runtime.ops.ResultClass.of(x, y, op) == mjc.runtime.value.MClass.DOUBLE
            ? mjc.runtime.value.MClass.DOUBLE : mjc.runtime.ops.ResultClass.of(x, y, op));
        // ib: where each element of C came from in B (intersect), or B's contribution (union): first occurrences
        List<Double> ib = new ArrayList<>();
        List<Double> iaKept = new ArrayList<>();
        for (Map.Entry<Double, Integer> e : out.entrySet()) {
            if (op.equals("intersect")) {
                ib.add((double) yFirst.get(e.getKey()) + 1);
            } else if (op.equals("union") && e.getValue() < 0) {
                ib.add((double) yFirst.get(e.getKey()) + 1);
            }
            if (e.getValue() >= 0) {
                iaKept.add((double) e.getValue() + 1);
            }
        }
        Value iaOut = op.equals("union") ? DoubleArray.column(iaKept.stream().mapToDouble(Double::doubleValue).toArray())
            : DoubleArray.column(ia);
        return new Value[] {res, iaOut, DoubleArray.column(ib.stream().mapToDouble(Double::doubleValue).toArray())};
    }

    @Builtin("setdiff")
    public static Value[] setdiff(Value[] args, int nargout) {
        Value[] viaStrings = viaCells(args, nargout, Sets::setdiff);
        if (viaStrings != null) {
            return viaStrings;
        }
        return setOp(args, nargout, "setdiff");
    }

    @Builtin("intersect")
    public static Value[] intersect(Value[] args, int nargout) {
        Value[] viaStrings = viaCells(args, nargout, Sets::intersect);
        if (viaStrings != null) {
            return viaStrings;
        }
        return setOp(args, nargout, "intersect");
    }

    @Builtin("union")
    public static Value[] union(Value[] args, int nargout) {
        Value[] viaStrings = viaCells(args, nargout, Sets::union);
        if (viaStrings != null) {
            return viaStrings;
        }
        return setOp(args, nargout, "union");
    }

    /**
     * setxor(a, b[, flags]): the sorted values in exactly one of a and b; ia and ib index the
     * values taken from each.
     */
    @Builtin("setxor")
    public static Value[] setxor(Value[] args, int nargout) {
        Args.count(args, 2, 4);
        Value[] ab = args.clone();
        Value[] ba = args.clone();
        ba[0] = args[1];
        ba[1] = args[0];
        Value[] onlyA = setdiff(ab, 2);
        Value[] onlyB = setdiff(ba, 2);
        Value[] u = args.clone();
        u[0] = onlyA[0];
        u[1] = onlyB[0];
        Value c = union(u, 1)[0];
        return new Value[] {c, onlyA.length > 1 ? onlyA[1] : DoubleArray.empty(), onlyB.length > 1 ? onlyB[1]
            : DoubleArray.empty()};
    }

    @Builtin("histc")
    public static Value histc(Value data, Value edges) {
        ArrayValue x = Args.array(data, "histc");
        ArrayValue e = Args.array(edges, "histc");
        int m = e.numel();
        double[] counts = new double[m];
        for (int i = 0; i < x.numel(); i++) {
            double v = x.re(i);
            for (int k = m - 1; k >= 0; k--) {
                if (k == m - 1 ? v == e.re(k) : (v >= e.re(k) && v < e.re(k + 1))) {
                    counts[k]++;
                    break;
                }
            }
        }
        return DoubleArray.of(e.dims()[0] == 1 ? Dims.row(m) : Dims.col(m), counts);
    }
}
