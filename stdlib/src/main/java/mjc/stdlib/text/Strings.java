package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.ops.StringOps;
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

/** Text functions on char vectors, cells of text and strings. */
public final class Strings {
    private Strings() {
    }

    @Builtin("upper")
    public static Value upper(Value v) {
        return TextMap.map(v, "upper", String::toUpperCase);
    }

    @Builtin("lower")
    public static Value lower(Value v) {
        return TextMap.map(v, "lower", String::toLowerCase);
    }

    @Builtin("strtrim")
    public static Value strtrim(Value v) {
        return trimmed(v, "strtrim", true);
    }

    @Builtin("deblank")
    public static Value deblank(Value v) {
        return trimmed(v, "deblank", false);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == 0;
    }

    /**
     * Trailing (and for strtrim leading) white space and nulls removed: from a char matrix the
     * columns blank in every row, from each text of a cell or string array. Nothing left is a 0x0
     * char; an empty numeric array passes through.
     */
    private static Value trimmed(Value v, String fn, boolean leading) {
        if (v instanceof CharArray c) {
            int rows = c.dims()[0];
            int cols = c.numel() / Math.max(1, rows);
            int lo = 0;
            int hi = cols;
            while (hi > lo && blankColumn(c, rows, hi - 1)) {
                hi--;
            }
            while (leading && lo < hi && blankColumn(c, rows, lo)) {
                lo++;
            }
            if (hi == lo) {
                return c.numel() == 0 ? c : new CharArray(mjc.runtime.value.Dims.EMPTY, new char[0]);
            }
            char[] out = new char[rows * (hi - lo)];
            for (int j = lo; j < hi; j++) {
                for (int i = 0; i < rows; i++) {
                    out[i + (j - lo) * rows] = c.get(i + j * rows);
                }
            }
            return new CharArray(mjc.runtime.value.Dims.of(rows, hi - lo), out);
        }
        if (v instanceof mjc.runtime.value.CellArray cell) {
            Value[] out = new Value[cell.numel()];
            for (int i = 0; i < out.length; i++) {
                Value e = cell.get(i);
                if (!(e instanceof CharArray) && !(e instanceof StringArray) && !(e instanceof ArrayValue && e.numel() == 0)) {
                    throw Errors.of("MATLAB:" + fn + ":InvalidInput", "Input must be a character vector, a cell array of"
                        + " character vectors, or a string array.");
                }
                out[i] = trimmed(e, fn, leading).share();
            }
            return new mjc.runtime.value.CellArray(cell.dims(), out);
        }
        if (v instanceof ArrayValue a && !(v instanceof CharArray) && a.numel() == 0) {
            return v;
        }
        return TextMap.map(v, fn, t -> leading ? t.replaceAll("^[\\s\\x00]+|[\\s\\x00]+$", "")
            : t.replaceAll("[\\s\\x00]+$", ""));
    }

    private static boolean blankColumn(CharArray c, int rows, int j) {
        for (int i = 0; i < rows; i++) {
            if (!blank(c.get(i + j * rows))) {
                return false;
            }
        }
        return true;
    }

    @Builtin("strrep")
    public static Value strrep(Value s, Value from, Value to) {
        String f = Args.text(from, "strrep");
        String t = Args.text(to, "strrep");
        return TextMap.map(s, "strrep", x -> replaceOverlapping(x, f, t));
    }

    /** MATLAB's strrep replaces every occurrence, overlapping ones included, found in the original. */
    private static String replaceOverlapping(String s, String f, String t) {
        if (f.isEmpty()) {
            return s;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = s.indexOf(f); i >= 0; i = s.indexOf(f, i + 1)) {
            hits.add(i);
        }
        if (hits.isEmpty()) {
            return s;
        }
        boolean overlap = false;
        for (int k = 1; k < hits.size(); k++) {
            if (hits.get(k) - hits.get(k - 1) < f.length()) {
                overlap = true;
            }
        }
        if (!overlap) {
            return s.replace(f, t);
        }
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (int h : hits) {
            if (h >= pos) {
                sb.append(s, pos, h);
            }
            sb.append(t);
            pos = h + f.length();
        }
        if (pos < s.length()) {
            sb.append(s.substring(pos));
        }
        return sb.toString();
    }

