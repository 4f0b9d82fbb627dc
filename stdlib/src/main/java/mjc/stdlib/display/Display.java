package mjc.stdlib.display;

import java.util.List;
import mjc.runtime.error.MException;
import mjc.runtime.session.Session;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.NamedFunctionHandle;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * Display of unsuppressed results ({@code x = 3} without a semicolon) and {@code disp}, byte for
 * byte as GNU Octave prints them in {@code format short} (or {@code format long}). Types Octave
 * lacks print on one line in the same style ({@code s = "abc"}).
 */
public final class Display {
    static final int TERMINAL_WIDTH = 80;

    private Display() {
    }

    /** What a statement without a semicolon prints for {@code name = value}. */
    public static void show(String name, Value v) {
        if (v instanceof mjc.runtime.object.ObjectValue) {
            // a class's own display, or its disp under MATLAB's "name =" line
            if (mjc.runtime.object.Objects.dispatch("display", new Value[] {v}, 0) != null) {
                return;
            }
            if (mjc.runtime.object.Objects.metaMethod(v, "disp")) {
                Session.current().out().print(name + " = \n");
                mjc.runtime.object.Objects.dispatch("disp", new Value[] {v}, 0);
                return;
            }
        }
        StringBuilder sb = new StringBuilder();
        named(sb, name, v, 0);
        Session.current().out().print(sb);
    }

    /** What {@code disp(v)} prints. */
    public static void disp(Value v) {
        if (v instanceof mjc.runtime.object.ObjectValue && mjc.runtime.object.Objects.dispatch("disp", new Value[] {v}, 0)
            != null) {
            return; // the class's own disp
        }
        StringBuilder sb = new StringBuilder();
        body(sb, v);
        Session.current().out().print(sb);
    }

    /** disp without any class's overload (builtin('disp', obj)). */
    public static void plainDisp(Value v) {
        StringBuilder sb = new StringBuilder();
        body(sb, v);
        Session.current().out().print(sb);
    }

    /** The default display of a named value, without any class's overload. */
    public static void plainShow(String name, Value v) {
        StringBuilder sb = new StringBuilder();
        named(sb, name, v, 0);
        Session.current().out().print(sb);
    }

    public static String dispText(Value v) {
        StringBuilder sb = new StringBuilder();
        body(sb, v);
        return sb.toString();
    }

    public static String showText(String name, Value v) {
        StringBuilder sb = new StringBuilder();
        named(sb, name, v, 0);
        return sb.toString();
    }

    static int precision() {
        return Session.current().longFormat() ? 16 : 5;
    }

    static int precision(Value v) {
        int p = precision();
        return v instanceof SingleArray ? Math.min(p, 8) : p;
    }

    // ------------------------------------------------------------------ name = value

