package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * sscanf: reads the text with the format again and again until the text or the size runs out
 * (MATLAB's "format is recycled"). Conversions %d %i %u %f %e %g %x %o %s %c %[...] with widths
 * and %*... to skip; literal text must match; white space in the format matches any amount.
 * The values fill a column (or the [m n] / [m Inf] size given); text read by %s or %c goes in
 * as character codes, and a format of only text conversions gives a char row.
 */
public final class Scanf {
    private Scanf() {
    }

    private record Spec(char conv, int width, boolean skip, String set) {
    }

    @Builtin("sscanf")
    public static Value[] sscanf(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        String text = Args.text(args[0], "sscanf");
        String format = Args.text(args[1], "sscanf");
        double limit = Double.POSITIVE_INFINITY;
        int rows = -1;
        if (args.length == 3) {
            double[] sz = sizeArg(args[2]);
            if (sz.length == 1) {
                limit = sz[0];
            } else {
                rows = (int) sz[0];
                limit = Double.isInfinite(sz[1]) ? Double.POSITIVE_INFINITY : sz[0] * sz[1];
            }
        }
        List<Object> items = parseFormat(format);
        boolean onlyText = items.stream().allMatch(o -> o instanceof String || o instanceof Spec s
            && (s.skip || s.conv == 's' || s.conv == 'c' || s.conv == '['));
        List<Double> out = new ArrayList<>();
        int pos = 0;
        int count = 0;
        String error = "";
        boolean progress = true;
        outer:
        while (pos < text.length() && out.size() < limit && progress) {
            int start = pos;
            for (Object item : items) {
                if (out.size() >= limit) {
                    break outer;
                }
                if (item instanceof String lit) {
                    if (lit.isBlank()) {
                        pos = skipSpace(text, pos);
                        continue;
                    }
                    if (!text.startsWith(lit, pos)) {
                        break outer;
                    }
                    pos += lit.length();
                    continue;
                }
                Spec s = (Spec) item;
                if (s.conv != 'c' && s.conv != '[') {
                    pos = skipSpace(text, pos);
                }
                if (pos >= text.length()) {
                    break outer;
                }
                int end = Math.min(text.length(), s.width > 0 ? pos + s.width : text.length());
                switch (s.conv) {
                    case 'd', 'i', 'u', 'x', 'o' -> {
                        int radix = s.conv == 'x' ? 16 : s.conv == 'o' ? 8 : 10;
                        int q = pos;
                        if (q < end && (text.charAt(q) == '-' || text.charAt(q) == '+') && radix == 10) {
                            q++;
                        }
                        if (radix == 16 && q + 1 < end && text.charAt(q) == '0' && (text.charAt(q + 1) == 'x'
                            || text.charAt(q + 1) == 'X')) {
                            q += 2;
                        }
                        int digits = q;
                        while (q < end && Character.digit(text.charAt(q), radix) >= 0) {
                            q++;
                        }
                        if (q == digits) {
                            error = "Matching failure in format.";
                            break outer;
                        }
                        String num = text.substring(pos, q).replaceFirst("^\\+", "").replaceFirst("0[xX]", "");
                        if (!s.skip) {
                            out.add((double) Long.parseLong(num, radix));
                            count++;
                        }
                        pos = q;
                    }
                    case 'f', 'e', 'g' -> {
                        java.util.regex.Matcher m = java.util.regex.Pattern
                            .compile("[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eEdD][+-]?\\d+)?|[Ii]nf(?:inity)?|NaN|nan)")
                            .matcher(text.substring(pos, end));
                        if (!m.lookingAt()) {
                            error = "Matching failure in format.";
                            break outer;
                        }
                        String num = m.group();
                        if (!s.skip) {
                            out.add(NumberParsing.parseDouble(num.replace('d', 'e').replace('D', 'e')));
                            count++;
                        }
                        pos += num.length();
                    }
                    case 's' -> {
                        int q = pos;
                        while (q < end && !Character.isWhitespace(text.charAt(q))) {
                            q++;
                        }
                        if (!s.skip) {
                            for (int k = pos; k < q; k++) {
                                out.add((double) text.charAt(k));
                            }
                            count++;
                        }
                        pos = q;
                    }
                    case 'c' -> {
                        int q = Math.min(text.length(), pos + Math.max(1, s.width));
                        if (!s.skip) {
                            for (int k = pos; k < q; k++) {
                                out.add((double) text.charAt(k));
                            }
                            count++;
                        }
                        pos = q;
                    }
                    default -> { // %[set]
                        boolean negate = s.set.startsWith("^");
                        String set = negate ? s.set.substring(1) : s.set;
                        int q = pos;
                        while (q < end && (set.indexOf(text.charAt(q)) >= 0) != negate) {
                            q++;
                        }
                        if (q == pos) {
                            break outer;
                        }
                        if (!s.skip) {
                            for (int k = pos; k < q; k++) {
                                out.add((double) text.charAt(k));
                            }
                            count++;
                        }
                        pos = q;
                    }
                }
            }
            progress = pos > start;
        }
        Value a;
        if (onlyText && !out.isEmpty()) {
            char[] c = new char[out.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) out.get(i).doubleValue();
            }
            a = new CharArray(Dims.row(c.length), c);
        } else {
            double[] v = out.stream().mapToDouble(Double::doubleValue).toArray();
            if (rows > 0) {
                int cols = (v.length + rows - 1) / rows;
                double[] full = java.util.Arrays.copyOf(v, rows * cols);
                a = DoubleArray.of(Dims.of(rows, cols), full);
            } else {
                a = v.length == 0 ? DoubleArray.empty() : DoubleArray.of(Dims.col(v.length), v);
            }
        }
        return new Value[] {a, DoubleArray.scalar(count), CharArray.of(error), DoubleArray.scalar(pos + 1)};
    }

    private static double[] sizeArg(Value v) {
        mjc.runtime.value.ArrayValue a = Args.array(v, "sscanf");
        double[] r = new double[a.numel()];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.re(i);
        }
        if (r.length < 1 || r.length > 2) {
            throw Errors.of("MATLAB:sscanf:badSize", "Size must be a scalar or a two-element vector.");
        }
        return r;
    }

    private static int skipSpace(String t, int p) {
        while (p < t.length() && Character.isWhitespace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Literal runs (white space runs kept apart) and conversion specs, in order. */
    private static List<Object> parseFormat(String f) {
        List<Object> items = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == '%' && i + 1 < f.length() && f.charAt(i + 1) == '%') {
                lit.append('%');
                i++;
                continue;
            }
            if (ch == '%') {
                flush(items, lit);
                int j = i + 1;
                boolean skip = false;
                if (j < f.length() && f.charAt(j) == '*') {
                    skip = true;
                    j++;
                }
                int w = 0;
                while (j < f.length() && Character.isDigit(f.charAt(j))) {
                    w = w * 10 + (f.charAt(j) - '0');
                    j++;
                }
                if (j < f.length() && f.charAt(j) == '.') { // precision: ignored when reading
                    j++;
                    while (j < f.length() && Character.isDigit(f.charAt(j))) {
                        j++;
                    }
                }
                while (j < f.length() && "lhL".indexOf(f.charAt(j)) >= 0) {
                    j++;
                }
                if (j >= f.length()) {
                    throw Errors.of("MATLAB:sscanf:badFormat", "Invalid format: '" + f + "'.");
                }
                char conv = f.charAt(j);
                if (conv == '[') {
                    int close = f.indexOf(']', j + 2);
                    if (close < 0) {
                        throw Errors.of("MATLAB:sscanf:badFormat", "Invalid format: '" + f + "'.");
                    }
                    items.add(new Spec('[', w, skip, f.substring(j + 1, close)));
                    i = close;
                    continue;
                }
                if ("diuxofegsc".indexOf(Character.toLowerCase(conv)) < 0) {
                    throw Errors.of("MATLAB:sscanf:badFormat", "Invalid format: '%" + conv + "' is not a conversion.");
                }
                items.add(new Spec(Character.toLowerCase(conv), w, skip, null));
                i = j;
                continue;
            }
            if (Character.isWhitespace(ch) != (lit.length() > 0 && Character.isWhitespace(lit.charAt(0)))) {
                flush(items, lit);
            }
            lit.append(ch);
        }
        flush(items, lit);
        return items;
    }

    private static void flush(List<Object> items, StringBuilder lit) {
        if (lit.length() > 0) {
            items.add(lit.toString());
            lit.setLength(0);
        }
    }
}
