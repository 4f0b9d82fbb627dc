package mjc.stdlib.table;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.index.Subscripts;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/**
 * The row and variable subscripts of {@code T(rows, vars)} and {@code T{rows, vars}}: a colon,
 * positive integers, a logical mask, or names (variable names; row names when the table has them),
 * as 0-based positions. For an assignment, positions past the end grow the table and unknown
 * variable names are new variables.
 */
final class TableSubscripts {
    private TableSubscripts() {
    }

    static int[] all(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    static boolean isText(Value v) {
        return v instanceof CharArray && !Subscripts.isColon(v) || v instanceof StringArray
            || v instanceof CellArray c && c.numel() > 0 && allText(c);
    }

    private static boolean allText(CellArray c) {
        for (int i = 0; i < c.numel(); i++) {
            if (!(c.get(i) instanceof CharArray) && !(c.get(i) instanceof StringArray)) {
                return false;
            }
        }
        return true;
    }

    static List<String> texts(Value v) {
        List<String> out = new ArrayList<>();
        if (v instanceof CharArray c) {
            int[] d = c.dims();
            if (d[0] <= 1) {
                out.add(c.string());
            } else {
                for (int i = 0; i < d[0]; i++) {
                    out.add(c.row(i).strip());
                }
            }
        } else if (v instanceof StringArray s) {
            for (int i = 0; i < s.numel(); i++) {
                out.add(s.get(i) == null ? "" : s.get(i));
            }
        } else if (v instanceof CellArray c) {
            for (int i = 0; i < c.numel(); i++) {
                out.addAll(texts(c.get(i)));
            }
        }
        return out;
    }

    /** Row positions; past-the-end positions only when assigning. */
    static int[] rows(TableValue t, Value sub, boolean assigning) {
        if (Subscripts.isColon(sub)) {
            return all(t.height);
        }
        if (isText(sub)) {
            if (t.rowNames == null) {
                throw Errors.of("MATLAB:table:RowNamesNotSet", "Unrecognized row name '" + texts(sub).get(0)
                    + "'. The table has no row names.");
            }
            List<String> want = texts(sub);
            int[] r = new int[want.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = indexOf(t.rowNames, want.get(i));
                if (r[i] < 0) {
                    throw Errors.of("MATLAB:table:UnrecognizedRowName", "Unrecognized row name '" + want.get(i) + "'.");
                }
            }
            return r;
        }
        return positions(sub, t.height, assigning, "MATLAB:table:RowIndexOutOfRange", "Row index exceeds table dimensions.");
    }

    /**
     * Variable positions. Unknown names are refused when reading; when assigning they are appended
     * to newNames and get the positions after the last variable.
     */
    static int[] vars(TableValue t, Value sub, List<String> newNames) {
        if (Subscripts.isColon(sub)) {
            return all(t.width());
        }
        if (isText(sub)) {
            List<String> want = texts(sub);
            int[] r = new int[want.size()];
            for (int i = 0; i < r.length; i++) {
                String name = want.get(i);
                r[i] = t.indexOf(name);
                if (r[i] < 0 && newNames != null) {
                    int k = newNames.indexOf(name);
                    if (k < 0) {
                        newNames.add(name);
                        k = newNames.size() - 1;
                    }
                    r[i] = t.width() + k;
                } else if (r[i] < 0) {
                    throw unknownVariable(name);
                }
            }
            return r;
        }
        return positions(sub, t.width(), newNames != null, "MATLAB:table:VarIndexOutOfRange",
            "Variable index exceeds table dimensions.");
    }

    static RuntimeException unknownVariable(String name) {
        return Errors.of("MATLAB:table:UnrecognizedVarName", "Unrecognized table variable name '" + name + "'.");
    }

    private static int[] positions(Value sub, int extent, boolean assigning, String id, String message) {
        if (sub instanceof LogicalArray l) {
            if (l.numel() > extent && !assigning) {
                throw Errors.of(id, message);
            }
            List<Integer> on = new ArrayList<>();
            for (int i = 0; i < l.numel(); i++) {
                if (l.re(i) != 0) {
                    on.add(i);
                }
            }
            return on.stream().mapToInt(Integer::intValue).toArray();
        }
        if (!(sub instanceof ArrayValue a) || sub instanceof CharArray) {
            throw Errors.of("MATLAB:table:InvalidSubscript", "Subscripts must be numeric, logical, a colon, or names.");
        }
        int[] r = new int[a.numel()];
        for (int i = 0; i < r.length; i++) {
            double d = a.re(i);
            if (d != Math.rint(d) || d < 1) {
                throw Errors.badIndex(d);
            }
            if (d > extent && !assigning) {
                throw Errors.of(id, message);
            }
            r[i] = (int) d - 1;
        }
        return r;
    }

    static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