    @Builtin("strjoin")
    public static Value[] strjoin(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        String[] parts = Args.texts(args[0], "strjoin");
        String d = args.length > 1 ? Formatter.escape(Args.text(args[1], "strjoin")) : " ";
        String r = String.join(d, parts);
        return new Value[] {args[0] instanceof StringArray ? StringArray.of(r) : CharArray.of(r)};
    }

    @Builtin("strcat")
    public static Value[] strcat(Value[] args, int nargout) {
        boolean anyCell = false;
        boolean anyString = false;
        int n = 1;
        for (Value a : args) {
            if (a instanceof CellArray c) {
                anyCell = true;
                n = Math.max(n, c.numel());
            }
            if (a instanceof StringArray s) {
                anyString = true;
                n = Math.max(n, s.numel());
            }
        }
        if (anyString) {
            Value r = args.length == 0 ? StringArray.of("") : args[0];
            for (int i = 1; i < args.length; i++) {
                r = mjc.runtime.ops.Operators.plus(StringOps.toStringArray(r), StringOps.toStringArray(args[i]));
            }
            return new Value[] {StringOps.toStringArray(r)};
        }
        if (anyCell) {
            Value[] out = new Value[n];
            int[] dims = null;
            for (int k = 0; k < n; k++) {
                StringBuilder sb = new StringBuilder();
                for (Value a : args) {
                    if (a instanceof CellArray c) {
                        dims = c.dims();
                        sb.append(Args.text(c.get(c.numel() == 1 ? 0 : k), "strcat"));
                    } else {
                        sb.append(Args.text(a, "strcat"));
                    }
                }
                out[k] = CharArray.of(sb.toString());
            }
            return new Value[] {new CellArray(n == 1 ? Dims.SCALAR : dims, out)};
        }
        StringBuilder sb = new StringBuilder();
        for (Value a : args) {
            if (a instanceof CharArray c) {
                // trailing whitespace of char arguments is removed
                sb.append(c.string().replaceAll("[ \\t\\n\\x0b\\f\\r\\x00]+$", ""));
            } else {
                sb.append(Args.text(a, "strcat"));
            }
        }
        return new Value[] {CharArray.of(sb.toString())};
    }

    interface Comparison {
        boolean test(String a, String b);
    }

