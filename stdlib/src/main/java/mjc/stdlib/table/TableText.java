package mjc.stdlib.table;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.object.ObjectValue;
import mjc.runtime.text.CFormat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.display.DisplaysAsBlock;

/**
 * A table as MATLAB prints it: the size line, then each variable as a column under its name and
 * an underline as wide as the column, data centred in the column (numbers right-aligned among
 * themselves in short g form, text in quotes or braces padded on the right, logicals as
 * true/false), row names on the left when there are any.
 */
final class TableText {
    private static final String INDENT = "    ";
    private static final String GAP = "    ";

    private TableText() {
    }

    static void display(StringBuilder sb, String name, TableValue t) {
        sb.append(name).append(" =\n\n");
        sb.append("  ").append(t.height).append('\u00d7').append(t.width()).append(t.numel() == 0 ? " empty" : "")
            .append(" table\n\n");
        if (t.width() > 0) {
            body(sb, t);
        }
    }

    static void body(StringBuilder sb, TableValue t) {
        List<String[]> columns = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<Boolean> underline = new ArrayList<>();
        if (t.rowNames != null) {
            columns.add(leftAligned(t.rowNames));
            heads.add("");
            underline.add(false);
        }
        for (int j = 0; j < t.width(); j++) {
            columns.add(variableText(t.vars[j], t.height));
            heads.add(t.names[j]);
            underline.add(true);
        }
        StringBuilder head = new StringBuilder(INDENT);
        StringBuilder rule = new StringBuilder(INDENT);
        StringBuilder[] rows = new StringBuilder[t.height];
        for (int i = 0; i < t.height; i++) {
            rows[i] = new StringBuilder(INDENT);
        }
        for (int j = 0; j < columns.size(); j++) {
            String[] data = columns.get(j);
            int dataWidth = 0;
            for (String s : data) {
                dataWidth = Math.max(dataWidth, s.length());
            }
            String name = heads.get(j);
            int width = Math.max(dataWidth, name.length());
            if (j > 0) {
                head.append(GAP);
                rule.append(GAP);
                for (StringBuilder r : rows) {
                    r.append(GAP);
                }
            }
            boolean rowNames = !underline.get(j);
            head.append(rowNames ? " ".repeat(width) : centred(name, width));
            rule.append(rowNames ? " ".repeat(width) : "_".repeat(width));
            int left = rowNames ? 0 : (width - dataWidth) / 2;
            for (int i = 0; i < t.height; i++) {
                String s = " ".repeat(left) + data[i];
                rows[i].append(s).append(" ".repeat(width - s.length()));
            }
        }
        sb.append(head).append('\n').append(rule).append("\n\n");
        for (StringBuilder r : rows) {
            sb.append(r).append('\n');
        }
        sb.append('\n');
    }

    private static String centred(String s, int width) {
        int left = (width - s.length()) / 2;
        return " ".repeat(left) + s + " ".repeat(width - s.length() - left);
    }

    private static String[] leftAligned(String[] names) {
        return names.clone();
    }

    /** One line per row for a variable, all the same width. */
    static String[] variableText(Value v, int height) {
        int cols = height == 0 ? 0 : v.numel() / height;
        String[][] cells = new String[height][cols];
        boolean rightAlign = v instanceof ArrayValue && !(v instanceof CharArray) && !(v instanceof LogicalArray);
        if (v instanceof CharArray c) {
            String[] out = new String[height];
            for (int i = 0; i < height; i++) {
                out[i] = c.row(i);
            }
            return out;
        }
        int width = 0;
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < cols; j++) {
                cells[i][j] = element(v, i + j * height);
                width = Math.max(width, cells[i][j].length());
            }
        }
        if (v instanceof CellArray) {
            width = padCells(cells, height, cols);
        }
        String[] out = new String[height];
        for (int i = 0; i < height; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < cols; j++) {
                if (j > 0) {
                    sb.append(GAP);
                }
                String s = cells[i][j];
                String pad = " ".repeat(width - s.length());
                sb.append(rightAlign ? pad + s : s + pad);
            }
            out[i] = sb.toString();
        }
        return out;
    }

    /** Cell contents padded inside the braces ({'Li'     }); returns the common width. */
    private static int padCells(String[][] cells, int height, int cols) {
        int inner = 0;
        for (String[] row : cells) {
            for (String s : row) {
                inner = Math.max(inner, s.length() - 2);
            }
        }
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < cols; j++) {
                String s = cells[i][j];
                cells[i][j] = s.substring(0, s.length() - 1) + " ".repeat(inner - (s.length() - 2)) + "}";
            }
        }
        return inner + 2;
    }

    private static String element(Value v, int k) {
        if (v instanceof LogicalArray l) {
            return l.re(k) != 0 ? "true" : "false";
        }
        if (v instanceof StringArray s) {
            return s.get(k) == null ? "<missing>" : "\"" + s.get(k) + "\"";
        }
        if (v instanceof CellArray c) {
            return "{" + inline(c.get(k)) + "}";
        }
        if (v instanceof ArrayValue a) {
            return number(a.re(k), a.im(k), a.mclass() == mjc.runtime.value.MClass.DOUBLE
                || a.mclass() == mjc.runtime.value.MClass.SINGLE);
        }
        if (v instanceof ObjectValue o) {
            Value e = o.element(k);
            return e instanceof DisplaysAsBlock b ? b.valueText() : "1\u00d71 " + o.className();
        }
        return Dims.str(v.dims()) + " " + v.className();
    }

    /** A number in MATLAB's short g form: integers whole, others to five significant digits. */
    static String number(double re, double im, boolean floating) {
        if (im != 0) {
            return number(re, 0, floating) + (im < 0 ? " - " : " + ") + number(Math.abs(im), 0, floating) + "i";
        }
        if (Double.isNaN(re)) {
            return "NaN";
        }
        if (Double.isInfinite(re)) {
            return re > 0 ? "Inf" : "-Inf";
        }
        if (!floating || re == Math.rint(re) && Math.abs(re) < 1e10) {
            return CFormat.integer(re == 0 ? 0 : re);
        }
        return CFormat.general(re, 5, false, false);
    }

    /** A cell's content as MATLAB shows it inside braces. */
    private static String inline(Value e) {
        int[] d = e.dims();
        if (e instanceof CharArray c && d[0] <= 1) {
            return "'" + c.string() + "'";
        }
        if (e instanceof StringArray s && s.numel() == 1) {
            return "\"" + s.get(0) + "\"";
        }
        if (e instanceof ArrayValue a && a.numel() == 1 && !(e instanceof CharArray)) {
            return "[" + (e instanceof LogicalArray ? element(e, 0) : number(a.re(0), a.im(0), true)) + "]";
        }
        if (e instanceof ArrayValue a && Dims.same(d, Dims.EMPTY)) {
            return "0\u00d70 " + a.className();
        }
        return d[0] + "\u00d7" + d[1] + " " + e.className();
    }
}