    static void named(StringBuilder sb, String name, Value v, int indent) {
        String pad = " ".repeat(indent);
        if (v instanceof CellArray c) {
            if (c.numel() == 0) {
                sb.append(pad).append(name).append(" = {}(").append(Dims.str(c.dims())).append(")\n");
                return;
            }
            sb.append(pad).append(name).append(" =\n");
            cellBody(sb, c, indent);
            sb.append('\n');
            return;
        }
        if (v instanceof StructArray s) {
            sb.append(pad).append(name).append(" =\n\n");
            structBody(sb, s, indent + 2);
            return;
        }
        if (v instanceof FunctionHandle f) {
            if (f instanceof NamedFunctionHandle) {
                sb.append(pad).append(name).append(" = @").append(f.text()).append('\n');
            } else {
                sb.append(pad).append(name).append(" =\n\n").append(pad).append(f.text()).append("\n\n");
            }
            return;
        }
        if (v instanceof StringArray s) {
            if (s.numel() == 1) {
                sb.append(pad).append(name).append(" = ").append(quoted(s.get(0))).append('\n');
            } else if (s.numel() == 0) {
                sb.append(pad).append(name).append(" = <0x0 string>\n".replace("0x0", Dims.str(s.dims())));
            } else {
                sb.append(pad).append(name).append(" =\n\n");
                stringRows(sb, s, indent);
                sb.append("\n\n");
            }
            return;
        }
        if (v instanceof CharArray c) {
            int[] d = c.dims();
            if (c.numel() == 0 && d.length == 2 && d[0] <= 1) {
                sb.append(pad).append(name).append(" = \n");
                return;
            }
            if (c.numel() == 0) {
                sb.append(pad).append(name).append(" = [](").append(Dims.str(d)).append(")\n");
                return;
            }
            if (d.length == 2 && d[0] == 1) {
                sb.append(pad).append(name).append(" = ").append(c.string()).append('\n');
                return;
            }
            sb.append(pad).append(name).append(" =\n\n");
            for (int r = 0; r < d[0]; r++) {
                sb.append(pad).append(c.row(r)).append('\n');
            }
            sb.append('\n');
            return;
        }
        if (v instanceof mjc.runtime.value.SparseArray s) {
            SparseText.named(sb, pad, name, s);
            return;
        }
        if (v instanceof ArrayValue a) {
            int[] d = a.dims();
            if (a.numel() == 0) {
                sb.append(pad).append(name).append(" = [](").append(Dims.str(d)).append(")\n");
                return;
            }
            if (a.numel() == 1) {
                sb.append(pad).append(name).append(" = ").append(scalarText(a)).append('\n');
                return;
            }
            sb.append(pad).append(name).append(" =\n\n");
            if (d.length > 2) {
                pages(sb, a, indent);
                return;
            }
            NumericPrinter.matrix(sb, a, indent);
            sb.append("\n\n");
            return;
        }
        if (v instanceof MException e) {
            sb.append(pad).append(name).append(" =\n\n").append(pad).append("  MException object with properties:\n\n")
                .append(pad).append("    identifier: ").append(e.identifier()).append('\n')
                .append(pad).append("       message: ").append(e.message()).append('\n')
                .append(pad).append("         stack: [").append(e.stack().size()).append("x1 struct]\n\n");
            return;
        }
        if (v instanceof DisplaysCustom c) {
            c.display(sb, name);
            return;
        }
        if (v instanceof DisplaysAsBlock b) {
            sb.append(pad).append(name).append(" = \n").append(pad).append("  ").append(b.typeLine()).append("\n\n");
            for (String line : b.valueText().split("\n")) {
                sb.append(pad).append("   ").append(line).append('\n');
            }
            sb.append('\n');
            return;
        }
        if (v instanceof mjc.runtime.object.ObjectValue o) {
            sb.append(pad).append(name).append(" = \n");
            ObjectText.body(sb, o, indent);
            return;
        }
        if (v instanceof DisplaysInline d) {
            sb.append(pad).append(name).append(" = ").append(d.displayText()).append('\n');
            return;
        }
        if (v instanceof mjc.runtime.task.Task t) {
            sb.append(pad).append(name).append(" = ").append(t.displayText()).append('\n');
            return;
        }
        if (v instanceof mjc.stdlib.maps.MapObject m) {
            sb.append(pad).append(name).append(" =\n\n").append(MapText.of(m, indent)).append('\n');
            return;
        }
        sb.append(pad).append(name).append(" = <").append(v.className()).append(">\n");
    }

    private static String quoted(String s) {
        return s == null ? "<missing>" : "\"" + s + "\"";
    }

    private static void stringRows(StringBuilder sb, StringArray s, int indent) {
        int[] d = s.dims();
        int nr = d[0];
        int nc = s.numel() / Math.max(1, nr);
        int[] widths = new int[nc];
        for (int c = 0; c < nc; c++) {
            for (int r = 0; r < nr; r++) {
                widths[c] = Math.max(widths[c], quoted(s.get(r + c * nr)).length());
            }
        }
        for (int r = 0; r < nr; r++) {
            if (r > 0) {
                sb.append('\n');
            }
            sb.append(" ".repeat(indent));
            for (int c = 0; c < nc; c++) {
                String q = quoted(s.get(r + c * nr));
                sb.append("    ").append(q).append(" ".repeat(widths[c] - q.length()));
            }
        }
    }