    private static Value compareAll(Value a, Value b, Comparison cmp) {
        boolean ca = a instanceof CellArray || (a instanceof StringArray s && s.numel() != 1);
        boolean cb = b instanceof CellArray || (b instanceof StringArray t && t.numel() != 1);
        if (!ca && !cb) {
            String x = textOrNull(a);
            String y = textOrNull(b);
            return LogicalArray.of(x != null && y != null && cmp.test(x, y)
                && !(a instanceof CharArray c && c.dims()[0] > 1));
        }
        Value shape = ca ? a : b;
        int n = shape.numel();
        if (ca && cb && a.numel() != b.numel()) {
            if (a.numel() != 1 && b.numel() != 1) {
                throw Errors.of("MATLAB:strcmp:InputsSizeMismatch", "Inputs must be the same size or either one can be a scalar.");
            }
            shape = a.numel() == 1 ? b : a;
            n = shape.numel();
        }
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            String x = ca ? elementText(a, a.numel() == 1 ? 0 : i) : textOrNull(a);
            String y = cb ? elementText(b, b.numel() == 1 ? 0 : i) : textOrNull(b);
            r[i] = x != null && y != null && cmp.test(x, y);
        }
        return new LogicalArray(shape.dims(), r);
    }

    private static String textOrNull(Value v) {
        if (v instanceof CharArray c) {
            return c.string();
        }
        if (v instanceof StringArray s && s.numel() == 1) {
            return s.get(0);
        }
        return null;
    }

    private static String elementText(Value v, int i) {
        if (v instanceof CellArray c) {
            return textOrNull(c.get(i));
        }
        if (v instanceof StringArray s) {
            return s.get(i);
        }
        return null;
    }

    @Builtin("strcmp")
    public static Value strcmp(Value a, Value b) {
        return compareAll(a, b, String::equals);
    }

    @Builtin("strcmpi")
    public static Value strcmpi(Value a, Value b) {
        return compareAll(a, b, String::equalsIgnoreCase);
    }

    @Builtin("strncmp")
    public static Value strncmp(Value a, Value b, Value n) {
        int k = (int) Args.scalar(n, "strncmp");
        return compareAll(a, b, (x, y) -> x.length() >= k && y.length() >= k && x.regionMatches(0, y, 0, k));
    }

    @Builtin("strncmpi")
    public static Value strncmpi(Value a, Value b, Value n) {
        int k = (int) Args.scalar(n, "strncmpi");
        return compareAll(a, b, (x, y) -> x.length() >= k && y.length() >= k && x.regionMatches(true, 0, y, 0, k));
    }

    @Builtin("strfind")
    public static Value strfind(Value s, Value pattern) {
        String p = Args.text(pattern, "strfind");
        if (s instanceof CellArray c) {
            Value[] out = new Value[c.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = strfind(c.get(i), pattern);
            }
            return new CellArray(c.dims(), out);
        }
        String t = Args.text(s, "strfind");
        List<Double> hits = new ArrayList<>();
        if (!p.isEmpty()) {
            for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
                hits.add((double) (i + 1));
            }
        }
        double[] r = hits.stream().mapToDouble(Double::doubleValue).toArray();
        if (r.length == 0) {
            return new DoubleArray(new int[] {1, 0}, r, null);
        }
        return DoubleArray.row(r);
    }

    private static Value textTest(Value s, Value pattern, boolean ignoreCase, String fn, Comparison test) {
        String[] pats = Args.texts(pattern, fn);
        if (s instanceof CellArray || (s instanceof StringArray st && st.numel() != 1)) {
            int n = s.numel();
            boolean[] r = new boolean[n];
            for (int i = 0; i < n; i++) {
                String t = elementText(s, i);
                for (String p : pats) {
                    if (t != null && test.test(ignoreCase ? t.toLowerCase() : t, ignoreCase ? p.toLowerCase() : p)) {
                        r[i] = true;
                    }
                }
            }
            return new LogicalArray(s.dims(), r);
        }
        String t = Args.text(s, fn);
        for (String p : pats) {
            if (test.test(ignoreCase ? t.toLowerCase() : t, ignoreCase ? p.toLowerCase() : p)) {
                return LogicalArray.of(true);
            }
        }
        return LogicalArray.of(false);
    }

    private static boolean ignoreCase(Value[] args) {
        for (int i = 2; i + 1 < args.length; i += 2) {
            if (Args.text(args[i], "contains").equalsIgnoreCase("IgnoreCase")) {
                return Args.truth(args[i + 1]);
            }
        }
        return false;
    }

    @Builtin("contains")
    public static Value[] contains(Value[] args, int nargout) {
        Args.count(args, 2, 4);
        return new Value[] {textTest(args[0], args[1], ignoreCase(args), "contains", String::contains)};
    }

    @Builtin("startsWith")
    public static Value[] startsWith(Value[] args, int nargout) {
        Args.count(args, 2, 4);
        return new Value[] {textTest(args[0], args[1], ignoreCase(args), "startsWith", String::startsWith)};
    }

    @Builtin("endsWith")
    public static Value[] endsWith(Value[] args, int nargout) {
        Args.count(args, 2, 4);
        return new Value[] {textTest(args[0], args[1], ignoreCase(args), "endsWith", String::endsWith)};
    }

    @Builtin("string")
    public static Value string(Value v) {
        if (v instanceof mjc.runtime.object.ObjectValue) {
            Value[] r = mjc.runtime.object.Objects.dispatch("string", new Value[] {v}, 1);
            if (r != null) {
                return r[0];
            }
        }
        return StringOps.toStringArray(v);
    }

    @Builtin("strlength")
    public static Value strlength(Value v) {
        if (v instanceof CharArray c) {
            return DoubleArray.scalar(c.numel());
        }
        StringArray s = StringOps.toStringArray(v);
        double[] r = new double[s.numel()];
        for (int i = 0; i < r.length; i++) {
            r[i] = s.get(i) == null ? Double.NaN : s.get(i).length();
        }
        return DoubleArray.of(s.dims(), r);
    }

    private static Value charTest(Value v, java.util.function.IntPredicate p) {
        if (!(v instanceof CharArray c)) {
            ArrayValue a = Args.array(v, "isspace");
            return new LogicalArray(a.dims(), new boolean[a.numel()]);
        }
        boolean[] r = new boolean[c.numel()];
        for (int i = 0; i < r.length; i++) {
            r[i] = p.test(c.get(i));
        }
        return new LogicalArray(c.dims(), r);
    }

    @Builtin("isspace")
    public static Value isspace(Value v) {
        return charTest(v, ch -> ch == ' ' || (ch >= 9 && ch <= 13));
    }

    @Builtin("isletter")
    public static Value isletter(Value v) {
        return charTest(v, Character::isLetter);
    }

    @Builtin("isdigit")
    public static Value isdigit(Value v) {
        return charTest(v, ch -> ch >= '0' && ch <= '9');
    }

    @Builtin("isstrprop")
    public static Value isstrprop(Value v, Value type) {
        String t = Args.text(type, "isstrprop");
        switch (t) {
            case "digit":
                return isdigit(v);
            case "alpha":
                return isletter(v);
            case "wspace":
                return isspace(v);
            case "upper":
                return charTest(v, Character::isUpperCase);
            case "lower":
                return charTest(v, Character::isLowerCase);
            case "alphanum":
                return charTest(v, Character::isLetterOrDigit);
            case "punct":
                return charTest(v, ch -> ch > 32 && ch < 127 && !Character.isLetterOrDigit(ch));
            default:
                throw Errors.of("MATLAB:isstrprop:invalidType", "Invalid category '" + t + "'.");
        }
    }

    @Builtin("reverse")
    public static Value reverse(Value v) {
        return TextMap.map(v, "reverse", s -> new StringBuilder(s).reverse().toString());
    }

    @Builtin("pad")
    public static Value[] pad(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        String[] t = Args.texts(args[0], "pad");
        int w = 0;
        for (String s : t) {
            w = Math.max(w, s.length());
        }
        // pad(str[, n][, side][, padCharacter])
        String side = "right";
        String fill = " ";
        int k = 1;
        if (args.length > k && !Args.isText(args[k])) {
            w = (int) Args.scalar(args[k], "pad");
            k++;
        }
        if (args.length > k) {
            String sd = Args.text(args[k], "pad").toLowerCase(java.util.Locale.ROOT);
            if (!sd.equals("left") && !sd.equals("right") && !sd.equals("both")) {
                throw Errors.of("MATLAB:string:InvalidSide", "Side must be 'left', 'right', or 'both'.");
            }
            side = sd;
            k++;
        }
        if (args.length > k) {
            fill = Args.text(args[k], "pad");
            if (fill.length() != 1) {
                throw Errors.of("MATLAB:string:MustBeCharacter", "Pad character must be a single character.");
            }
        }
        final int width = w;
        final String where = side;
        final String c = fill;
        return new Value[] {TextMap.map(args[0], "pad", s -> {
            int n = Math.max(0, width - s.length());
            return switch (where) {
                case "left" -> c.repeat(n) + s;
                case "both" -> c.repeat(n / 2) + s + c.repeat(n - n / 2);
                default -> s + c.repeat(n);
            };
        })};
    }

    @Builtin("strtok")
    public static Value[] strtok(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        String s = Args.text(args[0], "strtok");
        String delims = args.length > 1 ? Args.text(args[1], "strtok") : " \t\n\u000b\f\r\u0000";
        int i = 0;
        while (i < s.length() && delims.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        int j = i;
        while (j < s.length() && delims.indexOf(s.charAt(j)) < 0) {
            j++;
        }
        String tok = s.substring(i, j);
        String rem = s.substring(j);
        return new Value[] {tok.isEmpty() ? new CharArray(new int[] {1, 0}, new char[0]) : CharArray.of(tok),
            rem.isEmpty() ? new CharArray(new int[] {1, 0}, new char[0]) : CharArray.of(rem)};
    }

    @Builtin("cellstr")
    public static Value cellstr(Value v) {
        if (v instanceof CellArray) {
            return v;
        }
        if (v instanceof StringArray s) {
            Value[] out = new Value[s.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = CharArray.of(s.get(i) == null ? "" : s.get(i));
            }
            return new CellArray(s.dims(), out);
        }
        CharArray c = (CharArray) v;
        int nr = c.dims()[0];
        if (c.numel() == 0) {
            return new CellArray(Dims.SCALAR, new Value[] {CharArray.of("")});
        }
        Value[] out = new Value[nr];
        for (int r = 0; r < nr; r++) {
            out[r] = CharArray.of(c.row(r).replaceAll("\\s+$", ""));
        }
        return new CellArray(Dims.col(nr), out);
    }
}
