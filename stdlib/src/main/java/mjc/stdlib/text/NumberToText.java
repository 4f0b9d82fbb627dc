package mjc.stdlib.text;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.text.CFormat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.types.Conversions;

/** Numbers to text and back: num2str, int2str, mat2str, str2double, str2num. */
public final class NumberToText {
    private NumberToText() {
    }

    @Builtin("num2str")
    public static Value[] num2str(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        Value v = args[0];
        if (v instanceof CharArray) {
            return new Value[] {v};
        }
        if (v instanceof StringArray) {
            throw Errors.of("MATLAB:num2str:InvalidArg", "Input to num2str must be numeric.");
        }
        ArrayValue a = Args.array(v, "num2str");
        if (args.length == 2) {
            if (Args.isText(args[1])) {
                return new Value[] {CharArray.of(Formatter.format(Args.text(args[1], "num2str"), new Value[] {a}, 0))};
            }
            int prec = (int) Args.scalar(args[1], "num2str");
            return new Value[] {matrixText(a, "%." + prec + "g", true)};
        }
        if (a.numel() == 0) {
            return new Value[] {CharArray.of("")};
        }
        boolean allInt = true;
        double maxAbs = 0;
        boolean neg = false;
        for (int i = 0; i < a.numel(); i++) {
            double x = a.re(i);
            if (Double.isFinite(x)) {
                maxAbs = Math.max(maxAbs, Math.abs(x));
            }
            if (x != Math.rint(x) && !Double.isNaN(x) && Double.isFinite(x)) {
                allInt = false;
            }
            if (a.im(i) != 0) {
                allInt = false;
            }
            if (x < 0) {
                neg = true;
            }
        }
        if (a.isComplex()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.numel(); i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                sb.append(mjc.runtime.text.NumberText.shortG(a.re(i), a.im(i), a.mclass()));
            }
            return new Value[] {CharArray.of(sb.toString())};
        }
        if (allInt || a instanceof IntArray || a instanceof LogicalArray) {
            if (a.numel() == 1) {
                return new Value[] {CharArray.of(intText(a, 0))};
            }
            int w = 0;
            for (int i = 0; i < a.numel(); i++) {
                w = Math.max(w, intText(a, i).length());
            }
            return new Value[] {columns(a, w + 2, i -> intText(a, i))};
        }
        int dgt = maxAbs == 0 ? 0 : (int) Math.floor(Math.log10(maxAbs));
        dgt = Math.min(Math.max(dgt + 5, 5), a.mclass() == MClass.SINGLE ? 8 : 16);
        final int p = dgt;
        if (a.numel() == 1) {
            return new Value[] {CharArray.of(gText(a.re(0), p))};
        }
        int w = dgt + 7 + (neg ? 1 : 0);
        return new Value[] {columns(a, w, i -> gText(a.re(i), p))};
    }

    private static String intText(ArrayValue a, int i) {
        if (a instanceof IntArray ia) {
            return ia.mclass() == MClass.UINT64 ? Long.toUnsignedString(ia.get(i)) : Long.toString(ia.get(i));
        }
        double x = a.re(i);
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return CFormat.integer(x == 0 ? 0 : x);
    }

    private static String gText(double x, int prec) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return CFormat.general(x, prec, false, false);
    }

    interface ElementText {
        String text(int i);
    }

    /** Right-aligns elements in fixed-width columns, one text row per matrix row, then trims common leading blanks. */
    private static Value columns(ArrayValue a, int width, ElementText f) {
        int nr = a.dims()[0];
        int nc = a.numel() / Math.max(1, nr);
        String[] rows = new String[nr];
        for (int r = 0; r < nr; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < nc; c++) {
                String t = f.text(r + c * nr);
                sb.append(" ".repeat(Math.max(0, width - t.length()))).append(t);
            }
            rows[r] = sb.toString();
        }
        int common = Integer.MAX_VALUE;
        for (String row : rows) {
            int k = 0;
            while (k < row.length() && row.charAt(k) == ' ') {
                k++;
            }
            common = Math.min(common, k);
        }
        for (int r = 0; r < nr; r++) {
            rows[r] = rows[r].substring(common).stripTrailing();
        }
        return Conversions.rows(rows);
    }

    private static Value matrixText(ArrayValue a, String fmt, boolean trim) {
        int nr = a.dims()[0];
        int nc = a.numel() / Math.max(1, nr);
        String[] rows = new String[nr];
        for (int r = 0; r < nr; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < nc; c++) {
                if (c > 0) {
                    sb.append("  ");
                }
                sb.append(Formatter.format(fmt, new Value[] {DoubleArray.scalar(a.re(r + c * nr))}, 0));
            }
            rows[r] = trim ? sb.toString().strip() : sb.toString();
        }
        return Conversions.rows(rows);
    }

    @Builtin("int2str")
    public static Value int2str(Value v) {
        ArrayValue a = Args.array(v, "int2str");
        int n = a.numel();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = IntArray.roundHalfAway(a.re(i));
        }
        return num2str(new Value[] {DoubleArray.of(a.dims(), r)}, 1)[0];
    }

    @Builtin("mat2str")
    public static Value[] mat2str(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        Value v = args[0];
        int prec = 15;
        if (args.length > 1 && !Args.isText(args[1])) {
            prec = (int) Args.scalar(args[1], "mat2str");
        }
        if (v instanceof CharArray c) {
            int[] d = c.dims();
            if (d[0] <= 1) {
                return new Value[] {CharArray.of("'" + c.string().replace("'", "''") + "'")};
            }
            StringBuilder sb = new StringBuilder("[");
            for (int r = 0; r < d[0]; r++) {
                if (r > 0) {
                    sb.append(';');
                }
                sb.append('\'').append(c.row(r).replace("'", "''")).append('\'');
            }
            return new Value[] {CharArray.of(sb.append(']').toString())};
        }
        ArrayValue a = Args.array(v, "mat2str");
        int[] d = a.dims();
        if (d.length > 2) {
            throw Errors.of("MATLAB:mat2str:TwoDInput", "Input matrix must be 2-D.");
        }
        if (a.numel() == 0) {
            return new Value[] {CharArray.of(d[0] == 0 && d[1] == 0 ? "[]" : "zeros(" + d[0] + "," + d[1] + ")")};
        }
        StringBuilder sb = new StringBuilder();
        boolean bracket = a.numel() != 1;
        if (bracket) {
            sb.append('[');
        }
        for (int r = 0; r < d[0]; r++) {
            if (r > 0) {
                sb.append(';');
            }
            for (int c = 0; c < d[1]; c++) {
                if (c > 0) {
                    sb.append(' ');
                }
                sb.append(element(a, r + c * d[0], prec));
            }
        }
        if (bracket) {
            sb.append(']');
        }
        return new Value[] {CharArray.of(sb.toString())};
    }

    private static String element(ArrayValue a, int i, int prec) {
        if (a instanceof LogicalArray l) {
            return l.get(i) ? "true" : "false";
        }
        if (a instanceof IntArray ia) {
            return intText(ia, i);
        }
        String re = real(a.re(i), prec);
        if (!a.isComplex()) {
            return re;
        }
        double im = a.im(i);
        String imText = real(Math.abs(im), prec);
        return re + (im < 0 || (im == 0 && 1 / im < 0) ? "-" : "+") + imText + "i";
    }

    private static String real(double x, int prec) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return CFormat.general(x, prec, false, false);
    }

    @Builtin("str2double")
    public static Value str2double(Value v) {
        if (v instanceof CharArray c) {
            if (c.dims()[0] > 1) {
                double[] r = new double[c.dims()[0]];
                for (int i = 0; i < r.length; i++) {
                    r[i] = NumberParsing.parseDouble(c.row(i));
                }
                return DoubleArray.column(r);
            }
            double[] z = NumberParsing.parseComplex(c.string());
            if (z == null) {
                return DoubleArray.scalar(Double.NaN);
            }
            return z[1] == 0 ? DoubleArray.scalar(z[0]) : DoubleArray.complex(z[0], z[1]);
        }
        if (v instanceof StringArray s) {
            double[] r = new double[s.numel()];
            for (int i = 0; i < r.length; i++) {
                r[i] = NumberParsing.parseDouble(s.get(i));
            }
            return DoubleArray.of(s.dims(), r);
        }
        if (v instanceof mjc.runtime.value.CellArray cell) {
            double[] r = new double[cell.numel()];
            for (int i = 0; i < r.length; i++) {
                Value e = cell.get(i);
                r[i] = e instanceof CharArray ce ? NumberParsing.parseDouble(ce.string())
                    : e instanceof StringArray se && se.numel() == 1 ? NumberParsing.parseDouble(se.get(0)) : Double.NaN;
            }
            return DoubleArray.of(cell.dims(), r);
        }
        return DoubleArray.scalar(Double.NaN);
    }

    /** str2num of text that is not a plain literal: MATLAB evaluates it, as {@code [text]}. */
    private static Value[] evaluated(String t) {
        Value[] fail = {DoubleArray.empty(), mjc.runtime.value.LogicalArray.of(false)};
        if (!mjc.stdlib.lang.DynamicCode.available()) {
            return fail;
        }
        try {
            Value[] r = mjc.stdlib.lang.DynamicCode.provider().eval("[" + t + "]", new mjc.runtime.call.Workspace(), 1);
            return r.length == 0 || r[0] == null ? fail : new Value[] {r[0], mjc.runtime.value.LogicalArray.of(true)};
        } catch (mjc.runtime.error.MatlabError e) {
            return fail;
        }
    }

    @Builtin("str2num")
    public static Value[] str2num(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        String t = Args.text(args[0], "str2num");
        List<List<double[]>> rows = NumberParsing.parseMatrix(t);
        if (rows == null) {
            return evaluated(t);
        }
        if (rows.isEmpty()) {
            return new Value[] {DoubleArray.empty(), mjc.runtime.value.LogicalArray.of(true)};
        }
        int nr = rows.size();
        int nc = rows.get(0).size();
        for (List<double[]> r : rows) {
            if (r.size() != nc) {
                return new Value[] {DoubleArray.empty(), mjc.runtime.value.LogicalArray.of(false)};
            }
        }
        double[] re = new double[nr * nc];
        double[] im = new double[nr * nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                re[r + c * nr] = rows.get(r).get(c)[0];
                im[r + c * nr] = rows.get(r).get(c)[1];
            }
        }
        return new Value[] {DoubleArray.of(mjc.runtime.value.Dims.of(nr, nc), re, im), mjc.runtime.value.LogicalArray.of(true)};
    }
}
