package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.text.CFormat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/**
 * The engine of sprintf and fprintf. Arguments are flattened into a list of items (numbers
 * element by element, each char array or string as one text item), and the format is applied
 * again and again until the items run out; output stops at the first conversion that has no
 * item left. A text item met by a numeric conversion is read as its character codes; a
 * non-integer met by %d is printed with %e, as MATLAB does.
 */
public final class Formatter {
    private Formatter() {
    }

    /** One flattened argument: a number or a piece of text. */
    private static final class Item {
        final double number;
        final String text;
        final boolean unsigned64;
        final long bits;

        Item(double number) {
            this.number = number;
            this.text = null;
            this.unsigned64 = false;
            this.bits = 0;
        }

        Item(String text) {
            this.number = 0;
            this.text = text;
            this.unsigned64 = false;
            this.bits = 0;
        }

        Item(long bits, boolean unsigned64) {
            this.number = unsigned64 && bits < 0 ? (double) (bits >>> 1) * 2.0 + (bits & 1) : bits;
            this.text = null;
            this.unsigned64 = unsigned64;
            this.bits = bits;
        }
    }

    /** A parsed piece of the format: literal text or a conversion. */
    private static final class Piece {
        String literal;
        char conv;
        String flags = "";
        int width = -1;
        boolean widthStar;
        int precision = -1;
        boolean precisionStar;
    }

