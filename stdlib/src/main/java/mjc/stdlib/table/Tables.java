package mjc.stdlib.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import mjc.runtime.call.ArgNames;
import mjc.runtime.error.Errors;
import mjc.runtime.index.Index;
import mjc.runtime.index.Subscripts;
import mjc.runtime.ops.Concat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * The table functions: construction (table, array2table, cell2table, struct2table), conversion
 * back (table2array, table2cell, table2struct), height/width/istable, head/tail, adding,
 * removing and renaming variables, sortrows, and concatenation ([T1; T2], [T1, T2]).
 */
public final class Tables {
    private Tables() {
    }

    /** table(var1, ..., varN, 'VariableNames', names, 'RowNames', rows) or table('Size', sz, 'VariableTypes', types). */
    @Builtin(value = "table", argNames = true)
    public static Value[] table(Value[] args, int nargout) {
        String[] argNames = ArgNames.take(args.length);
        int n = args.length;
        for (int i = 0; i < args.length; i++) {
            if (isOption(args[i]) && (args.length - i) % 2 == 0) {
                n = i;
                break;
            }
        }
        List<Value> vars = new ArrayList<>(Arrays.asList(args).subList(0, n));
        Options o = options(args, n, "table");
        if (o.size != null) {
            return new Value[] {sized(o)};
        }
        String[] names = new String[vars.size()];
        for (int j = 0; j < names.length; j++) {
            names[j] = !argNames[j].isEmpty() ? argNames[j] : "Var" + (j + 1);
        }
        return new Value[] {build(vars.toArray(new Value[0]), o.names != null ? o.names : names, o)};
    }

    private static boolean isOption(Value v) {
        if (!(v instanceof CharArray) && !(v instanceof StringArray s && s.numel() == 1)) {
            return false;
        }
        String s = Args.text(v, "table").toLowerCase(Locale.ROOT);
        return List.of("variablenames", "rownames", "size", "variabletypes", "dimensionnames").contains(s);
    }

    /** Name=value options shared by the constructors. */
    private static final class Options {
        String[] names;
        Value rowNames;
        int[] size;
        String[] types;
        String[] dimNames;
    }

