package mjc.stdlib.table;

import java.util.Arrays;
import mjc.runtime.object.ArrayObject;
import mjc.runtime.object.MObject;
import mjc.runtime.object.MetaClass;
import mjc.runtime.value.Callable;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.display.DisplaysCustom;

/**
 * MATLAB's table: named column variables of one height, each any array with that many rows
 * (a matrix variable has several columns), optional row names and the Properties metadata.
 *
 * <p>A table is immutable here: every assignment through {@link TableIndexing} returns a new
 * table sharing the unchanged variables, which gives MATLAB's value semantics without copies.
 * Indexing reaches the class through its subsref/subsasgn/end methods, as a classdef class that
 * overloads them would (the runtime's IndexingOverloads), and {@link #dims()} is height by width
 * so size, numel, isempty and the rest answer as MATLAB's do.
 */
public final class TableValue extends ArrayObject implements DisplaysCustom {
    static final MetaClass META = define();

    final String[] names;
    final Value[] vars;
    final int height;
    /** Row names, or null when the table has none. */
    final String[] rowNames;
    final Meta meta;

    /** The Properties that travel with a table: per-variable arrays are aligned with names. */
    record Meta(String description, Value userData, String[] units, String[] descriptions, String[] dimNames) {
        static Meta initial(int width) {
            String[] blank = new String[width];
            Arrays.fill(blank, "");
            return new Meta("", mjc.runtime.value.DoubleArray.EMPTY, blank, blank.clone(), new String[] {"Row", "Variables"});
        }

        Meta select(int[] cols) {
            String[] u = new String[cols.length];
            String[] d = new String[cols.length];
            for (int i = 0; i < cols.length; i++) {
                u[i] = cols[i] < units.length ? units[cols[i]] : "";
                d[i] = cols[i] < descriptions.length ? descriptions[cols[i]] : "";
            }
            return new Meta(description, userData, u, d, dimNames);
        }
    }

    private static MetaClass define() {
        String[] methods = {"subsref", "subsasgn", "end", "vertcat", "horzcat", "sortrows"};
        Callable[] fns = {
            (a, n) -> TableIndexing.subsref((TableValue) a[0], a[1], n),
            (a, n) -> new Value[] {TableIndexing.subsasgn((TableValue) a[0], a[1], a[2])},
            (a, n) -> new Value[] {TableIndexing.end((TableValue) a[0], a[1], a[2])},
            (a, n) -> new Value[] {Tables.vertcat(a)},
            (a, n) -> new Value[] {Tables.horzcat(a)},
            (a, n) -> Tables.sortrows(Tables.table(a[0], "sortrows"), a)};
        StringBuilder spec = new StringBuilder("class\ttable\t");
        for (int i = 0; i < methods.length; i++) {
            spec.append("\nmethod\t").append(methods[i]).append('\t').append(i).append("\tpublic\t");
        }
        return MetaClass.define(spec.toString(), new TableValue(new String[0], new Value[0], 0, null, Meta.initial(0)),
            new MetaClass[0], fns);
    }

    TableValue(String[] names, Value[] vars, int height, String[] rowNames, Meta meta) {
        super(0);
        this.names = names;
        this.vars = vars;
        this.height = height;
        this.rowNames = rowNames;
        this.meta = meta;
        for (Value v : vars) {
            v.share();
        }
        freeze();
    }

    /** The same metadata with other variables (names aligned with vars). */
    TableValue with(String[] newNames, Value[] newVars, int newHeight, String[] newRowNames, Meta newMeta) {
        return new TableValue(newNames, newVars, newHeight, newRowNames, newMeta);
    }

    int width() {
        return names.length;
    }

    /** Index of the variable of that name, or -1. */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public String[] variableNames() {
        return names.clone();
    }

    public Value variable(int i) {
        return vars[i];
    }

    public int height() {
        return height;
    }

    @Override
    public MetaClass metaClass() {
        return META;
    }

    @Override
    public MObject blank() {
        return new TableValue(new String[0], new Value[0], 0, null, Meta.initial(0));
    }

    @Override
    public Value copy() {
        return this; // immutable
    }

    @Override
    public int[] dims() {
        return Dims.of(height, names.length);
    }

    @Override
    public int numel() {
        return height * names.length;
    }

    @Override
    public void display(StringBuilder sb, String name) {
        TableText.display(sb, name, this);
    }

    @Override
    public void disp(StringBuilder sb) {
        TableText.body(sb, this);
    }
}
