package mjc.stdlib.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.index.Assign;
import mjc.runtime.index.Index;
import mjc.runtime.index.Subscripts;
import mjc.runtime.object.IndexingOverloads;
import mjc.runtime.ops.Concat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * What indexing a table means: {@code T.Var} (a variable), {@code T(rows, vars)} (a table),
 * {@code T{rows, vars}} (the variables' rows concatenated), {@code T.Properties}, and the
 * assignments to each, with growth, new variables and deletion as MATLAB does them. Levels
 * after the first (as in {@code T.Var(2)}) are ordinary indexing of what the first level gave.
 */
final class TableIndexing {
    private TableIndexing() {
    }

    // ------------------------------------------------------------------ reading

    static Value[] subsref(TableValue t, Value s, int nargout) {
        StructArray levels = levels(s);
        String type = text(levels.get(0, "type"));
        Value subs = levels.get(0, "subs");
        Value result = switch (type) {
            case "." -> dot(t, subs);
            case "()" -> paren(t, cells(subs));
            default -> brace(t, cells(subs));
        };
        if (levels.numel() == 1) {
            return new Value[] {result};
        }
        StructArray rest = rest(levels);
        if (result instanceof TableValue inner) {
            return subsref(inner, rest, nargout);
        }
        return IndexingOverloads.builtinSubsref(result, rest, nargout);
    }

    static Value dot(TableValue t, Value subs) {
        if (subs instanceof ArrayValue a && !(subs instanceof CharArray) && !(subs instanceof mjc.runtime.value.StringArray)) {
            int k = (int) a.re(0);
            if (a.numel() != 1 || k < 1 || k > t.width() || k != a.re(0)) {
                throw Errors.of("MATLAB:table:VarIndexOutOfRange", "Variable index exceeds table dimensions.");
            }
            return t.vars[k - 1];
        }
        String name = text(subs);
        int i = t.indexOf(name);
        if (i >= 0) {
            return t.vars[i];
        }
        if (name.equals("Properties")) {
            return TableProperties.of(t);
        }
        if (name.equals(t.meta.dimNames()[0])) {
            return t.rowNames == null ? CellArray.empty(Dims.of(0, 1)) : TableProperties.column(t.rowNames);
        }
        if (name.equals(t.meta.dimNames()[1])) {
            return brace(t, new Value[] {Subscripts.COLON, Subscripts.COLON});
        }
        throw TableSubscripts.unknownVariable(name);
    }

    static TableValue paren(TableValue t, Value[] subs) {
        twoSubscripts(subs);
        int[] r = TableSubscripts.rows(t, subs[0], false);
        int[] c = TableSubscripts.vars(t, subs[1], null);
        return select(t, r, c);
    }

    /** The table of rows r and variables c (in that order). */
    static TableValue select(TableValue t, int[] r, int[] c) {
        boolean allRows = r.length == t.height && isIdentity(r);
        String[] names = new String[c.length];
        Value[] vars = new Value[c.length];
        for (int j = 0; j < c.length; j++) {
            names[j] = t.names[c[j]];
            vars[j] = allRows ? t.vars[c[j]] : rowsOf(t.vars[c[j]], r);
        }
        String[] rowNames = null;
        if (t.rowNames != null) {
            rowNames = new String[r.length];
            for (int i = 0; i < r.length; i++) {
                rowNames[i] = t.rowNames[r[i]];
            }
        }
        return t.with(uniqueNames(names), vars, r.length, rowNames, t.meta.select(c));
    }

    static Value brace(TableValue t, Value[] subs) {
        twoSubscripts(subs);
        int[] r = TableSubscripts.rows(t, subs[0], false);
        int[] c = TableSubscripts.vars(t, subs[1], null);
        if (c.length == 0) {
            return DoubleArray.zeros(Dims.of(r.length, 0));
        }
        Value[] parts = new Value[c.length];
        for (int j = 0; j < c.length; j++) {
            parts[j] = rowsOf(t.vars[c[j]], r);
        }
        try {
            return parts.length == 1 ? parts[0] : Concat.horzcat(parts);
        } catch (mjc.runtime.error.MatlabError e) {
            throw Errors.of("MATLAB:table:ExtractDataIncompatibleTypeError", "Unable to concatenate the specified "
                + "table variables.");
        }
    }

    static Value end(TableValue t, Value k, Value n) {
        int pos = (int) ((ArrayValue) k).re(0);
        int count = (int) ((ArrayValue) n).re(0);
        double v = count == 1 ? t.numel() : pos == 1 ? t.height : pos == 2 ? t.width() : 1;
        return DoubleArray.scalar(v);
    }

    // ------------------------------------------------------------------ assigning

    static Value subsasgn(TableValue t, Value s, Value rhs) {
        StructArray levels = levels(s);
        String type = text(levels.get(0, "type"));
        Value subs = levels.get(0, "subs");
        if (levels.numel() > 1) {
            StructArray rest = rest(levels);
            Value inner = current(t, type, subs, text(rest.get(0, "type")));
            rhs = inner instanceof TableValue it ? subsasgn(it, rest, rhs) : IndexingOverloads.builtinSubsasgn(inner, rest, rhs);
        }
        return switch (type) {
            case "." -> setDot(t, subs, rhs);
            case "()" -> setParen(t, cells(subs), rhs);
            default -> setBrace(t, cells(subs), rhs);
        };
    }

    /** What the first level names now, for an assignment deeper into it (a new variable starts as a column). */
    private static Value current(TableValue t, String type, Value subs, String nextType) {
        if (type.equals(".") && subs instanceof CharArray c && t.indexOf(c.string()) < 0
            && !c.string().equals("Properties") && !c.string().equals(t.meta.dimNames()[0])) {
            return nextType.equals("{}") ? CellArray.empty(Dims.of(t.height, 1)) : DoubleArray.zeros(Dims.of(t.height, 1));
        }
        return type.equals(".") ? dot(t, subs) : type.equals("()") ? paren(t, cells(subs)) : brace(t, cells(subs));
    }

    static TableValue setDot(TableValue t, Value subs, Value rhs) {
        int i;
        String name;
        if (subs instanceof CharArray || subs instanceof mjc.runtime.value.StringArray) {
            name = text(subs);
            if (name.equals("Properties")) {
                return TableProperties.assign(t, rhs);
            }
            if (name.equals(t.meta.dimNames()[0])) {
                return TableProperties.withRowNames(t, rhs);
            }
            i = t.indexOf(name);
        } else {
            i = (int) ((ArrayValue) subs).re(0) - 1;
            if (i < 0 || i > t.width()) {
                throw Errors.of("MATLAB:table:VarIndexOutOfRange", "Variable index exceeds table dimensions.");
            }
            name = i < t.width() ? t.names[i] : "Var" + (i + 1);
            i = i < t.width() ? i : -1;
        }
        if (i >= 0 && isDeletion(rhs)) {
            return removeVars(t, new int[] {i});
        }
        int height = t.height;
        if (t.width() == 0 && t.height == 0) {
            height = rhs.rows();
        } else if (rhs.numel() == 1 && t.height != 1) {
            rhs = rhs.gather(new int[t.height], Dims.of(t.height, 1)); // a scalar fills the variable
        } else if (rhs.rows() != t.height) {
            throw Errors.of("MATLAB:table:RowDimensionMismatch", "To assign to or create a variable in a table, the number "
                + "of rows must match the height of the table.");
        }
        String[] names = t.names;
        Value[] vars = t.vars;
        TableValue.Meta meta = t.meta;
        if (i < 0) {
            names = Arrays.copyOf(names, names.length + 1);
            names[names.length - 1] = name;
            vars = Arrays.copyOf(vars, vars.length + 1);
            i = vars.length - 1;
            meta = meta.select(TableSubscripts.all(names.length));
        } else {
            vars = vars.clone();
        }
        vars[i] = rhs;
        return t.with(names, vars, height, t.rowNames, meta);
    }

    static TableValue setParen(TableValue t, Value[] subs, Value rhs) {
        twoSubscripts(subs);
        if (isDeletion(rhs)) {
            return delete(t, subs);
        }
        List<String> added = new ArrayList<>();
        if (t.width() == 0 && Subscripts.isColon(subs[1]) && rhs instanceof TableValue rt) {
            added.addAll(Arrays.asList(rt.names)); // T(k,:) = row of a table, into an empty table
        }
        int[] r = TableSubscripts.rows(t, subs[0], true);
        int[] c = added.isEmpty() ? TableSubscripts.vars(t, subs[1], added) : TableSubscripts.all(added.size());
        Value[] parts = new Value[c.length];
        if (rhs instanceof TableValue rt) {
            if (rt.height != r.length && rt.height != 1 || rt.width() != c.length) {
                throw Errors.of("MATLAB:table:AssignmentDimensionMismatch", "The table being assigned to has "
                    + r.length + " rows and " + c.length + " variables, but the value has " + rt.height + " rows and "
                    + rt.width() + " variables.");
            }
            for (int j = 0; j < c.length; j++) {
                parts[j] = rt.height == r.length ? rt.vars[j] : repeatRows(rt.vars[j], r.length);
            }
        } else if (rhs instanceof CellArray cell) {
            if (cell.numel() != r.length * c.length && !(cell.numel() == c.length)) {
                throw Errors.of("MATLAB:table:AssignmentDimensionMismatch", "The cell array being assigned has "
                    + cell.numel() + " elements, but the table subscripts select " + r.length * c.length + ".");
            }
            for (int j = 0; j < c.length; j++) {
                Value[] column = new Value[r.length];
                for (int i = 0; i < r.length; i++) {
                    column[i] = cell.numel() == c.length && r.length != 1 ? cell.get(j) : cell.get(i + j * r.length);
                }
                parts[j] = cellColumn(existing(t, c[j]), column);
            }
        } else {
            parts = splitColumns(rhs, r.length, c.length);
        }
        return assignParts(t, r, c, added, parts);
    }

    static TableValue setBrace(TableValue t, Value[] subs, Value rhs) {
        twoSubscripts(subs);
        List<String> added = new ArrayList<>();
        int[] r = TableSubscripts.rows(t, subs[0], true);
        int[] c = TableSubscripts.vars(t, subs[1], added);
        return assignParts(t, r, c, added, splitColumns(rhs, r.length, c.length));
    }

    /** Variable c[j] at rows r becomes parts[j]; rows past the end grow every variable. */
    private static TableValue assignParts(TableValue t, int[] r, int[] c, List<String> added, Value[] parts) {
        int width = t.width() + added.size();
        for (int k : c) {
            width = Math.max(width, k + 1);
        }
        String[] names = Arrays.copyOf(t.names, width);
        Value[] vars = Arrays.copyOf(t.vars, width);
        for (int k = t.width(); k < width; k++) {
            int a = k - t.width();
            names[k] = a < added.size() ? added.get(a) : "Var" + (k + 1);
        }
        int height = t.height;
        for (int i : r) {
            height = Math.max(height, i + 1);
        }
        Value rowIdx = oneBased(r);
        for (int j = 0; j < c.length; j++) {
            Value base = vars[c[j]];
            if (base == null) {
                base = parts[j] instanceof CellArray ? CellArray.empty(Dims.of(t.height, 1)) : parts[j].emptyLike(Dims.of(t.height, parts[j].cols()));
            }
            vars[c[j]] = Assign.paren(base.copy(), parts[j], new Value[] {rowIdx, Subscripts.COLON});
        }
        for (int k = 0; k < width; k++) {
            if (vars[k] == null) {
                vars[k] = DoubleArray.zeros(Dims.of(height, 1));
            } else if (vars[k].rows() < height) {
                int[] d = vars[k].dims().clone();
                d[0] = height;
                vars[k] = vars[k].resized(d);
            }
        }
        String[] rowNames = t.rowNames;
        if (rowNames != null && height > rowNames.length) {
            rowNames = Arrays.copyOf(rowNames, height);
            for (int i = t.height; i < height; i++) {
                rowNames[i] = "Row" + (i + 1);
            }
        }
        return t.with(uniqueNames(names), vars, height, rowNames, t.meta.select(TableSubscripts.all(width)));
    }

    private static Value existing(TableValue t, int k) {
        return k < t.width() ? t.vars[k] : null;
    }

    /** The cell contents for one variable: a cell variable keeps them as cells, any other concatenates them. */
    private static Value cellColumn(Value var, Value[] column) {
        boolean keepCells = var instanceof CellArray || var == null && column.length > 0
            && (column[0] instanceof CharArray && column[0].rows() <= 1 || column[0] instanceof CellArray);
        if (keepCells) {
            Value[] data = new Value[column.length];
            for (int i = 0; i < column.length; i++) {
                data[i] = column[i] instanceof CellArray inner && inner.numel() == 1 ? inner.get(0).share() : column[i].share();
            }
            return new CellArray(Dims.of(column.length, 1), data);
        }
        return Concat.vertcat(column);
    }

    /** rhs split into one part per variable: a column each, or the whole of it for one variable. */
    private static Value[] splitColumns(Value rhs, int rows, int count) {
        Value[] parts = new Value[count];
        if (count == 1) {
            parts[0] = rhs;
            return parts;
        }
        if (rhs.numel() == 1) {
            Arrays.fill(parts, rhs);
            return parts;
        }
        if (rhs.cols() != count) {
            throw Errors.of("MATLAB:table:AssignmentDimensionMismatch", "The value being assigned has " + rhs.cols()
                + " columns, but the table subscripts select " + count + " variables.");
        }
        for (int j = 0; j < count; j++) {
            parts[j] = Index.paren(rhs, new Value[] {Subscripts.COLON, DoubleArray.scalar(j + 1)});
        }
        return parts;
    }

    private static TableValue delete(TableValue t, Value[] subs) {
        if (Subscripts.isColon(subs[0])) {
            return removeVars(t, TableSubscripts.vars(t, subs[1], null));
        }
        if (!Subscripts.isColon(subs[1])) {
            throw Errors.of("MATLAB:table:InvalidEmptyAssignment", "At least one subscript must be ':' when you delete "
                + "rows or variables by assigning [].");
        }
        int[] gone = TableSubscripts.rows(t, subs[0], false);
        boolean[] drop = new boolean[t.height];
        for (int i : gone) {
            drop[i] = true;
        }
        int[] keep = java.util.stream.IntStream.range(0, t.height).filter(i -> !drop[i]).toArray();
        return select(t, keep, TableSubscripts.all(t.width()));
    }

    static TableValue removeVars(TableValue t, int[] gone) {
        boolean[] drop = new boolean[t.width()];
        for (int j : gone) {
            drop[j] = true;
        }
        int[] keep = java.util.stream.IntStream.range(0, t.width()).filter(j -> !drop[j]).toArray();
        return select(t, TableSubscripts.all(t.height), keep);
    }

    // ------------------------------------------------------------------ helpers

    static Value rowsOf(Value var, int[] r) {
        return Index.paren(var, new Value[] {oneBased(r), Subscripts.COLON});
    }

    private static Value repeatRows(Value var, int n) {
        return rowsOf(var, new int[n]);
    }

    static Value oneBased(int[] r) {
        double[] d = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            d[i] = r[i] + 1;
        }
        return DoubleArray.of(Dims.of(r.length, 1), d);
    }

    private static boolean isIdentity(int[] r) {
        for (int i = 0; i < r.length; i++) {
            if (r[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDeletion(Value rhs) {
        return rhs instanceof DoubleArray d && Dims.same(d.dims(), Dims.EMPTY);
    }

    /** Repeated names (T(:, [1 1])) get MATLAB's _1, _2 suffixes. */
    static String[] uniqueNames(String[] names) {
        String[] out = names.clone();
        for (int j = 1; j < out.length; j++) {
            for (int k = 0; k < j; k++) {
                if (out[k].equals(out[j])) {
                    int n = 1;
                    String candidate;
                    do {
                        candidate = names[j] + "_" + n++;
                    } while (Arrays.asList(out).contains(candidate));
                    out[j] = candidate;
                    break;
                }
            }
        }
        return out;
    }

    private static void twoSubscripts(Value[] subs) {
        if (subs.length != 2) {
            throw Errors.of("MATLAB:table:LinearSubscript", "Subscripting into a table using one subscript (as in t(i)) "
                + "is not supported. Specify a row subscript and a variable subscript, as in t(rows,vars).");
        }
    }

    private static StructArray levels(Value s) {
        return (StructArray) s;
    }

    private static StructArray rest(StructArray levels) {
        int n = levels.numel() - 1;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i + 1;
        }
        return (StructArray) levels.gather(idx, Dims.row(n));
    }

    private static Value[] cells(Value subs) {
        return subs instanceof CellArray c ? c.data().clone() : new Value[] {subs};
    }

    static String text(Value v) {
        if (v instanceof CharArray c) {
            return c.string();
        }
        if (v instanceof mjc.runtime.value.StringArray s && s.numel() == 1) {
            return s.get(0);
        }
        throw Errors.of("MATLAB:table:InvalidVarName", "Table variable names must be text.");
    }
}