    private static Options options(Value[] args, int from, String fn) {
        Options o = new Options();
        for (int i = from; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw Errors.of("MATLAB:table:MissingParamValue", "Expected a value after the name '"
                    + Args.text(args[i], fn) + "'.");
            }
            String name = Args.text(args[i], fn).toLowerCase(Locale.ROOT);
            Value v = args[i + 1];
            switch (name) {
                case "variablenames" -> o.names = TableSubscripts.texts(v).toArray(new String[0]);
                case "rownames" -> o.rowNames = v;
                case "size" -> {
                    ArrayValue a = Args.array(v, fn);
                    o.size = new int[] {(int) a.re(0), (int) a.re(1)};
                }
                case "variabletypes" -> o.types = TableSubscripts.texts(v).toArray(new String[0]);
                case "dimensionnames" -> o.dimNames = TableSubscripts.texts(v).toArray(new String[0]);
                default -> throw Errors.of("MATLAB:table:InvalidParamName", "Invalid parameter name: '"
                    + Args.text(args[i], fn) + "'.");
            }
        }
        return o;
    }

    /** table('Size', [m n], 'VariableTypes', types): variables of the given classes, filled with their defaults. */
    private static TableValue sized(Options o) {
        int m = o.size[0];
        int n = o.size[1];
        if (o.types == null || o.types.length != n) {
            throw Errors.of("MATLAB:table:IncorrectNumberOfVarTypes", "Specify one variable type for each variable.");
        }
        Value[] vars = new Value[n];
        String[] names = new String[n];
        for (int j = 0; j < n; j++) {
            names[j] = o.names != null ? o.names[j] : "Var" + (j + 1);
            vars[j] = switch (o.types[j]) {
                case "double", "single" -> DoubleArray.zeros(Dims.of(m, 1));
                case "logical" -> new LogicalArray(Dims.of(m, 1), new boolean[m]);
                case "cell", "cellstr" -> filledCells(m, o.types[j].equals("cellstr") ? CharArray.of("") : DoubleArray.EMPTY);
                case "string" -> new StringArray(Dims.of(m, 1), filledStrings(m));
                default -> mjc.runtime.ops.Concat.convert(DoubleArray.zeros(Dims.of(m, 1)),
                    mjc.runtime.value.MClass.fromName(o.types[j]));
            };
        }
        return build(vars, names, o);
    }

    private static CellArray filledCells(int m, Value fill) {
        Value[] data = new Value[m];
        for (int i = 0; i < m; i++) {
            data[i] = fill.share();
        }
        return new CellArray(Dims.of(m, 1), data);
    }

    private static String[] filledStrings(int m) {
        String[] s = new String[m];
        Arrays.fill(s, null);
        return s;
    }

    /** A table of the given variables, checked for one height and distinct names. */
    static TableValue build(Value[] vars, String[] names, Options o) {
        if (names.length != vars.length) {
            throw Errors.of("MATLAB:table:IncorrectNumberOfVarNames", "The VariableNames property must contain one name"
                + " for each variable in the table.");
        }
        TableProperties.checkNames(names);
        int height = vars.length == 0 ? 0 : heightOf(vars[0]);
        for (int j = 0; j < vars.length; j++) {
            if (heightOf(vars[j]) != height) {
                throw Errors.of("MATLAB:table:UnequalVarLengths", "All table variables must have the same number of rows.");
            }
        }
        if (vars.length == 0 && o != null && o.rowNames != null) {
            height = TableSubscripts.texts(o.rowNames).size();
        }
        TableValue.Meta meta = TableValue.Meta.initial(vars.length);
        if (o != null && o.dimNames != null) {
            meta = new TableValue.Meta("", meta.userData(), meta.units(), meta.descriptions(), o.dimNames);
        }
        TableValue t = new TableValue(names, vars, height, null, meta);
        return o != null && o.rowNames != null ? TableProperties.withRowNames(t, o.rowNames) : t;
    }

    private static int heightOf(Value v) {
        return v.dims()[0];
    }

    /** array2table(A, 'VariableNames', names): one variable per column, named A1, A2, ... by default. */
    @Builtin(value = "array2table", argNames = true)
    public static Value[] array2table(Value[] args, int nargout) {
        String[] argNames = ArgNames.take(args.length);
        Args.count(args, 1, 7);
        Value a = args[0];
        if (a instanceof TableValue || a instanceof StructArray) {
            throw Errors.of("MATLAB:array2table:NDArray", "Input argument must be a 2-D matrix.");
        }
        Options o = options(args, 1, "array2table");
        int cols = a.cols();
        String base = argNames[0].isEmpty() ? "Var" : argNames[0];
        Value[] vars = new Value[cols];
        String[] names = new String[cols];
        for (int j = 0; j < cols; j++) {
            vars[j] = Index.paren(a, new Value[] {Subscripts.COLON, DoubleArray.scalar(j + 1)});
            names[j] = base + (j + 1);
        }
        return new Value[] {build(vars, o.names != null ? o.names : names, o)};
    }

    /** cell2table(C, ...): one variable per column; a column of numbers or logicals becomes an array, text stays a cellstr. */
    @Builtin(value = "cell2table", argNames = true)
    public static Value[] cell2table(Value[] args, int nargout) {
        String[] argNames = ArgNames.take(args.length);
        Args.count(args, 1, 7);
        if (!(args[0] instanceof CellArray c)) {
            throw Errors.of("MATLAB:cell2table:InvalidInput", "Input must be a cell array.");
        }
        Options o = options(args, 1, "cell2table");
        int m = c.dims()[0];
        int cols = c.cols();
        String base = argNames[0].isEmpty() ? "Var" : argNames[0];
        Value[] vars = new Value[cols];
        String[] names = new String[cols];
        for (int j = 0; j < cols; j++) {
            Value[] column = new Value[m];
            for (int i = 0; i < m; i++) {
                column[i] = c.get(i + j * m);
            }
            vars[j] = cellColumn(column, m);
            names[j] = base + (j + 1);
        }
        return new Value[] {build(vars, o.names != null ? o.names : names, o)};
    }

    /** A column of cell contents: numeric or logical scalars (or string scalars) concatenated, anything else kept as cells. */
    static Value cellColumn(Value[] column, int m) {
        boolean numeric = m > 0;
        boolean strings = m > 0;
        for (Value v : column) {
            numeric &= v instanceof ArrayValue && !(v instanceof CharArray) && v.rows() == 1;
            strings &= v instanceof StringArray s && s.numel() == 1;
        }
        if (numeric || strings) {
            return Concat.vertcat(column);
        }
        Value[] data = new Value[m];
        for (int i = 0; i < m; i++) {
            data[i] = column[i].share();
        }
        return new CellArray(Dims.of(m, 1), data);
    }

    /** struct2table(S): a field per variable; a scalar struct's fields are rows, a struct array's elements are. */
    @Builtin("struct2table")
    public static Value[] struct2table(Value[] args, int nargout) {
        Args.count(args, 1, 7);
        if (!(args[0] instanceof StructArray s)) {
            throw Errors.of("MATLAB:struct2table:InvalidInput", "Input must be a structure.");
        }
        Options o = options(args, 1, "struct2table");
        List<String> fields = s.fieldNames();
        Value[] vars = new Value[fields.size()];
        for (int j = 0; j < vars.length; j++) {
            if (s.numel() == 1) {
                vars[j] = s.get(0, fields.get(j));
            } else {
                Value[] column = new Value[s.numel()];
                for (int i = 0; i < column.length; i++) {
                    column[i] = s.get(i, fields.get(j));
                }
                vars[j] = cellColumn(column, column.length);
            }
        }
        return new Value[] {build(vars, o.names != null ? o.names : fields.toArray(new String[0]), o)};
    }

    @Builtin("table2array")
    public static Value table2array(Value t) {
        return TableIndexing.brace(table(t, "table2array"), new Value[] {Subscripts.COLON, Subscripts.COLON});
    }

    /** table2cell(T): one cell per row and variable (a variable's row as it is, a cell variable's content). */
    @Builtin("table2cell")
    public static Value table2cell(Value v) {
        TableValue t = table(v, "table2cell");
        Value[] data = new Value[t.height * t.width()];
        for (int j = 0; j < t.width(); j++) {
            for (int i = 0; i < t.height; i++) {
                Value row = TableIndexing.rowsOf(t.vars[j], new int[] {i});
                if (row instanceof CellArray c && c.numel() == 1) {
                    row = c.get(0);
                }
                data[i + j * t.height] = row.share();
            }
        }
        return new CellArray(Dims.of(t.height, t.width()), data);
    }

    /** table2struct(T): an m-by-1 struct array, or with 'ToScalar', true one struct of columns. */
    @Builtin("table2struct")
    public static Value[] table2struct(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        TableValue t = table(args[0], "table2struct");
        boolean scalar = args.length == 3 && Args.text(args[1], "table2struct").equalsIgnoreCase("ToScalar")
            && Args.truth(args[2]);
        List<String> names = List.of(t.names);
        if (scalar) {
            Value[] row = t.vars.clone();
            for (Value v : row) {
                v.share();
            }
            return new Value[] {new StructArray(Dims.SCALAR, names, new Value[][] {row})};
        }
        CellArray cells = (CellArray) table2cell(t);
        Value[][] elems = new Value[t.height][t.width()];
        for (int i = 0; i < t.height; i++) {
            for (int j = 0; j < t.width(); j++) {
                elems[i][j] = cells.get(i + j * t.height).share();
            }
        }
        return new Value[] {new StructArray(Dims.of(t.height, 1), names, elems)};
    }

    @Builtin("istable")
    public static Value istable(Value v) {
        return LogicalArray.of(v instanceof TableValue);
    }

    @Builtin("height")
    public static Value height(Value v) {
        return DoubleArray.scalar(v.dims()[0]);
    }

    @Builtin("width")
    public static Value width(Value v) {
        return DoubleArray.scalar(v instanceof TableValue t ? t.width() : v.dims()[1]);
    }

    /** head(T, k) / tail(T, k): the first or last k rows (8 by default); arrays too. */
    @Builtin("head")
    public static Value[] head(Value[] args, int nargout) {
        return ends(args, true);
    }

    @Builtin("tail")
    public static Value[] tail(Value[] args, int nargout) {
        return ends(args, false);
    }

    private static Value[] ends(Value[] args, boolean first) {
        String fn = first ? "head" : "tail";
        Args.count(args, 1, 2);
        int k = args.length > 1 ? Args.size(args[1], fn) : 8;
        int h = args[0].dims()[0];
        k = Math.min(k, h);
        int[] rows = new int[k];
        for (int i = 0; i < k; i++) {
            rows[i] = first ? i : h - k + i;
        }
        if (args[0] instanceof TableValue t) {
            return new Value[] {TableIndexing.select(t, rows, TableSubscripts.all(t.width()))};
        }
        return new Value[] {TableIndexing.rowsOf(args[0], rows)};
    }

    /** removevars(T, vars). */
    @Builtin("removevars")
    public static Value removevars(Value t, Value vars) {
        TableValue tv = table(t, "removevars");
        return TableIndexing.removeVars(tv, TableSubscripts.vars(tv, vars, null));
    }

    /** renamevars(T, vars, newNames). */
    @Builtin("renamevars")
    public static Value renamevars(Value t, Value vars, Value newNames) {
        TableValue tv = table(t, "renamevars");
        int[] which = TableSubscripts.vars(tv, vars, null);
        List<String> fresh = TableSubscripts.texts(newNames);
        if (fresh.size() != which.length) {
            throw Errors.of("MATLAB:table:renamevars:NumNamesMismatch", "The number of new names must match the number"
                + " of variables to rename.");
        }
        String[] names = tv.names.clone();
        for (int i = 0; i < which.length; i++) {
            names[which[i]] = fresh.get(i);
        }
        TableProperties.checkNames(names);
        return tv.with(names, tv.vars, tv.height, tv.rowNames, tv.meta);
    }

    /** addvars(T, v1, ..., vN[, 'Before'|'After', where][, 'NewVariableNames', names]). */
    @Builtin(value = "addvars", argNames = true)
    public static Value[] addvars(Value[] args, int nargout) {
        String[] argNames = ArgNames.take(args.length);
        Args.count(args, 2, Integer.MAX_VALUE);
        TableValue t = table(args[0], "addvars");
        int n = args.length;
        for (int i = 1; i < args.length; i++) {
            if ((args[i] instanceof CharArray || args[i] instanceof StringArray) && (args.length - i) % 2 == 0
                && List.of("before", "after", "newvariablenames").contains(Args.text(args[i], "addvars").toLowerCase(Locale.ROOT))) {
                n = i;
                break;
            }
        }
        int at = t.width();
        String[] newNames = null;
        for (int i = n; i + 1 < args.length; i += 2) {
            String opt = Args.text(args[i], "addvars").toLowerCase(Locale.ROOT);
            if (opt.equals("newvariablenames")) {
                newNames = TableSubscripts.texts(args[i + 1]).toArray(new String[0]);
            } else {
                int[] w = TableSubscripts.vars(t, args[i + 1], null);
                at = opt.equals("before") ? w[0] : w[0] + 1;
            }
        }
        int count = n - 1;
        String[] names = new String[t.width() + count];
        Value[] vars = new Value[t.width() + count];
        for (int j = 0, src = 0; j < names.length; j++) {
            if (j >= at && j < at + count) {
                int k = j - at;
                names[j] = newNames != null ? newNames[k] : !argNames[k + 1].isEmpty() ? argNames[k + 1]
                    : "Var" + (j + 1);
                vars[j] = args[k + 1];
                if (vars[j].rows() != t.height) {
                    throw Errors.of("MATLAB:table:RowDimensionMismatch", "To assign to or create a variable in a table, "
                        + "the number of rows must match the height of the table.");
                }
            } else {
                names[j] = t.names[src];
                vars[j] = t.vars[src++];
            }
        }
        TableProperties.checkNames(names);
        return new Value[] {t.with(names, vars, t.height, t.rowNames, t.meta.select(TableSubscripts.all(names.length)))};
    }

    /**
     * varfun(f, T[, 'InputVariables', vars][, 'OutputFormat', 'table'|'uniform'|'cell']): f applied to
     * each variable; a table's new variables are named f_Var (Fun_Var for an anonymous function).
     */
    @Builtin("varfun")
    public static Value[] varfun(Value[] args, int nargout) {
        Args.count(args, 2, 6);
        if (!(args[0] instanceof mjc.runtime.value.FunctionHandle f)) {
            throw Errors.of("MATLAB:table:varfun:InvalidFunction", "The first input must be a function handle.");
        }
        TableValue t = table(args[1], "varfun");
        int[] cols = TableSubscripts.all(t.width());
        String format = "table";
        for (int i = 2; i + 1 < args.length; i += 2) {
            String opt = Args.text(args[i], "varfun").toLowerCase(Locale.ROOT);
            switch (opt) {
                case "inputvariables" -> cols = TableSubscripts.vars(t, args[i + 1], null);
                case "outputformat" -> format = Args.text(args[i + 1], "varfun").toLowerCase(Locale.ROOT);
                default -> throw Errors.of("MATLAB:table:varfun:InvalidParameter", "Invalid parameter name: '"
                    + Args.text(args[i], "varfun") + "'.");
            }
        }
        Value[] results = new Value[cols.length];
        for (int j = 0; j < cols.length; j++) {
            Value[] r = f.call(new Value[] {t.vars[cols[j]]}, 1);
            if (r.length == 0 || r[0] == null) {
                throw Errors.tooManyOutputs();
            }
            results[j] = r[0];
        }
        switch (format) {
            case "uniform" -> {
                for (Value r : results) {
                    if (r.numel() != 1 || !(r instanceof ArrayValue) || r instanceof CharArray) {
                        throw Errors.of("MATLAB:table:varfun:NotAScalarOutput", "The function must return a scalar"
                            + " when 'OutputFormat' is 'uniform'.");
                    }
                }
                return new Value[] {results.length == 0 ? DoubleArray.zeros(Dims.of(1, 0)) : Concat.horzcat(results)};
            }
            case "cell" -> {
                for (Value r : results) {
                    r.share();
                }
                return new Value[] {new CellArray(Dims.row(results.length), results)};
            }
            case "table" -> {
                String prefix = f instanceof mjc.runtime.value.NamedFunctionHandle n ? n.name() : "Fun";
                String[] names = new String[cols.length];
                for (int j = 0; j < cols.length; j++) {
                    names[j] = prefix + "_" + t.names[cols[j]];
                }
                return new Value[] {build(results, names, null)};
            }
            default -> throw Errors.of("MATLAB:table:varfun:InvalidOutputFormat", "'OutputFormat' must be 'table',"
                + " 'uniform' or 'cell'.");
        }
    }

    /** sortrows(T, vars, direction): rows ordered by the variables (names, indices, negative for descending). */
    public static Value[] sortrows(TableValue t, Value[] args) {
        int[] cols;
        boolean[] descend;
        int next = 1;
        if (args.length > 1 && !isDirection(args[1])) {
            if (args[1] instanceof ArrayValue a && !(args[1] instanceof CharArray) && !(args[1] instanceof LogicalArray)) {
                cols = new int[a.numel()];
                descend = new boolean[a.numel()];
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = (int) Math.abs(a.re(i)) - 1;
                    descend[i] = a.re(i) < 0;
                    if (cols[i] < 0 || cols[i] >= t.width()) {
                        throw Errors.of("MATLAB:table:VarIndexOutOfRange", "Variable index exceeds table dimensions.");
                    }
                }
            } else if (Args.isText(args[1]) && TableSubscripts.texts(args[1]).equals(List.of("RowNames"))
                && t.indexOf("RowNames") < 0) {
                cols = new int[] {-1};
                descend = new boolean[1];
            } else {
                cols = TableSubscripts.vars(t, args[1], null);
                descend = new boolean[cols.length];
            }
            next = 2;
        } else {
            cols = TableSubscripts.all(t.width());
            descend = new boolean[cols.length];
        }
        if (args.length > next) {
            List<String> dirs = TableSubscripts.texts(args[next]);
            for (int i = 0; i < cols.length; i++) {
                String d = dirs.get(dirs.size() == 1 ? 0 : i).toLowerCase(Locale.ROOT);
                if (!d.equals("ascend") && !d.equals("descend")) {
                    throw Errors.of("MATLAB:table:sortrows:BadSortMode", "Sort direction must be 'ascend' or 'descend'.");
                }
                descend[i] = d.equals("descend");
            }
        }
        Integer[] order = new Integer[t.height];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> cmp = (p, q) -> 0;
        for (int k = 0; k < cols.length; k++) {
            Comparator<Integer> key = keyOrder(t, cols[k]);
            cmp = cmp.thenComparing(descend[k] ? key.reversed() : key);
        }
        Arrays.sort(order, cmp);
        int[] rows = new int[order.length];
        double[] perm = new double[order.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = order[i];
            perm[i] = order[i] + 1;
        }
        return new Value[] {TableIndexing.select(t, rows, TableSubscripts.all(t.width())), DoubleArray.column(perm)};
    }

    private static boolean isDirection(Value v) {
        if (!Args.isText(v) && !(v instanceof CellArray)) {
            return false;
        }
        List<String> all = TableSubscripts.texts(v);
        return !all.isEmpty() && all.stream().allMatch(s -> s.equalsIgnoreCase("ascend") || s.equalsIgnoreCase("descend"));
    }

    /** The order of rows by one variable (column by column for a matrix variable); -1 is the row names. */
    private static Comparator<Integer> keyOrder(TableValue t, int col) {
        if (col < 0) {
            return Comparator.comparing(i -> t.rowNames == null ? "" : t.rowNames[i]);
        }
        Value v = t.vars[col];
        int h = t.height;
        if (v instanceof CellArray c) {
            return Comparator.comparing(i -> c.get(i) instanceof CharArray ch ? ch.string() : "");
        }
        if (v instanceof StringArray s) {
            return Comparator.comparing(i -> s.get(i) == null ? "\uffff" : s.get(i));
        }
        if (v instanceof CharArray ch) {
            return Comparator.comparing(ch::row);
        }
        ArrayValue a = Args.array(v, "sortrows");
        int cols = a.numel() / Math.max(1, h);
        return (p, q) -> {
            for (int j = 0; j < cols; j++) {
                int r = Double.compare(a.re(p + j * h), a.re(q + j * h));
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
    }

    /** [T1; T2]: the rows of tables with the same variable names (matched by name). */
    public static Value vertcat(Value[] parts) {
        TableValue first = null;
        for (Value p : parts) {
            if (p instanceof TableValue t) {
                first = first == null ? t : first;
            }
        }
        List<TableValue> tables = new ArrayList<>();
        for (Value p : parts) {
            if (p instanceof TableValue t) {
                tables.add(t);
            } else if (p instanceof CellArray c && c.cols() == first.width()) {
                tables.add(fromCellRows(c, first.names)); // [T; {4, 'd'}]
            } else if (p.numel() != 0) {
                throw Errors.of("MATLAB:table:vertcat:InvalidInput", "All input arguments must be tables.");
            }
        }
        int h = 0;
        for (TableValue t : tables) {
            if (t.width() != first.width()) {
                throw Errors.of("MATLAB:table:vertcat:SizeMismatch", "All tables being vertically concatenated must have"
                    + " the same number of variables.");
            }
            h += t.height;
        }
        Value[] vars = new Value[first.width()];
        for (int j = 0; j < vars.length; j++) {
            Value[] column = new Value[tables.size()];
            for (int k = 0; k < column.length; k++) {
                TableValue t = tables.get(k);
                int at = t.indexOf(first.names[j]);
                if (at < 0) {
                    throw Errors.of("MATLAB:table:vertcat:UnequalVarNames", "All tables being vertically concatenated "
                        + "must have the same variable names.");
                }
                column[k] = t.vars[at];
            }
            vars[j] = Concat.vertcat(column);
        }
        String[] rowNames = null;
        if (first.rowNames != null) {
            List<String> all = new ArrayList<>();
            for (TableValue t : tables) {
                for (int i = 0; i < t.height; i++) {
                    all.add(t.rowNames != null ? t.rowNames[i] : "Row" + (all.size() + 1));
                }
            }
            rowNames = all.toArray(new String[0]);
        }
        return first.with(first.names, vars, h, rowNames, first.meta);
    }

    /** Rows given as a cell array, one column per variable, under the given names. */
    private static TableValue fromCellRows(CellArray c, String[] names) {
        int m = c.dims()[0];
        Value[] vars = new Value[names.length];
        for (int j = 0; j < vars.length; j++) {
            Value[] column = new Value[m];
            for (int i = 0; i < m; i++) {
                column[i] = c.get(i + j * m);
            }
            vars[j] = cellColumn(column, m);
        }
        return build(vars, names.clone(), null);
    }

    /** [T1, T2]: the variables of tables with the same height (names must differ). */
    public static Value horzcat(Value[] parts) {
        List<String> names = new ArrayList<>();
        List<Value> vars = new ArrayList<>();
        TableValue first = null;
        for (Value p : parts) {
            if (!(p instanceof TableValue t)) {
                if (p.numel() == 0) {
                    continue;
                }
                throw Errors.of("MATLAB:table:horzcat:InvalidInput", "All input arguments must be tables.");
            }
            if (first != null && t.height != first.height) {
                throw Errors.of("MATLAB:table:horzcat:SizeMismatch", "All tables being horizontally concatenated must"
                    + " have the same number of rows.");
            }
            first = first == null ? t : first;
            names.addAll(Arrays.asList(t.names));
            vars.addAll(Arrays.asList(t.vars));
        }
        String[] all = names.toArray(new String[0]);
        TableProperties.checkNames(all);
        return first.with(all, vars.toArray(new Value[0]), first.height, first.rowNames,
            TableValue.Meta.initial(all.length));
    }

    static TableValue table(Value v, String fn) {
        if (!(v instanceof TableValue t)) {
            throw Errors.of("MATLAB:" + fn + ":InvalidInput", "Input argument must be a table.");
        }
        return t;
    }
}
