package mjc.stdlib.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.text.NumberParsing;

/**
 * textscan(text or fid, format[, N], Name, Value...): the format's conversions read in turn,
 * again and again (N times at most), each filling one column of the 1-by-K cell result:
 * %f/%n doubles, %d/%dN/%u integers (int32 by default), %s/%q text (cellstr columns), %c one
 * character, %*... skipped, literal text matched. Fields are separated by white space or by
 * the 'Delimiter' characters (then empty fields read as NaN); 'HeaderLines' lines are skipped
 * first; 'CollectOutput' joins neighbouring numeric columns of one class.
 */
public final class Textscan {
    private Textscan() {
    }

    private record Conv(char kind, MClass cls, boolean skip, String literal) {
    }

    @Builtin("textscan")
    public static Value[] textscan(Value[] args, int nargout) {
        Args.count(args, 1, 20);
        String text = args[0] instanceof CharArray || args[0] instanceof StringArray ? Args.text(args[0], "textscan")
            : FileHandles.readRest(args[0], "textscan");
        String format = args.length > 1 ? Args.text(args[1], "textscan") : "%f";
        int k = 2;
        double repeat = Double.POSITIVE_INFINITY;
        if (args.length > k && !Args.isText(args[k])) {
            repeat = Args.scalar(args[k], "textscan");
            k++;
        }
        String delims = null;
        int header = 0;
        boolean collect = false;
        for (; k + 1 < args.length; k += 2) {
            String name = Args.text(args[k], "textscan").toLowerCase(Locale.ROOT);
            Value v = args[k + 1];
            switch (name) {
                case "delimiter" -> {
                    StringBuilder sb = new StringBuilder();
                    for (String d : v instanceof CellArray ? Args.texts(v, "textscan")
                        : new String[] {Args.text(v, "textscan")}) {
                        sb.append(d.replace("\\t", "\t").replace("\\n", "\n"));
                    }
                    delims = sb.toString();
                }
                case "headerlines" -> header = (int) Args.scalar(v, "textscan");
                case "collectoutput" -> collect = Args.truth(v);
                default -> { } // EndOfLine, Whitespace, ...: their defaults
            }
        }
        if (k < args.length) {
            throw Errors.of("MATLAB:textscan:NameValuePair", "Name-value arguments must come in pairs.");
        }
        for (int h = 0; h < header; h++) {
            int nl = text.indexOf('\n');
            text = nl < 0 ? "" : text.substring(nl + 1);
        }
        List<Conv> convs = parse(format);
        List<List<Object>> cols = new ArrayList<>();
        for (Conv c : convs) {
            if (c.literal == null && !c.skip) {
                cols.add(new ArrayList<>());
            }
        }
        Reader r = new Reader(text, delims);
        int rounds = 0;
        outer:
        while (rounds < repeat && !r.atEnd()) {
            int col = 0;
            int before = r.pos;
            for (Conv c : convs) {
                if (c.literal != null) {
                    r.skipSpace();
                    if (!r.text.startsWith(c.literal, r.pos)) {
                        break outer;
                    }
                    r.pos += c.literal.length();
                    continue;
                }
                String field = c.kind == 'c' ? r.character() : r.field(c.kind == 'q');
                if (field == null) {
                    break outer;
                }
                Object value;
                if (c.kind == 's' || c.kind == 'q' || c.kind == 'c') {
                    value = field;
                } else {
                    double x = field.isEmpty() ? Double.NaN : NumberParsing.parseDouble(field);
                    if (Double.isNaN(x) && !field.isEmpty() && !field.equalsIgnoreCase("nan")) {
                        r.pos = r.fieldStart; // not a number: the read stops here, as MATLAB's does
                        break outer;
                    }
                    value = x;
                }
                if (!c.skip) {
                    cols.get(col++).add(value);
                }
            }
            rounds++;
            if (r.pos == before) {
                break;
            }
        }
        List<Value> out = new ArrayList<>();
        int col = 0;
        for (Conv c : convs) {
            if (c.literal != null || c.skip) {
                continue;
            }
            out.add(column(cols.get(col++), c));
        }
        if (collect) {
            out = collected(out);
        }
        return new Value[] {new CellArray(Dims.row(out.size()), out.stream().map(Value::share).toArray(Value[]::new)),
            DoubleArray.scalar(r.pos)};
    }