    /** N-D arrays print page by page, each named ans(:,:,k) as Octave does. */
    private static void pages(StringBuilder sb, ArrayValue a, int indent) {
        int[] d = a.dims();
        int nr = d[0];
        int nc = d[1];
        int pageSize = nr * nc;
        int pagesCount = a.numel() / Math.max(1, pageSize);
        int[] sub = new int[d.length];
        for (int p = 0; p < pagesCount; p++) {
            StringBuilder nm = new StringBuilder("ans(:,:,");
            for (int k = 2; k < d.length; k++) {
                nm.append(sub[k] + 1).append(k < d.length - 1 ? "," : ")");
            }
            int[] idx = new int[pageSize];
            for (int i = 0; i < pageSize; i++) {
                idx[i] = p * pageSize + i;
            }
            Value page = a.gather(idx, Dims.of(nr, nc));
            sb.append(" ".repeat(indent)).append(nm).append(" =\n\n");
            NumericPrinter.matrix(sb, (ArrayValue) page, indent);
            sb.append("\n\n");
            for (int k = 2; k < d.length; k++) {
                if (++sub[k] < d[k]) {
                    break;
                }
                sub[k] = 0;
            }
        }
    }

    static String scalarText(ArrayValue a) {
        if (a instanceof IntArray) {
            return IntText.of((IntArray) a, 0);
        }
        if (a instanceof LogicalArray l) {
            return l.get(0) ? "1" : "0";
        }
        if (a instanceof CharArray c) {
            return String.valueOf(c.get(0));
        }
        int prec = precision(a);
        if (a.isComplex()) {
            return NumericPrinter.complexScalar(a.re(0), a.im(0), prec);
        }
        return NumericLayout.scalar(a.re(0), prec).format(a.re(0));
    }

    // ------------------------------------------------------------------ cells and structs

    static void cellBody(StringBuilder sb, CellArray c, int indent) {
        String pad = " ".repeat(indent);
        sb.append(pad).append("{\n");
        int[] d = c.dims();
        int nr = d[0];
        int n = c.numel();
        for (int i = 0; i < n; i++) {
            String label;
            if (d.length == 2) {
                label = "[" + (i % nr + 1) + "," + (i / nr + 1) + "]";
            } else {
                StringBuilder l = new StringBuilder("[");
                int rem = i;
                for (int k = 0; k < d.length; k++) {
                    if (k > 0) {
                        l.append(',');
                    }
                    l.append(rem % d[k] + 1);
                    rem /= d[k];
                }
                label = l.append(']').toString();
            }
            element(sb, label, c.get(i), indent + 2);
        }
        sb.append(pad).append("}\n");
    }

    /** A cell element or struct field: like name = value, nested one level deeper. */
    private static void element(StringBuilder sb, String name, Value v, int indent) {
        String pad = " ".repeat(indent);
        if (v instanceof CellArray c && c.numel() > 0) {
            sb.append(pad).append(name).append(" =\n");
            cellBody(sb, c, indent);
            sb.append('\n');
            return;
        }
        if (v instanceof StructArray s) {
            sb.append(pad).append(name).append(" =\n\n");
            structBody(sb, s, indent + 2);
            return;
        }
        if (v instanceof DisplaysCustom) {
            // a table inside a cell or struct: its size and class, as MATLAB shows it there
            sb.append(pad).append(name).append(" = [").append(Dims.str(v.dims())).append(' ').append(v.className())
                .append("]\n");
            return;
        }
        if (v instanceof FunctionHandle f && !(f instanceof NamedFunctionHandle)) {
            sb.append(pad).append(name).append(" =\n\n").append(pad).append(f.text()).append("\n\n");
            return;
        }
        named(sb, name, v, indent);
    }

