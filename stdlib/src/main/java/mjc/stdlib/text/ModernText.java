package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * The text functions added with string arrays (R2016b on): split, splitlines, replace, erase,
 * strip, count, extractBefore/After, insertBefore/After, strings, compose. Each keeps the kind of
 * text it was given: a char row stays a char row, a cell stays a cell, strings stay strings.
 */
public final class ModernText {
    private ModernText() {
    }

    @Builtin("split")
    public static Value[] split(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        String s = Args.text(args[0], "split");
        List<String> parts = new ArrayList<>();
        if (args.length == 1) {
            for (String p : s.strip().split("\\s+", -1)) {
                parts.add(p);
            }
        } else {
            String[] delims = Args.texts(args[1], "split");
            int start = 0;
            int i = 0;
            while (i <= s.length()) {
                String hit = null;
                for (String d : delims) {
                    if (!d.isEmpty() && s.startsWith(d, i) && (hit == null || d.length() > hit.length())) {
                        hit = d;
                    }
                }
                if (hit != null) {
                    parts.add(s.substring(start, i));
                    i += hit.length();
                    start = i;
                } else {
                    i++;
                }
            }
            parts.add(s.substring(start));
        }
        return new Value[] {column(parts, args[0] instanceof StringArray)};
    }

    @Builtin("splitlines")
    public static Value splitlines(Value v) {
        String s = Args.text(v, "splitlines");
        List<String> parts = new ArrayList<>(List.of(s.split("\r\n|\n|\r", -1)));
        return column(parts, v instanceof StringArray);
    }

    /** A column of pieces: strings for string input, a cell of char rows otherwise. */
    private static Value column(List<String> parts, boolean strings) {
        if (strings) {
            return new StringArray(Dims.col(parts.size()), parts.toArray(new String[0]));
        }
        Value[] cells = new Value[parts.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = CharArray.of(parts.get(i));
        }
        return new CellArray(Dims.col(cells.length), cells);
    }

    @Builtin("replace")
    public static Value replace(Value s, Value from, Value to) {
        String[] olds = Args.texts(from, "replace");
        String[] news = Args.texts(to, "replace");
        if (news.length != 1 && news.length != olds.length) {
            throw Errors.of("MATLAB:string:replace:SizeMismatch",
                "Replacement text must be a single value or the same size as the text to replace.");
        }
        return TextMap.map(s, "replace", x -> {
            String out = x;
            for (int i = 0; i < olds.length; i++) {
                if (!olds[i].isEmpty()) {
                    out = out.replace(olds[i], news.length == 1 ? news[0] : news[i]);
                }
            }
            return out;
        });
    }

    @Builtin("erase")
    public static Value erase(Value s, Value what) {
        String[] olds = Args.texts(what, "erase");
        return TextMap.map(s, "erase", x -> {
            String out = x;
            for (String o : olds) {
                if (!o.isEmpty()) {
                    out = out.replace(o, "");
                }
            }
            return out;
        });
    }

    @Builtin("strip")
    public static Value[] strip(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        String side = "both";
        String chars = null;
        if (args.length >= 2) {
            String a = Args.text(args[1], "strip");
            if (args.length == 3 || a.equals("left") || a.equals("right") || a.equals("both")) {
                side = a;
                if (args.length == 3) {
                    chars = Args.text(args[2], "strip");
                }
            } else {
                chars = a;
            }
        }
        final String which = side;
        final String set = chars;
        return new Value[] {TextMap.map(args[0], "strip", x -> strip(x, which, set))};
    }

    private static String strip(String x, String side, String set) {
        int b = 0;
        int e = x.length();
        if (!side.equals("right")) {
            while (b < e && stripped(x.charAt(b), set)) {
                b++;
            }
        }
        if (!side.equals("left")) {
            while (e > b && stripped(x.charAt(e - 1), set)) {
                e--;
            }
        }
        return x.substring(b, e);
    }

    private static boolean stripped(char c, String set) {
        return set == null ? Character.isWhitespace(c) : set.indexOf(c) >= 0;
    }

    @Builtin("count")
    public static Value count(Value s, Value pattern) {
        String[] pats = Args.texts(pattern, "count");
        String[] items = s instanceof CharArray c ? new String[] {c.string()} : Args.texts(s, "count");
        double[] out = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            for (String p : pats) {
                if (p.isEmpty()) {
                    continue;
                }
                int at = items[i].indexOf(p);
                while (at >= 0) {
                    out[i]++;
                    at = items[i].indexOf(p, at + p.length());
                }
            }
        }
        return s instanceof CharArray ? DoubleArray.scalar(out[0]) : DoubleArray.of(s.dims(), out);
    }

    @Builtin("extractBefore")
    public static Value extractBefore(Value s, Value at) {
        return TextMap.map(s, "extractBefore", x -> {
            int i = position(x, at, "extractBefore", false);
            return i < 0 ? x : x.substring(0, i);
        });
    }

    @Builtin("extractAfter")
    public static Value extractAfter(Value s, Value at) {
        return TextMap.map(s, "extractAfter", x -> {
            int i = position(x, at, "extractAfter", true);
            return i < 0 ? x : x.substring(i);
        });
    }

    @Builtin("insertAfter")
    public static Value insertAfter(Value s, Value at, Value text) {
        String t = Args.text(text, "insertAfter");
        return TextMap.map(s, "insertAfter", x -> {
            int i = position(x, at, "insertAfter", true);
            return i < 0 ? x : x.substring(0, i) + t + x.substring(i);
        });
    }

    @Builtin("insertBefore")
    public static Value insertBefore(Value s, Value at, Value text) {
        String t = Args.text(text, "insertBefore");
        return TextMap.map(s, "insertBefore", x -> {
            int i = position(x, at, "insertBefore", false);
            return i < 0 ? x : x.substring(0, i) + t + x.substring(i);
        });
    }

    /**
     * Where a split point falls: after a 1-based position (numeric), or before/after the first
     * occurrence of a text; -1 when the text does not occur (MATLAB then returns missing; here the
     * text is kept whole).
     */
    private static int position(String x, Value at, String fn, boolean after) {
        if (Args.isText(at)) {
            String p = Args.text(at, fn);
            int i = x.indexOf(p);
            return i < 0 ? -1 : after ? i + p.length() : i;
        }
        double d = Args.scalar(at, fn);
        int pos = (int) d;
        if (pos != d || pos < (after ? 0 : 1) || pos > x.length() + (after ? 0 : 1)) {
            throw Errors.of("MATLAB:string:PositionOutOfRange", "Numeric position exceeds the number of characters.");
        }
        return after ? pos : pos - 1;
    }

    @Builtin("strings")
    public static Value[] strings(Value[] args, int nargout) {
        int[] dims = args.length == 0 ? Dims.SCALAR : mjc.stdlib.array.Dimensions.parse(args, args.length, "strings");
        String[] data = new String[Dims.numel(dims)];
        java.util.Arrays.fill(data, "");
        return new Value[] {new StringArray(dims, data)};
    }

    @Builtin("compose")
    public static Value[] compose(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        String fmt = Args.text(args[0], "compose");
        return new Value[] {StringArray.of(Formatter.format(fmt, args, 1))};
    }
}
