package mjc.stdlib.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.text.NumberParsing;

/**
 * Delimited text files with Apache Commons CSV (quoting, CRLF, ragged rows): csvread/dlmread
 * (numbers, with a row/column offset, empty fields 0), readmatrix (numbers, NaN where a field
 * is not one; header lines of text skipped), readcell (numbers and text), and
 * csvwrite/dlmwrite/writematrix/writecell, written through a temporary file and moved into
 * place so a failure leaves the old file whole.
 */
public final class DelimitedFiles {
    private DelimitedFiles() {
    }

    public static String read(Path p, String fn) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.of("MATLAB:" + fn + ":FileNotFound", "Unable to find or open '" + p + "'. Check the path and"
                + " filename or file permissions.");
        }
    }

    /** The delimiter: the one given, else the first of , tab ; | that the text uses, else white space. */
    public static char delimiter(String text, String given) {
        if (given != null) {
            return switch (given) {
                case "\\t", "tab" -> '\t';
                case " ", "space" -> ' ';
                default -> given.isEmpty() ? ',' : given.charAt(0);
            };
        }
        for (char c : new char[] {',', '\t', ';', '|'}) {
            if (text.indexOf(c) >= 0) {
                return c;
            }
        }
        return ' ';
    }

    public static List<List<String>> records(String text, char delim) {
        List<List<String>> rows = new ArrayList<>();
        if (delim == ' ') {
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                rows.add(List.of(line.strip().split("\\s+")));
            }
            return rows;
        }
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(delim).setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader r = new StringReader(text); CSVParser p = CSVParser.parse(r, f)) {
            for (CSVRecord rec : p) {
                List<String> row = new ArrayList<>();
                rec.forEach(row::add);
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            throw Errors.of("MATLAB:textio:badFormat", "Cannot read the delimited text: " + e.getMessage());
        }
        return rows;
    }

    public static double number(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return NumberParsing.parseDouble(s.strip());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public static boolean isNumber(String s) {
        return !Double.isNaN(number(s)) || s.strip().equalsIgnoreCase("nan");
    }

    /** Rows (ragged ones padded with fill) as an m-by-n double matrix. */
    private static Value matrix(List<List<String>> rows, int r0, int c0, double fill) {
        int m = Math.max(0, rows.size() - r0);
        int n = 0;
        for (int i = r0; i < rows.size(); i++) {
            n = Math.max(n, rows.get(i).size() - c0);
        }
        n = Math.max(0, n);
        double[] a = new double[m * n];
        for (int i = 0; i < m; i++) {
            List<String> row = rows.get(r0 + i);
            for (int j = 0; j < n; j++) {
                String s = c0 + j < row.size() ? row.get(c0 + j) : null;
                double v = s == null || s.isBlank() ? fill : number(s);
                a[i + j * m] = v;
            }
        }
        return m == 0 || n == 0 ? DoubleArray.empty() : DoubleArray.of(Dims.of(m, n), a);
    }

    /** csvread(file[, r, c]): numbers from a comma-separated file, from zero-based row r and column c. */
    @Builtin("csvread")
    public static Value[] csvread(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        return dlm(args, ",", "csvread");
    }

    /** dlmread(file[, delim][, r, c]). */
    @Builtin("dlmread")
    public static Value[] dlmread(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        String delim = args.length > 1 && Args.isText(args[1]) ? Args.text(args[1], "dlmread") : null;
        Value[] rest = delim != null ? dropSecond(args) : args;
        return dlm(rest, delim, "dlmread");
    }

    private static Value[] dropSecond(Value[] args) {
        Value[] r = new Value[args.length - 1];
        r[0] = args[0];
        System.arraycopy(args, 2, r, 1, args.length - 2);
        return r;
    }

    private static Value[] dlm(Value[] args, String delim, String fn) {
        Path p = Path.of(Args.text(args[0], fn));
        String text = read(p, fn);
        int r0 = args.length > 1 ? (int) Args.scalar(args[1], fn) : 0;
        int c0 = args.length > 2 ? (int) Args.scalar(args[2], fn) : 0;
        List<List<String>> rows = records(text, delimiter(text, delim));
        return new Value[] {matrix(rows, r0, c0, 0)};
    }

    /** readmatrix(file[, 'Delimiter', d, 'NumHeaderLines', k]): numbers, NaN for text fields; leading text rows skipped. */
    @Builtin("readmatrix")
    public static Value[] readmatrix(Value[] args, int nargout) {
        Args.count(args, 1, 9);
        Path p = Path.of(Args.text(args[0], "readmatrix"));
        String text = read(p, "readmatrix");
        String delim = null;
        int header = -1;
        for (int i = 1; i + 1 < args.length; i += 2) {
            String name = Args.text(args[i], "readmatrix").toLowerCase(Locale.ROOT);
            switch (name) {
                case "delimiter" -> delim = Args.text(args[i + 1], "readmatrix");
                case "numheaderlines" -> header = (int) Args.scalar(args[i + 1], "readmatrix");
                default -> { } // other import options: their defaults
            }
        }
        List<List<String>> rows = records(text, delimiter(text, delim));
        if (header < 0) {
            header = 0;
            while (header < rows.size() && rows.get(header).stream().noneMatch(DelimitedFiles::isNumber)) {
                header++;
            }
        }
        return new Value[] {matrix(rows, header, 0, Double.NaN)};
    }

    /** readcell(file): every field, a number where it reads as one, else its text. */
    @Builtin("readcell")
    public static Value[] readcell(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        Path p = Path.of(Args.text(args[0], "readcell"));
        String text = read(p, "readcell");
        String delim = args.length == 3 ? Args.text(args[2], "readcell") : null;
        List<List<String>> rows = records(text, delimiter(text, delim));
        int m = rows.size();
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        Value[] cells = new Value[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                String s = j < rows.get(i).size() ? rows.get(i).get(j) : null;
                Value v = s == null || s.isEmpty() ? mjc.runtime.value.DoubleArray.EMPTY // missing: MATLAB's <missing>, shown as []
                    : isNumber(s) ? DoubleArray.scalar(number(s)) : CharArray.of(s);
                cells[i + j * m] = v.share();
            }
        }
        return new Value[] {new CellArray(m == 0 ? Dims.EMPTY : Dims.of(m, n), cells)};
    }

    // ------------------------------------------------------------------ writing

    public static void write(Path p, String text, String fn) {
        Path tmp = null;
        try {
            tmp = AtomicFiles.create(p);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            AtomicFiles.commit(tmp, p);
        } catch (IOException e) {
            if (tmp != null) {
                AtomicFiles.discard(tmp);
            }
            throw Errors.of("MATLAB:" + fn + ":FileNotWritable", "Unable to write to the file '" + p + "': "
                + e.getMessage());
        }
    }

    /** MATLAB writes numbers with up to 5 significant digits in csvwrite/dlmwrite ('%g'), full precision in writematrix. */
    public static String field(double v, boolean full) {
        if (Double.isNaN(v)) {
            return full ? "NaN" : "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return full ? shortest(v) : String.format(Locale.ROOT, "%g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }

    private static String shortest(double v) {
        for (int p = 1; p <= 17; p++) {
            String s = String.format(Locale.ROOT, "%." + p + "g", v);
            if (Double.parseDouble(s) == v) {
                return s.contains("e") ? s.replaceFirst("\\.?0+e", "e") : s.contains(".") ? s.replaceFirst("\\.?0+$", "") : s;
            }
        }
        return Double.toString(v);
    }

    private static String matrixText(ArrayValue a, String delim, boolean full) {
        int[] d = a.dims();
        int m = d[0];
        int n = a.numel() / Math.max(1, m);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (j > 0) {
                    sb.append(delim);
                }
                sb.append(field(a.re(i + j * m), full));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Builtin("csvwrite")
    public static Value[] csvwrite(Value[] args, int nargout) {
        Args.count(args, 2, 4);
        Path p = Path.of(Args.text(args[0], "csvwrite"));
        write(p, matrixText(Args.array(args[1], "csvwrite"), ",", false), "csvwrite");
        return new Value[0];
    }

    /** dlmwrite(file, M[, delim]) or with 'delimiter', d / '-append'. */
    @Builtin("dlmwrite")
    public static Value[] dlmwrite(Value[] args, int nargout) {
        Args.count(args, 2, 8);
        Path p = Path.of(Args.text(args[0], "dlmwrite"));
        String delim = ",";
        boolean append = false;
        for (int i = 2; i < args.length; i++) {
            String a = Args.text(args[i], "dlmwrite");
            if (a.equals("-append")) {
                append = true;
            } else if (a.equalsIgnoreCase("delimiter") && i + 1 < args.length) {
                delim = Args.text(args[++i], "dlmwrite");
            } else if (i == 2) {
                delim = a;
            } else if (a.equalsIgnoreCase("precision") && i + 1 < args.length) {
                i++; // a precision: the %g default is kept
            }
        }
        if (delim.equals("\\t")) {
            delim = "\t";
        }
        String text = matrixText(Args.array(args[1], "dlmwrite"), delim, false);
        if (append && Files.exists(p)) {
            text = read(p, "dlmwrite") + text;
        }
        write(p, text, "dlmwrite");
        return new Value[0];
    }

    /** writematrix(M, file[, 'Delimiter', d]): full precision, comma-separated by default. */
    @Builtin("writematrix")
    public static Value[] writematrix(Value[] args, int nargout) {
        Args.count(args, 1, 6);
        Value m = args[0];
        Path p = Path.of(args.length > 1 ? Args.text(args[1], "writematrix") : "matrix.txt");
        String delim = ",";
        for (int i = 2; i + 1 < args.length; i += 2) {
            if (Args.text(args[i], "writematrix").equalsIgnoreCase("delimiter")) {
                delim = delimiterName(Args.text(args[i + 1], "writematrix"));
            }
        }
        if (p.toString().endsWith(".txt") && args.length <= 2 && !(m instanceof CharArray)) {
            delim = ",";
        }
        if (m instanceof StringArray || m instanceof CharArray || m instanceof CellArray) {
            write(p, cellText(m, delim), "writematrix");
        } else {
            write(p, matrixText(Args.array(m, "writematrix"), delim, true), "writematrix");
        }
        return new Value[0];
    }

    /** writecell(C, file[, 'Delimiter', d]). */
    @Builtin("writecell")
    public static Value[] writecell(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        Path p = Path.of(args.length > 1 ? Args.text(args[1], "writecell") : "cell.txt");
        String delim = ",";
        if (args.length == 4 && Args.text(args[2], "writecell").equalsIgnoreCase("delimiter")) {
            delim = delimiterName(Args.text(args[3], "writecell"));
        }
        write(p, cellText(args[0], delim), "writecell");
        return new Value[0];
    }

    public static String delimiterName(String d) {
        return switch (d.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t" -> "\t";
            case "space" -> " ";
            case "semi", "semicolon" -> ";";
            case "bar" -> "|";
            case "comma" -> ",";
            default -> d;
        };
    }

    private static String cellText(Value v, String delim) {
        int[] d = v.dims();
        int m = d[0];
        int n = v.numel() / Math.max(1, m);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (j > 0) {
                    sb.append(delim);
                }
                Value e = v instanceof CellArray c ? c.get(i + j * m)
                    : v instanceof StringArray s ? StringArray.of(s.get(i + j * m)) : v;
                String t;
                if (e instanceof CharArray ch) {
                    t = ch.string();
                } else if (e instanceof StringArray s && s.numel() == 1) {
                    t = s.get(0) == null ? "" : s.get(0);
                } else if (e instanceof ArrayValue a && a.numel() == 1) {
                    t = field(a.re(0), true);
                } else {
                    t = "";
                }
                if (t.contains(delim) || t.contains("\"") || t.contains("\n")) {
                    t = "\"" + t.replace("\"", "\"\"") + "\"";
                }
                sb.append(t);
                if (v instanceof CharArray) {
                    j = n; // a char row is one field
                }
            }
            sb.append('\n');
            if (v instanceof CharArray) {
                break;
            }
        }
        return sb.toString();
    }
}
