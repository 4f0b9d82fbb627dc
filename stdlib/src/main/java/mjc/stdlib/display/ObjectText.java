package mjc.stdlib.display;

import java.util.List;
import mjc.runtime.object.MObject;
import mjc.runtime.object.ObjectValue;
import mjc.runtime.object.Objects;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * An object as MATLAB displays it (SPEC §8; Octave's display differs): the class line, a blank
 * line, then one right-aligned {@code Name: value} line per public property, values shown as
 * MATLAB shows them inside a property list ({@code [1 2 3]}, {@code 'text'}, {@code [2x2 double]}).
 */
final class ObjectText {
    /** Row vectors up to this many elements are shown in full. */
    private static final int SHOWN_ELEMENTS = 10;

    private ObjectText() {
    }

    static void body(StringBuilder sb, ObjectValue v, int indent) {
        String pad = " ".repeat(indent);
        if (v.metaClass().isEnumeration()) {
            String what = v instanceof MObject ? v.className() + " enumeration"
                : Dims.str(v.dims()) + (v.numel() == 0 ? " empty " : " ") + v.className() + " enumeration array";
            sb.append(pad).append("  ").append(what).append("\n\n");
            if (v.numel() > 0) {
                members(sb, v, indent);
                sb.append('\n');
            }
            return;
        }
        List<String> names = v.metaClass().publicProperties();
        if (v instanceof MObject o) {
            if (names.isEmpty()) {
                sb.append(pad).append("  ").append(v.className()).append(" with no properties.\n\n");
                return;
            }
            sb.append(pad).append("  ").append(v.className()).append(" with properties:\n\n");
            int width = names.stream().mapToInt(String::length).max().orElse(0);
            for (String n : names) {
                sb.append(pad).append(" ".repeat(4 + width - n.length())).append(n).append(": ")
                    .append(inline(Objects.get(o, n, null))).append('\n');
            }
            sb.append('\n');
            return;
        }
        String size = Dims.str(v.dims());
        String empty = v.numel() == 0 ? " empty" : "";
        if (names.isEmpty()) {
            sb.append(pad).append("  ").append(size).append(empty).append(' ').append(v.className())
                .append(" array with no properties.\n\n");
            return;
        }
        sb.append(pad).append("  ").append(size).append(empty).append(' ').append(v.className())
            .append(" array with properties:\n\n");
        for (String n : names) {
            sb.append(pad).append("    ").append(n).append('\n');
        }
        sb.append('\n');
    }

    /** Enumeration members by name, a row of the array per line, columns aligned. */
    static void members(StringBuilder sb, ObjectValue v, int indent) {
        int[] d = v.dims();
        int rows = d[0];
        int cols = v.numel() / Math.max(1, rows);
        int width = 0;
        for (int i = 0; i < v.numel(); i++) {
            width = Math.max(width, v.element(i).enumName().length());
        }
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder(" ".repeat(indent));
            for (int c = 0; c < cols; c++) {
                String n = v.element(r + c * rows).enumName();
                line.append("    ").append(n);
                if (c < cols - 1) {
                    line.append(" ".repeat(width - n.length()));
                }
            }
            sb.append(line).append('\n');
        }
    }

    /** A value on one line, as in a property list or a struct field list. */
    static String inline(Value v) {
        int[] d = v.dims();
        if (v instanceof CharArray c && d.length == 2 && d[0] <= 1) {
            return "'" + c.string() + "'";
        }
        if (v instanceof StringArray s && s.numel() == 1) {
            return s.get(0) == null ? "<missing>" : "\"" + s.get(0) + "\"";
        }
        if (v instanceof FunctionHandle f) {
            return "@" + f.text().replaceFirst("^@", "");
        }
        if (v instanceof MObject o && o.enumName() != null) {
            return o.enumName();
        }
        if (v instanceof DisplaysAsBlock b && !b.valueText().contains("\n")) {
            return b.valueText();
        }
        if (v instanceof ArrayValue a && !(v instanceof CharArray)) {
            if (a.numel() == 0 && d.length == 2 && d[0] == 0 && d[1] == 0) {
                return "[]";
            }
            if (a.numel() == 1) {
                return Display.scalarText(a);
            }
            if (d.length == 2 && d[0] == 1 && a.numel() <= SHOWN_ELEMENTS && !a.isComplex()) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < a.numel(); i++) {
                    if (i > 0) {
                        sb.append(' ');
                    }
                    sb.append(Display.scalarText((ArrayValue) a.gather(new int[] {i}, Dims.SCALAR)));
                }
                return sb.append(']').toString();
            }
        }
        String cls = v instanceof CellArray ? "cell" : v instanceof StructArray ? "struct" : v.className();
        String text = Dims.str(d) + " " + cls;
        return v instanceof CellArray ? "{" + text + "}" : "[" + text + "]";
    }
}
