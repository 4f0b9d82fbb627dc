package mjc.stdlib.table;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * {@code T.Properties}: read as a struct of MATLAB's property names, written back whole (the
 * compiler assigns {@code T.Properties.VariableNames = c} as read, change, write).
 */
final class TableProperties {
    private static final List<String> FIELDS = List.of("Description", "UserData", "DimensionNames", "VariableNames",
        "VariableDescriptions", "VariableUnits", "VariableContinuity", "RowNames");

    private TableProperties() {
    }

    static StructArray of(TableValue t) {
        Value[] row = {
            CharArray.of(t.meta.description()), t.meta.userData(), row(t.meta.dimNames()), row(t.names),
            row(t.meta.descriptions()), row(t.meta.units()), DoubleArray.EMPTY,
            t.rowNames == null ? CellArray.empty(Dims.of(0, 1)) : column(t.rowNames)};
        for (Value v : row) {
            v.share();
        }
        return new StructArray(Dims.SCALAR, FIELDS, new Value[][] {row});
    }

    static CellArray row(String[] names) {
        Value[] data = new Value[names.length];
        for (int i = 0; i < names.length; i++) {
            data[i] = CharArray.of(names[i]).share();
        }
        return new CellArray(names.length == 0 ? Dims.of(1, 0) : Dims.row(names.length), data);
    }

    static CellArray column(String[] names) {
        Value[] data = new Value[names.length];
        for (int i = 0; i < names.length; i++) {
            data[i] = CharArray.of(names[i]).share();
        }
        return new CellArray(Dims.of(names.length, 1), data);
    }

    static TableValue assign(TableValue t, Value rhs) {
        if (!(rhs instanceof StructArray s) || s.numel() != 1) {
            throw Errors.of("MATLAB:table:InvalidProperties", "Table properties must be assigned a scalar struct.");
        }
        String[] names = t.names;
        TableValue.Meta m = t.meta;
        for (String f : s.fieldNames()) {
            Value v = s.get(0, f);
            switch (f) {
                case "VariableNames" -> names = texts(v, t.width(), "VariableNames");
                case "Description" -> m = new TableValue.Meta(text(v), m.userData(), m.units(), m.descriptions(), m.dimNames());
                case "UserData" -> m = new TableValue.Meta(m.description(), v, m.units(), m.descriptions(), m.dimNames());
                case "VariableUnits" -> m = new TableValue.Meta(m.description(), m.userData(), texts(v, t.width(), f),
                    m.descriptions(), m.dimNames());
                case "VariableDescriptions" -> m = new TableValue.Meta(m.description(), m.userData(), m.units(),
                    texts(v, t.width(), f), m.dimNames());
                case "DimensionNames" -> m = new TableValue.Meta(m.description(), m.userData(), m.units(),
                    m.descriptions(), texts(v, 2, f));
                case "RowNames", "VariableContinuity" -> { } // RowNames below; continuity is for timetables
                default -> throw Errors.of("MATLAB:table:UnknownProperty", "Unrecognized table property '" + f + "'.");
            }
        }
        checkNames(names);
        TableValue out = t.with(names, t.vars, t.height, t.rowNames, m);
        return s.hasField("RowNames") ? withRowNames(out, s.get(0, "RowNames")) : out;
    }

    static TableValue withRowNames(TableValue t, Value rhs) {
        if (rhs.numel() == 0) {
            return t.with(t.names, t.vars, t.height, null, t.meta);
        }
        String[] rows = texts(rhs, t.height, "RowNames");
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < i; k++) {
                if (rows[i].equals(rows[k])) {
                    throw Errors.of("MATLAB:table:DuplicateRowNames", "Duplicate row name: '" + rows[i] + "'.");
                }
            }
        }
        return t.with(t.names, t.vars, t.height, rows, t.meta);
    }

    static void checkNames(String[] names) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                throw Errors.of("MATLAB:table:InvalidVarName", "Table variable names must be nonempty.");
            }
            for (int k = 0; k < i; k++) {
                if (names[i].equals(names[k])) {
                    throw Errors.of("MATLAB:table:DuplicateVarNames", "Duplicate table variable name: '" + names[i] + "'.");
                }
            }
        }
    }

    private static String text(Value v) {
        return v instanceof CharArray c ? c.string() : TableIndexing.text(v);
    }

    /** n names from a cellstr, string array or (for one) a char row. */
    static String[] texts(Value v, int n, String what) {
        List<String> all = TableSubscripts.texts(v);
        if (!TableSubscripts.isText(v) && !(v instanceof CellArray c && c.numel() == 0) || all.size() != n) {
            throw Errors.of("MATLAB:table:IncorrectNumberOf" + what, "The " + what + " property must contain one name "
                + "for each " + (what.equals("RowNames") ? "row" : what.equals("DimensionNames") ? "dimension"
                : "variable") + " in the table.");
        }
        return all.toArray(new String[0]);
    }
}