    public static String format(String fmt, Value[] args, int from) {
        List<Item> items = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            flatten(args[i], items);
        }
        List<Piece> pieces = parse(escape(fmt));
        StringBuilder out = new StringBuilder();
        int next = 0;
        boolean hasConversion = pieces.stream().anyMatch(p -> p.literal == null);
        if (!hasConversion) {
            for (Piece p : pieces) {
                out.append(p.literal);
            }
            return out.toString();
        }
        boolean first = true;
        while (first || next < items.size()) {
            first = false;
            for (Piece p : pieces) {
                if (p.literal != null) {
                    out.append(p.literal);
                    continue;
                }
                int width = p.width;
                int precision = p.precision;
                if (p.widthStar) {
                    if (next >= items.size()) {
                        return out.toString();
                    }
                    width = (int) items.get(next++).number;
                }
                if (p.precisionStar) {
                    if (next >= items.size()) {
                        return out.toString();
                    }
                    precision = (int) items.get(next++).number;
                }
                if (next >= items.size()) {
                    if (items.isEmpty() && next == 0) {
                        // no data at all: conversions print nothing, literals still print
                        continue;
                    }
                    return out.toString();
                }
                Item it = items.get(next);
                if (it.text != null && p.conv != 's' && p.conv != 'c') {
                    // a text item met by a numeric conversion: expand into its character codes
                    items.remove(next);
                    List<Item> codes = new ArrayList<>();
                    for (char ch : it.text.toCharArray()) {
                        codes.add(new Item(ch));
                    }
                    items.addAll(next, codes);
                    if (codes.isEmpty()) {
                        continue;
                    }
                    it = items.get(next);
                }
                next++;
                out.append(convert(p, width, precision, it));
            }
            if (items.isEmpty()) {
                break;
            }
        }
        return out.toString();
    }

    private static void flatten(Value v, List<Item> items) {
        if (v instanceof CharArray c) {
            items.add(new Item(c.string()));
        } else if (v instanceof StringArray s) {
            for (int i = 0; i < s.numel(); i++) {
                items.add(new Item(s.get(i) == null ? "<missing>" : s.get(i)));
            }
        } else if (v instanceof IntArray ia) {
            for (int i = 0; i < ia.numel(); i++) {
                items.add(new Item(ia.get(i), ia.mclass() == MClass.UINT64));
            }
        } else if (v instanceof ArrayValue a) {
            for (int i = 0; i < a.numel(); i++) {
                items.add(new Item(a.re(i)));
            }
        } else if (v instanceof CellArray) {
            throw Errors.of("MATLAB:sprintf:InvalidInputType",
                "Function sprintf is not defined for 'cell' inputs.");
        } else {
            throw Errors.of("MATLAB:sprintf:InvalidInputType",
                "Function sprintf is not defined for '" + v.className() + "' inputs.");
        }
    }

    /** Processes the escape sequences MATLAB recognizes in format strings. */
    public static String escape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'n':
                    sb.append('\n');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 'a':
                    sb.append('\u0007');
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'v':
                    sb.append('\u000b');
                    break;
                case '\\':
                    sb.append('\\');
                    break;
                case 'x': {
                    int j = i + 1;
                    while (j < s.length() && j < i + 5 && Character.digit(s.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j > i + 1) {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, j), 16));
                        i = j - 1;
                    } else {
                        sb.append("\\x");
                    }
                    break;
                }
                default:
                    if (d >= '0' && d <= '7') {
                        int j = i;
                        while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                            j++;
                        }
                        sb.append((char) Integer.parseInt(s.substring(i, j), 8));
                        i = j - 1;
                    } else {
                        sb.append('\\').append(d);
                    }
            }
        }
        return sb.toString();
    }

    private static List<Piece> parse(String f) {
        List<Piece> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c != '%') {
                lit.append(c);
                i++;
                continue;
            }
            if (i + 1 < f.length() && f.charAt(i + 1) == '%') {
                lit.append('%');
                i += 2;
                continue;
            }
            int start = i;
            i++;
            Piece p = new Piece();
            StringBuilder flags = new StringBuilder();
            while (i < f.length() && "-+ 0#".indexOf(f.charAt(i)) >= 0) {
                flags.append(f.charAt(i++));
            }
            p.flags = flags.toString();
            if (i < f.length() && f.charAt(i) == '*') {
                p.widthStar = true;
                i++;
            } else {
                int ws = i;
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    i++;
                }
                if (i > ws) {
                    p.width = Integer.parseInt(f.substring(ws, i));
                }
            }
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                if (i < f.length() && f.charAt(i) == '*') {
                    p.precisionStar = true;
                    i++;
                } else {
                    int ps = i;
                    while (i < f.length() && Character.isDigit(f.charAt(i))) {
                        i++;
                    }
                    p.precision = i > ps ? Integer.parseInt(f.substring(ps, i)) : 0;
                }
            }
            while (i < f.length() && "lhLqjzt".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            if (i >= f.length() || "diouxXfFeEgGcsaA".indexOf(f.charAt(i)) < 0) {
                // not a valid conversion: print it literally, as MATLAB does
                lit.append(f, start, Math.min(i + 1, f.length()));
                i = Math.min(i + 1, f.length());
                continue;
            }
            p.conv = f.charAt(i++);
            if (lit.length() > 0) {
                Piece l = new Piece();
                l.literal = lit.toString();
                out.add(l);
                lit.setLength(0);
            }
            out.add(p);
        }
        if (lit.length() > 0) {
            Piece l = new Piece();
            l.literal = lit.toString();
            out.add(l);
        }
        return out;
    }

    private static String convert(Piece p, int width, int precision, Item it) {
        String flags = p.flags;
        boolean left = flags.indexOf('-') >= 0 || width < -1;
        if (width < -1) {
            width = -width;
        }
        boolean zero = flags.indexOf('0') >= 0 && !left;
        char conv = p.conv;
        String body;
        if (conv == 's') {
            if (it.text != null) {
                body = it.text;
            } else {
                double v = it.number;
                if (Math.rint(v) == v && Double.isFinite(v)) {
                    body = CFormat.integer(v);
                    body = v >= 0 && v < 65536 && Math.rint(v) == v ? String.valueOf((char) v) : body;
                } else {
                    body = Double.isFinite(v) ? number('e', flags, precision < 0 ? 6 : precision, v)
                        : Double.isNaN(v) ? "NaN" : (v < 0 ? "-Inf" : "Inf");
                }
            }
            if (precision >= 0 && it.text != null && precision < body.length()) {
                body = body.substring(0, precision);
            }
            return CFormat.pad(body, width, left, false);
        }
        if (conv == 'c') {
            body = it.text != null ? it.text : String.valueOf((char) it.number);
            return CFormat.pad(body, width, left, false);
        }
        double v = it.number;
        if (!Double.isFinite(v)) {
            String s = Double.isNaN(v) ? "NaN" : (v < 0 ? "-Inf" : (flags.indexOf('+') >= 0 ? "+Inf" : "Inf"));
            return CFormat.pad(s, width, left, false);
        }
        switch (conv) {
            case 'd':
            case 'i':
            case 'u':
                if (Math.rint(v) != v) {
                    String alt = precision >= 0 ? number('f', flags, precision, v) : number('e', flags, 6, v);
                    return CFormat.pad(alt, width, left, zero);
                }
                body = it.unsigned64 ? Long.toUnsignedString(it.bits) : CFormat.integer(v);
                if (v == 0) {
                    body = "0";
                }
                body = sign(body, flags, v);
                return CFormat.pad(body, width, left, zero);
            case 'x':
            case 'X':
            case 'o':
                if (Math.rint(v) != v || v < 0) {
                    return CFormat.pad(number('e', flags, 6, v), width, left, zero);
                }
                long l = it.unsigned64 ? it.bits : (long) v;
                body = conv == 'o' ? Long.toOctalString(l) : Long.toHexString(l);
                if (conv == 'X') {
                    body = body.toUpperCase();
                }
                if (flags.indexOf('#') >= 0 && l != 0) {
                    body = (conv == 'o' ? "0" : conv == 'x' ? "0x" : "0X") + body;
                }
                return CFormat.pad(body, width, left, zero);
            default:
                body = number(conv, flags, precision < 0 ? 6 : precision, v);
                return CFormat.pad(body, width, left, zero);
        }
    }

    private static String sign(String body, String flags, double v) {
        if (v >= 0 && !body.startsWith("-")) {
            if (flags.indexOf('+') >= 0) {
                return "+" + body;
            }
            if (flags.indexOf(' ') >= 0) {
                return " " + body;
            }
        }
        return body;
    }

    private static String number(char conv, String flags, int precision, double v) {
        boolean alt = flags.indexOf('#') >= 0;
        String s;
        switch (conv) {
            case 'f':
            case 'F':
                s = CFormat.fixed(v, precision);
                if (alt && precision == 0) {
                    s = s + ".";
                }
                break;
            case 'e':
            case 'E':
                s = CFormat.sci(v, precision, conv == 'E');
                break;
            case 'g':
            case 'G':
                s = CFormat.general(v, precision, conv == 'G', alt);
                break;
            default:
                s = CFormat.sci(v, precision, false);
        }
        return sign(s, flags, v);
    }
}
