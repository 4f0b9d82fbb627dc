package mjc.stdlib.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mjc.runtime.error.Errors;
import mjc.runtime.object.ObjectValue;
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
import mjc.stdlib.display.DisplaysAsBlock;
import mjc.stdlib.io.DelimitedFiles;
import mjc.stdlib.lang.ErrorFunctions;
import mjc.stdlib.lang.ValidNames;

/**
 * readtable and writetable for delimited text (CSV and the like, parsed by Apache Commons CSV):
 * a header row of variable names, a column of numbers as a double variable (empty fields NaN),
 * any other column as text (a cellstr, or a string array with 'TextType', 'string').
 */
public final class TableFiles {
    private TableFiles() {
    }

    /**
     * readtable(file, 'Delimiter', d, 'ReadVariableNames', tf, 'ReadRowNames', tf,
     * 'NumHeaderLines', k, 'TextType', 'char'|'string', 'VariableNamingRule', 'modify'|'preserve').
     */
    @Builtin("readtable")
    public static Value[] readtable(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        String file = Args.text(args[0], "readtable");
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
            throw Errors.of("MATLAB:readtable:UnsupportedFileType", "Reading spreadsheet files is not supported; save '"
                + file + "' as CSV and read that.");
        }
        String delim = null;
        Boolean header = null;
        boolean rowNames = false;
        int skip = 0;
        boolean strings = false;
        boolean preserve = false;
        for (int i = 1; i < args.length; i += 2) {
            String opt = Args.text(args[i], "readtable");
            if (i + 1 >= args.length) {
                throw Errors.of("MATLAB:readtable:MissingParamValue", "Expected a value after the name '" + opt + "'.");
            }
            Value v = args[i + 1];
            switch (opt.toLowerCase(Locale.ROOT)) {
                case "delimiter" -> delim = Args.text(v, "readtable");
                case "readvariablenames" -> header = Args.truth(v);
                case "readrownames" -> rowNames = Args.truth(v);
                case "numheaderlines", "headerlines" -> skip = (int) Args.scalar(v, "readtable");
                case "texttype" -> strings = Args.text(v, "readtable").equalsIgnoreCase("string");
                case "variablenamingrule", "preservevariablenames" -> preserve = Args.isText(v)
                    ? Args.text(v, "readtable").equalsIgnoreCase("preserve") : Args.truth(v);
                case "filetype", "format", "encoding", "emptyvalue", "treatasempty", "range" -> { } // text files, defaults
                default -> throw Errors.of("MATLAB:readtable:InvalidParameter", "'" + opt + "' is not a recognized "
                    + "parameter. For a list of valid name-value pair arguments, see the documentation for readtable.");
            }
        }
        String text = DelimitedFiles.read(Path.of(file), "textio:textio");
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<List<String>> records = DelimitedFiles.records(text, delimiterFor(text, delim, lower));
        records = records.subList(Math.min(skip, records.size()), records.size());
        if (header == null) {
            header = !records.isEmpty() && records.get(0).stream().noneMatch(TableFiles::numeric);
        }
        List<String> heads = header && !records.isEmpty() ? records.get(0) : List.of();
        List<List<String>> rows = header && !records.isEmpty() ? records.subList(1, records.size()) : records;
        int n = heads.size();
        for (List<String> r : rows) {
            n = Math.max(n, r.size());
        }
        int m = rows.size();
        List<Value> vars = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        String[] rowText = null;
        for (int j = 0; j < n; j++) {
            String[] column = new String[m];
            for (int i = 0; i < m; i++) {
                List<String> r = rows.get(i);
                column[i] = j < r.size() ? r.get(j) : "";
            }
            if (rowNames && j == 0) {
                rowText = column;
                continue;
            }
            String head = j < heads.size() ? heads.get(j).strip() : "";
            originals.add(head);
            names.add(head.isEmpty() ? "Var" + (j + 1) : preserve ? head : ValidNames.makeValid(head));
            vars.add(columnValue(column, strings));
        }
        boolean renamed = false;
        for (int j = 0; j < names.size(); j++) {
            renamed |= !originals.get(j).isEmpty() && !names.get(j).equals(originals.get(j));
        }
        if (renamed) {
            ErrorFunctions.warn("MATLAB:table:ModifiedAndSavedVarnames", "Column headers from the file were modified "
                + "to make them valid MATLAB identifiers before creating variable names for the table. The original "
                + "column headers are saved in the VariableDescriptions property.\nSet 'VariableNamingRule' to "
                + "'preserve' to use the original column headers as table variable names.");
        }
        String[] unique = ValidNames.makeUnique(names).toArray(new String[0]);
        TableValue t = Tables.build(vars.toArray(new Value[0]), unique, null);
        if (t.width() == 0) {
            t = new TableValue(new String[0], new Value[0], rowText == null ? 0 : m, null, TableValue.Meta.initial(0));
        }
        if (renamed) {
            String[] descriptions = new String[names.size()];
            for (int j = 0; j < descriptions.length; j++) {
                descriptions[j] = names.get(j).equals(originals.get(j)) ? "" : originals.get(j);
            }
            TableValue.Meta meta = t.meta;
            t = t.with(t.names, t.vars, t.height, t.rowNames,
                new TableValue.Meta(meta.description(), meta.userData(), meta.units(), descriptions, meta.dimNames()));
        }
        if (rowText != null) {
            t = TableProperties.withRowNames(t, TableProperties.column(rowText));
        }
        return new Value[] {t};
    }

    private static char delimiterFor(String text, String given, String file) {
        if (given == null && (file.endsWith(".csv"))) {
            return ',';
        }
        if (given == null && file.endsWith(".tsv")) {
            return '\t';
        }
        return DelimitedFiles.delimiter(text, given);
    }

    private static boolean numeric(String s) {
        return !s.isBlank() && DelimitedFiles.isNumber(s);
    }

    /** A column of fields: numbers when every non-empty field is one, else text. */
    private static Value columnValue(String[] column, boolean strings) {
        boolean numbers = true;
        for (String s : column) {
            numbers &= s.isBlank() || DelimitedFiles.isNumber(s);
        }
        int m = column.length;
        if (numbers) {
            double[] d = new double[m];
            for (int i = 0; i < m; i++) {
                d[i] = DelimitedFiles.number(column[i]);
            }
            return DoubleArray.of(Dims.of(m, 1), d);
        }
        if (strings) {
            return new StringArray(Dims.of(m, 1), column.clone());
        }
        Value[] cells = new Value[m];
        for (int i = 0; i < m; i++) {
            cells[i] = CharArray.of(column[i]).share();
        }
        return new CellArray(Dims.of(m, 1), cells);
    }

    /** writetable(T[, file][, 'Delimiter', d][, 'WriteVariableNames', tf][, 'WriteRowNames', tf]). */
    @Builtin("writetable")
    public static Value[] writetable(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        TableValue t = Tables.table(args[0], "writetable");
        int from = 1;
        String file = "table.txt";
        if (args.length > 1 && args.length % 2 == 0) {
            file = Args.text(args[1], "writetable");
            from = 2;
        }
        String delim = ",";
        boolean names = true;
        boolean rowNames = false;
        for (int i = from; i + 1 < args.length; i += 2) {
            String opt = Args.text(args[i], "writetable").toLowerCase(Locale.ROOT);
            switch (opt) {
                case "delimiter" -> delim = DelimitedFiles.delimiterName(Args.text(args[i + 1], "writetable"));
                case "writevariablenames" -> names = Args.truth(args[i + 1]);
                case "writerownames" -> rowNames = Args.truth(args[i + 1]);
                case "filetype", "encoding", "quotestrings", "writemode" -> { } // text, UTF-8, as needed
                default -> throw Errors.of("MATLAB:writetable:InvalidParameter", "'" + Args.text(args[i], "writetable")
                    + "' is not a recognized parameter. For a list of valid name-value pair arguments, see the "
                    + "documentation for writetable.");
            }
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            throw Errors.of("MATLAB:writetable:UnsupportedFileType", "Writing spreadsheet files is not supported; write"
                + " a .csv or .txt file.");
        }
        rowNames &= t.rowNames != null;
        StringBuilder sb = new StringBuilder();
        if (names) {
            List<String> heads = new ArrayList<>();
            if (rowNames) {
                heads.add(t.meta.dimNames()[0]);
            }
            for (int j = 0; j < t.width(); j++) {
                int cols = columnsOf(t.vars[j], t.height);
                for (int k = 0; k < cols; k++) {
                    heads.add(cols == 1 ? t.names[j] : t.names[j] + "_" + (k + 1));
                }
            }
            line(sb, heads, delim);
        }
        for (int i = 0; i < t.height; i++) {
            List<String> fields = new ArrayList<>();
            if (rowNames) {
                fields.add(t.rowNames[i]);
            }
            for (int j = 0; j < t.width(); j++) {
                Value v = t.vars[j];
                int cols = columnsOf(v, t.height);
                for (int k = 0; k < cols; k++) {
                    fields.add(field(v, i + k * t.height, i));
                }
            }
            line(sb, fields, delim);
        }
        DelimitedFiles.write(Path.of(file), sb.toString(), "writetable");
        return new Value[0];
    }

    private static int columnsOf(Value v, int height) {
        if (v instanceof CharArray) {
            return 1;
        }
        return height == 0 ? 1 : Math.max(1, v.numel() / height);
    }

    private static String field(Value v, int k, int row) {
        if (v instanceof CharArray c) {
            return c.row(row);
        }
        if (v instanceof StringArray s) {
            return s.get(k) == null ? "" : s.get(k);
        }
        if (v instanceof CellArray c) {
            Value e = c.get(k);
            if (e instanceof CharArray ch) {
                return ch.string();
            }
            if (e instanceof StringArray s && s.numel() == 1) {
                return s.get(0) == null ? "" : s.get(0);
            }
            return e instanceof ArrayValue a && a.numel() == 1 ? field(a, 0, 0) : "";
        }
        if (v instanceof LogicalArray l) {
            return l.re(k) != 0 ? "1" : "0";
        }
        if (v instanceof ArrayValue a) {
            return DelimitedFiles.field(a.re(k), true);
        }
        if (v instanceof ObjectValue o && o.element(k) instanceof DisplaysAsBlock b) {
            return b.valueText();
        }
        return "";
    }

    private static void line(StringBuilder sb, List<String> fields, String delim) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(delim);
            }
            String f = fields.get(i);
            if (f.contains(delim) || f.contains("\"") || f.contains("\n")) {
                f = "\"" + f.replace("\"", "\"\"") + "\"";
            }
            sb.append(f);
        }
        sb.append('\n');
    }
}