    static void structBody(StringBuilder sb, StructArray s, int indent) {
        String pad = " ".repeat(indent);
        List<String> names = s.fieldNames();
        if (s.numel() == 1) {
            sb.append(pad).append("scalar structure containing the fields:\n\n");
            for (String f : names) {
                element(sb, f, s.get(0, f), indent + 2);
            }
            sb.append('\n');
            return;
        }
        sb.append(pad).append(Dims.str(s.dims())).append(" struct array ");
        if (names.isEmpty()) {
            sb.append("with no fields\n");
        } else {
            sb.append("containing the fields:\n\n");
            for (String f : names) {
                sb.append(pad).append("  ").append(f).append('\n');
            }
        }
        sb.append('\n');
    }

    // ------------------------------------------------------------------ disp

    static void body(StringBuilder sb, Value v) {
        if (v instanceof DisplaysCustom c) {
            c.disp(sb);
            return;
        }
        if (v instanceof mjc.runtime.value.SparseArray s) {
            SparseText.body(sb, s);
            return;
        }
        if (v instanceof DisplaysAsBlock b) {
            for (String line : b.valueText().split("\n")) {
                sb.append("   ").append(line).append('\n');
            }
            return;
        }
        if (v instanceof mjc.runtime.object.ObjectValue o && o.metaClass().isEnumeration() && o.numel() > 0) {
            ObjectText.members(sb, o, 0);
            return;
        }
        if (v instanceof mjc.runtime.object.ObjectValue o) {
            ObjectText.body(sb, o, 0);
            return;
        }
        if (v instanceof CharArray c) {
            int[] d = c.dims();
            if (c.numel() == 0) {
                if (d.length == 2 && d[0] <= 1) {
                    sb.append('\n');
                }
                return;
            }
            for (int r = 0; r < d[0]; r++) {
                sb.append(c.row(r)).append('\n');
            }
            return;
        }
        if (v instanceof StringArray s) {
            if (s.numel() == 1) {
                sb.append(s.get(0) == null ? "<missing>" : s.get(0)).append('\n');
            } else {
                stringRows(sb, s, 0);
                sb.append('\n');
            }
            return;
        }
        if (v instanceof ArrayValue a) {
            if (a.numel() == 0) {
                sb.append("[](").append(Dims.str(a.dims())).append(")\n"); // as Octave's disp
                return;
            }
            if (a.numel() == 1) {
                sb.append(scalarText(a)).append('\n');
                return;
            }
            if (a.dims().length > 2) {
                pages(sb, a, 0);
                return;
            }
            NumericPrinter.matrix(sb, a, 0);
            sb.append('\n');
            return;
        }
        if (v instanceof CellArray c) {
            if (c.numel() == 0) {
                sb.append("{}(").append(Dims.str(c.dims())).append(")\n");
                return;
            }
            cellBody(sb, c, 0);
            return;
        }
        if (v instanceof StructArray s) {
            if (s.numel() == 1) {
                for (String f : s.fieldNames()) {
                    element(sb, f, s.get(0, f), 4);
                }
            } else {
                structBody(sb, s, 2);
            }
            return;
        }
        if (v instanceof FunctionHandle f) {
            sb.append(f instanceof NamedFunctionHandle ? "@" + f.text() : f.text()).append('\n');
            return;
        }
        if (v instanceof DisplaysInline d) {
            sb.append(d.displayText()).append('\n');
            return;
        }
        if (v instanceof mjc.runtime.task.Task t) {
            sb.append(t.displayText()).append('\n');
            return;
        }
        if (v instanceof MException e) {
            sb.append("  MException with properties:\n\n    identifier: ").append(e.identifier())
                .append("\n       message: ").append(e.message()).append('\n');
            return;
        }
        sb.append('<').append(v.className()).append(">\n");
    }

    static boolean isRange(Value v) {
        return v instanceof DoubleArray d && d.range;
    }
}
