package mjc.compiler.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * Java values to MATLAB values and back, for the embedding API and the script engine:
 * numbers and double scalars, double[] and row vectors, double[][] and matrices, String and char
 * rows, Boolean and logical scalars, Map and scalar structs, List and cell arrays.
 */
public final class JavaValues {
    private JavaValues() {
    }

    public static Value toValue(Object o) {
        if (o == null) {
            return DoubleArray.empty();
        }
        if (o instanceof Value v) {
            return v;
        }
        if (o instanceof Number n) {
            return DoubleArray.scalar(n.doubleValue());
        }
        if (o instanceof Boolean b) {
            return LogicalArray.of(b);
        }
        if (o instanceof CharSequence || o instanceof Character) {
            String s = o.toString();
            return s.isEmpty() ? new CharArray(new int[] {0, 0}, new char[0]) : CharArray.of(s);
        }
        if (o instanceof double[] d) {
            return DoubleArray.of(Dims.row(d.length), d.clone());
        }
        if (o instanceof int[] ints) {
            double[] d = new double[ints.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = ints[i];
            }
            return DoubleArray.of(Dims.row(d.length), d);
        }
        if (o instanceof boolean[] b) {
            return new LogicalArray(Dims.row(b.length), b.clone());
        }
        if (o instanceof double[][] m) {
            int rows = m.length;
            int cols = rows == 0 ? 0 : m[0].length;
            double[] d = new double[rows * cols];
            for (int r = 0; r < rows; r++) {
                if (m[r].length != cols) {
                    throw new IllegalArgumentException("rows of a double[][] must have the same length");
                }
                for (int c = 0; c < cols; c++) {
                    d[r + c * rows] = m[r][c];
                }
            }
            return DoubleArray.of(Dims.of(rows, cols), d);
        }
        if (o instanceof Map<?, ?> map) {
            List<String> names = new ArrayList<>();
            List<Value> vals = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                names.add(String.valueOf(e.getKey()));
                vals.add(toValue(e.getValue()).share());
            }
            return new StructArray(Dims.SCALAR, names, new Value[][] {vals.toArray(new Value[0])});
        }
        if (o instanceof List<?> list) {
            Value[] cells = new Value[list.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = toValue(list.get(i)).share();
            }
            return new CellArray(Dims.row(cells.length), cells);
        }
        if (o instanceof Object[] arr) {
            return toValue(List.of(arr));
        }
        throw new IllegalArgumentException("no MATLAB value for a " + o.getClass().getName());
    }

    public static Object toJava(Value v) {
        if (v == null) {
            return null;
        }
        int[] d = v.dims();
        boolean scalar = v.numel() == 1;
        boolean vector = d.length == 2 && (d[0] == 1 || d[1] == 1);
        if (v instanceof DoubleArray a && !a.isComplex()) {
            if (scalar) {
                return a.scalar();
            }
            if (vector || v.numel() == 0) {
                return a.realData().clone();
            }
            if (d.length == 2) {
                double[][] m = new double[d[0]][d[1]];
                for (int r = 0; r < d[0]; r++) {
                    for (int c = 0; c < d[1]; c++) {
                        m[r][c] = a.realData()[r + c * d[0]];
                    }
                }
                return m;
            }
            return a.realData().clone();
        }
        if (v instanceof CharArray c && d.length == 2 && d[0] <= 1) {
            return c.string();
        }
        if (v instanceof LogicalArray l) {
            return scalar ? (Object) l.get(0) : l.data().clone();
        }
        if (v instanceof IntArray i && scalar) {
            return (long) i.re(0);
        }
        if (v instanceof StringArray s) {
            return scalar ? s.get(0) : s.data().clone();
        }
        if (v instanceof StructArray s) {
            if (scalar) {
                return structMap(s, 0);
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < s.numel(); i++) {
                out.add(structMap(s, i));
            }
            return out;
        }
        if (v instanceof CellArray c) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < c.numel(); i++) {
                out.add(toJava(c.get(i)));
            }
            return out;
        }
        return v;
    }

    private static Map<String, Object> structMap(StructArray s, int elem) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> names = s.fieldNames();
        for (int f = 0; f < names.size(); f++) {
            m.put(names.get(f), toJava(s.get(elem, f)));
        }
        return m;
    }
}