    private static Value column(List<Object> items, Conv c) {
        int n = items.size();
        if (c.kind == 's' || c.kind == 'q' || c.kind == 'c') {
            if (c.kind == 'c') {
                char[] ch = new char[n];
                for (int i = 0; i < n; i++) {
                    ch[i] = ((String) items.get(i)).charAt(0);
                }
                return new CharArray(Dims.col(n), ch);
            }
            Value[] cells = new Value[n];
            for (int i = 0; i < n; i++) {
                cells[i] = CharArray.of((String) items.get(i)).share();
            }
            return new CellArray(n == 0 ? new int[] {0, 1} : Dims.col(n), cells);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (Double) items.get(i);
        }
        if (c.cls == MClass.DOUBLE) {
            return DoubleArray.of(n == 0 ? new int[] {0, 1} : Dims.col(n), v);
        }
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            double x = Double.isNaN(v[i]) ? 0 : Math.rint(v[i]);
            l[i] = (long) Math.max(c.cls.min, Math.min(x, c.cls == MClass.UINT64 ? 1.8446744073709552E19 : c.cls.max));
        }
        return new IntArray(c.cls, n == 0 ? new int[] {0, 1} : Dims.col(n), l);
    }

    private static List<Value> collected(List<Value> cols) {
        List<Value> out = new ArrayList<>();
        for (Value v : cols) {
            if (!out.isEmpty() && v instanceof DoubleArray d && out.get(out.size() - 1) instanceof DoubleArray p
                && p.rows() == d.rows()) {
                out.set(out.size() - 1, mjc.runtime.ops.Concat.horzcat(p, d));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static List<Conv> parse(String f) {
        List<Conv> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch != '%') {
                if (Character.isWhitespace(ch)) {
                    if (lit.length() > 0) {
                        out.add(new Conv('L', null, false, lit.toString()));
                        lit.setLength(0);
                    }
                } else {
                    lit.append(ch == '\\' && i + 1 < f.length() && f.charAt(i + 1) == 't' ? '\t' : ch);
                    if (ch == '\\' && i + 1 < f.length() && f.charAt(i + 1) == 't') {
                        i++;
                    }
                }
                continue;
            }
            if (lit.length() > 0) {
                out.add(new Conv('L', null, false, lit.toString()));
                lit.setLength(0);
            }
            int j = i + 1;
            boolean skip = j < f.length() && f.charAt(j) == '*';
            if (skip) {
                j++;
            }
            while (j < f.length() && (Character.isDigit(f.charAt(j)) || f.charAt(j) == '.')) {
                j++;
            }
            if (j >= f.length()) {
                throw Errors.of("MATLAB:textscan:badFormat", "Invalid format '" + f + "'.");
            }
            char kind = f.charAt(j);
            MClass cls = MClass.DOUBLE;
            int bits = 0;
            int q = j + 1;
            while (q < f.length() && Character.isDigit(f.charAt(q))) {
                bits = bits * 10 + (f.charAt(q) - '0');
                q++;
            }
            switch (kind) {
                case 'f', 'n' -> {
                    cls = bits == 32 ? MClass.SINGLE : MClass.DOUBLE;
                    kind = 'f';
                }
                case 'd' -> cls = bits == 8 ? MClass.INT8 : bits == 16 ? MClass.INT16 : bits == 64 ? MClass.INT64 : MClass.INT32;
                case 'u' -> cls = bits == 8 ? MClass.UINT8 : bits == 16 ? MClass.UINT16 : bits == 64 ? MClass.UINT64
                    : MClass.UINT32;
                case 's', 'q', 'c' -> { }
                default -> throw Errors.of("MATLAB:textscan:badFormat", "'%" + kind + "' is not a textscan conversion.");
            }
            if (cls == MClass.SINGLE) {
                cls = MClass.DOUBLE; // read as double; single columns are rare enough to keep the type simple
            }
            out.add(new Conv(kind, cls, skip, null));
            i = (kind == 's' || kind == 'q' || kind == 'c') ? j : q - 1;
        }
        if (lit.length() > 0) {
            out.add(new Conv('L', null, false, lit.toString()));
        }
        return out;
    }

    /** Walks the text field by field. */
    private static final class Reader {
        final String text;
        final String delims;
        int pos;
        int fieldStart;

        Reader(String text, String delims) {
            this.text = text;
            this.delims = delims;
        }

        boolean atEnd() {
            skipSpace();
            return pos >= text.length();
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))
                && (delims == null || delims.indexOf(text.charAt(pos)) < 0 || text.charAt(pos) == '\n')) {
                pos++;
            }
        }

        String character() {
            if (pos >= text.length()) {
                return null;
            }
            return String.valueOf(text.charAt(pos++));
        }

        /** The next field: up to white space (or a delimiter, which is consumed). */
        String field(boolean quoted) {
            skipSpace();
            if (pos >= text.length()) {
                return null;
            }
            fieldStart = pos;
            if (quoted && text.charAt(pos) == '"') {
                int end = text.indexOf('"', pos + 1);
                String f = end < 0 ? text.substring(pos + 1) : text.substring(pos + 1, end);
                pos = end < 0 ? text.length() : end + 1;
                consumeDelimiter();
                return f;
            }
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (delims != null ? delims.indexOf(c) >= 0 || c == '\n' || c == '\r' : Character.isWhitespace(c)) {
                    break;
                }
                pos++;
            }
            String f = text.substring(start, pos).strip();
            consumeDelimiter();
            return f;
        }

        private void consumeDelimiter() {
            if (delims == null) {
                return;
            }
            while (pos < text.length() && text.charAt(pos) == ' ' && delims.indexOf(' ') < 0) {
                pos++;
            }
            if (pos < text.length() && delims.indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }
    }
}
