package mjc.stdlib.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;

/**
 * The 'rows' forms of unique, ismember, setdiff, intersect and union: each row of a matrix is
 * one element, rows compare lexicographically (the sorted order of sortrows), and the index
 * outputs count rows.
 */
final class RowSets {
    private RowSets() {
    }

    private static final Comparator<List<Double>> ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Double.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** Whether the trailing options ask for rows. */
    static boolean wanted(Value[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (Args.isText(args[i]) && Args.text(args[i], "rows").equals("rows")) {
                return true;
            }
        }
        return false;
    }

    private static boolean stable(Value[] args) {
        for (Value a : args) {
            if (Args.isText(a) && Args.text(a, "rows").equals("stable")) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Double>> rows(Value v, String fn) {
        ArrayValue a = Args.array(v, fn);
        int[] d = a.dims();
        if (d.length != 2) {
            throw Errors.of("MATLAB:" + fn + ":RowsOnMatrix", "The 'rows' option needs matrices.");
        }
        List<List<Double>> out = new ArrayList<>();
        for (int r = 0; r < d[0]; r++) {
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < d[1]; c++) {
                double x = a.re(r + c * d[0]);
                row.add(x == 0 ? 0.0 : x);
            }
            out.add(row);
        }
        return out;
    }

    private static int cols(Value v) {
        return v.dims().length > 1 ? v.dims()[1] : 1;
    }

    private static Value matrix(List<List<Double>> rows, int cols) {
        int m = rows.size();
        double[] data = new double[m * cols];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < cols; c++) {
                data[r + c * m] = rows.get(r).get(c);
            }
        }
        return DoubleArray.of(Dims.of(m, cols), data);
    }

    private static Value column(List<Integer> idx) {
        double[] d = new double[idx.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = idx.get(i) + 1;
        }
        return idx.isEmpty() ? DoubleArray.zeros(new int[] {0, 1}) : DoubleArray.column(d);
    }

    static Value[] unique(Value[] args) {
        List<List<Double>> rows = rows(args[0], "unique");
        Map<List<Double>, Integer> first = stable(args) ? new LinkedHashMap<>() : new TreeMap<>(ORDER);
        for (int i = 0; i < rows.size(); i++) {
            first.putIfAbsent(rows.get(i), i);
        }
        List<List<Double>> keys = new ArrayList<>(first.keySet());
        List<Integer> ia = new ArrayList<>(first.values());
        Map<List<Double>, Integer> pos = new TreeMap<>(ORDER);
        for (int i = 0; i < keys.size(); i++) {
            pos.put(keys.get(i), i);
        }
        List<Integer> ic = new ArrayList<>();
        for (List<Double> r : rows) {
            ic.add(pos.get(r));
        }
        return new Value[] {matrix(keys, cols(args[0])), column(ia), column(ic)};
    }

    static Value[] ismember(Value[] args) {
        List<List<Double>> a = rows(args[0], "ismember");
        List<List<Double>> s = rows(args[1], "ismember");
        Map<List<Double>, Integer> where = new TreeMap<>(ORDER);
        for (int i = 0; i < s.size(); i++) {
            where.putIfAbsent(s.get(i), i);
        }
        boolean[] tf = new boolean[a.size()];
        double[] loc = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            Integer k = where.get(a.get(i));
            tf[i] = k != null;
            loc[i] = k == null ? 0 : k + 1;
        }
        return new Value[] {new LogicalArray(Dims.col(tf.length), tf), DoubleArray.of(Dims.col(loc.length), loc)};
    }

    static Value[] setOp(Value[] args, String op) {
        List<List<Double>> a = rows(args[0], op);
        List<List<Double>> b = rows(args[1], op);
        int cols = a.isEmpty() ? cols(args[1]) : cols(args[0]);
        if (!a.isEmpty() && !b.isEmpty() && cols(args[0]) != cols(args[1])) {
            throw Errors.of("MATLAB:" + op + ":RowsColumnsMismatch", "A and B must have the same number of columns.");
        }
        Map<List<Double>, Integer> inB = new TreeMap<>(ORDER);
        for (int i = 0; i < b.size(); i++) {
            inB.putIfAbsent(b.get(i), i);
        }
        Map<List<Double>, Integer> inA = new TreeMap<>(ORDER);
        for (int i = 0; i < a.size(); i++) {
            inA.putIfAbsent(a.get(i), i);
        }
        Map<List<Double>, Integer> outA = new TreeMap<>(ORDER);
        Map<List<Double>, Integer> outB = new TreeMap<>(ORDER);
        switch (op) {
            case "setdiff" -> inA.forEach((r, i) -> {
                if (!inB.containsKey(r)) {
                    outA.put(r, i);
                }
            });
            case "intersect" -> inA.forEach((r, i) -> {
                if (inB.containsKey(r)) {
                    outA.put(r, i);
                    outB.put(r, inB.get(r));
                }
            });
            default -> {
                outA.putAll(inA);
                inB.forEach((r, i) -> {
                    if (!inA.containsKey(r)) {
                        outB.put(r, i);
                    }
                });
            }
        }
        TreeMap<List<Double>, Boolean> all = new TreeMap<>(ORDER);
        outA.keySet().forEach(r -> all.put(r, true));
        if (!op.equals("setdiff")) {
            outB.keySet().forEach(r -> all.put(r, true));
        }
        List<List<Double>> keys = new ArrayList<>(all.keySet());
        List<Integer> ia = new ArrayList<>(outA.values());
        List<Integer> ib = new ArrayList<>(outB.values());
        return new Value[] {matrix(keys, cols), column(ia), column(ib)};
    }

    static int[] dims(Value v) {
        return Arrays.copyOf(v.dims(), v.dims().length);
    }
}
