package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** findstr, strjust, rat and rats. */
public final class TextExtras {
    private TextExtras() {
    }

    /** findstr(a, b): where the shorter text occurs in the longer one (1-based starts, overlaps included). */
    @Builtin("findstr")
    public static Value findstr(Value a, Value b) {
        String s = Args.text(a, "findstr");
        String t = Args.text(b, "findstr");
        if (t.length() > s.length()) {
            String x = s;
            s = t;
            t = x;
        }
        List<Double> at = new ArrayList<>();
        if (!t.isEmpty()) {
            for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
                at.add((double) (i + 1));
            }
        }
        if (at.isEmpty()) {
            return DoubleArray.zeros(new int[] {1, 0});
        }
        return DoubleArray.of(Dims.row(at.size()), at.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** strjust(s, 'right'|'left'|'center'): each row's text moved within its width. */
    @Builtin("strjust")
    public static Value[] strjust(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        if (!(args[0] instanceof CharArray c)) {
            throw Errors.of("MATLAB:strjust:InvalidInput", "Input must be a character array.");
        }
        String how = args.length > 1 ? Args.text(args[1], "strjust").toLowerCase(java.util.Locale.ROOT) : "right";
        int[] d = c.dims();
        int rows = d[0];
        int w = rows == 0 ? 0 : c.numel() / rows;
        String[] out = new String[rows];
        for (int r = 0; r < rows; r++) {
            String line = c.row(r);
            String core = line.strip();
            int lead = line.length() - line.stripLeading().length();
            if (core.isEmpty()) {
                out[r] = line;
                continue;
            }
            core = line.substring(lead, lead + line.strip().length());
            int pad = w - core.length();
            int left = switch (how) {
                case "left" -> 0;
                case "center" -> pad / 2;
                case "right" -> pad;
                default -> throw Errors.of("MATLAB:strjust:UnknownJustification", "Justification must be 'left', "
                    + "'right' or 'center'.");
            };
            out[r] = " ".repeat(left) + core + " ".repeat(pad - left);
        }
        return new Value[] {rows == 0 ? c : mjc.stdlib.types.Conversions.rows(out)};
    }

    /** [N, D] = rat(X, tol): rational approximations by continued fractions; rat(X) alone: the expansion as text. */
    @Builtin("rat")
    public static Value[] rat(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue x = Args.array(args[0], "rat");
        int n = x.numel();
        double[] num = new double[n];
        double[] den = new double[n];
        String[] text = new String[n];
        for (int i = 0; i < n; i++) {
            double v = x.re(i);
            double tol = args.length > 1 ? Args.scalar(args[1], "rat") : 1e-6 * norm1(x);
            double[] nd = new double[2];
            text[i] = expand(v, tol, nd);
            num[i] = nd[0];
            den[i] = nd[1];
        }
        if (nargout >= 2) {
            return new Value[] {DoubleArray.of(x.dims().clone(), num), DoubleArray.of(x.dims().clone(), den)};
        }
        return new Value[] {n == 1 ? CharArray.of(text[0]) : mjc.stdlib.types.Conversions.rows(text)};
    }

    private static double norm1(ArrayValue x) {
        double m = 0;
        for (int i = 0; i < x.numel(); i++) {
            if (Double.isFinite(x.re(i))) {
                m = Math.max(m, Math.abs(x.re(i)));
            }
        }
        return m;
    }

    /** MATLAB's rat: continued-fraction terms until the approximation is within tol; fills {N, D}. */
    private static String expand(double v, double tol, double[] nd) {
        if (Double.isNaN(v)) {
            nd[0] = 0;
            nd[1] = 0;
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            nd[0] = Math.signum(v);
            nd[1] = 0;
            return v > 0 ? "Inf" : "-Inf";
        }
        double y = v;
        double n0 = 1;
        double d0 = 0;
        double n1 = roundHalfAway(y);
        double d1 = 1;
        List<Long> terms = new ArrayList<>();
        terms.add((long) n1);
        double frac = y - n1;
        int depth = 0;
        while (Math.abs(v - n1 / d1) >= tol && frac != 0 && depth < 20) {
            y = 1 / frac;
            double a = roundHalfAway(y);
            frac = y - a;
            terms.add((long) a);
            depth++;
            double n2 = a * n1 + n0;
            double d2 = a * d1 + d0;
            n0 = n1;
            d0 = d1;
            n1 = n2;
            d1 = d2;
        }
        // 3 + 1/(7 + 1/16): every term but the last opens a parenthesis
        StringBuilder s = new StringBuilder(Long.toString(terms.get(0)));
        for (int k = 1; k < terms.size(); k++) {
            boolean last = k == terms.size() - 1;
            long t = terms.get(k);
            s.append(" + 1/").append(last ? (t < 0 ? "(" + t + ")" : Long.toString(t)) : "(" + t);
        }
        s.append(")".repeat(Math.max(0, terms.size() - 2)));
        if (d1 < 0) {
            n1 = -n1;
            d1 = -d1;
        }
        nd[0] = n1;
        nd[1] = d1;
        return s.toString();
    }

    private static double roundHalfAway(double y) {
        return Math.signum(y) * Math.floor(Math.abs(y) + 0.5);
    }

    /** rats(X): each element as 'N/D' in a field of 13 characters (MATLAB's default string length). */
    @Builtin("rats")
    public static Value[] rats(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue x = Args.array(args[0], "rats");
        int width = args.length > 1 ? (int) Args.scalar(args[1], "rats") : 13;
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < x.numel(); i++) {
            double v = x.re(i);
            double[] nd = new double[2];
            expand(v, Math.max(Math.abs(v), 1) * 1e-6, nd);
            String t = Double.isNaN(v) ? "NaN" : Double.isInfinite(v) ? (v > 0 ? "Inf" : "-Inf")
                : nd[1] == 1 ? Long.toString((long) nd[0]) : (long) nd[0] + "/" + (long) nd[1];
            if (v == 0) {
                t = "0";
            }
            int pad = Math.max(0, width - t.length());
            int left = pad / 2;
            row.append(" ".repeat(left)).append(t).append(" ".repeat(pad - left));
        }
        return new Value[] {CharArray.of(row.toString())};
    }

    /** strvcat(a, b, ...): the texts as rows of one char matrix, padded with blanks; empty texts are left out. */
    @Builtin("strvcat")
    public static Value[] strvcat(Value[] args, int nargout) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (Value v : args) {
            java.util.List<Value> parts = new java.util.ArrayList<>();
            if (v instanceof mjc.runtime.value.CellArray c) {
                for (int i = 0; i < c.numel(); i++) {
                    parts.add(c.get(i));
                }
            } else {
                parts.add(v);
            }
            for (Value p : parts) {
                if (p.numel() == 0) {
                    continue;
                }
                CharArray m = (CharArray) mjc.stdlib.types.Conversions.toChar(new Value[] {p}, 1)[0];
                for (int r = 0; r < m.dims()[0]; r++) {
                    rows.add(m.row(r));
                }
            }
        }
        int w = rows.stream().mapToInt(String::length).max().orElse(0);
        char[] data = new char[rows.size() * w];
        for (int r = 0; r < rows.size(); r++) {
            String t = rows.get(r);
            for (int c = 0; c < w; c++) {
                data[r + c * rows.size()] = c < t.length() ? t.charAt(c) : ' ';
            }
        }
        return new Value[] {new CharArray(mjc.runtime.value.Dims.of(rows.size(), w), data)};
    }
}
