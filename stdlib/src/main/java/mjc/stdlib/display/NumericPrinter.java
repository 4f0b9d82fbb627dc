package mjc.stdlib.display;

import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;

/**
 * The rows of a 2-D numeric, logical or char matrix as Octave prints them: two spaces before
 * each column, a common width, and "Columns N through M:" chunks when the rows are wider than
 * the 80-column terminal.
 */
final class NumericPrinter {
    private NumericPrinter() {
    }

    /** Appends the rows (no trailing newline). */
    static void matrix(StringBuilder sb, ArrayValue a, int indent) {
        int nr = a.dims()[0];
        int nc = a.cols();
        if (a instanceof CharArray c) {
            for (int r = 0; r < nr; r++) {
                if (r > 0) {
                    sb.append('\n');
                }
                sb.append(" ".repeat(indent)).append(c.row(r));
            }
            return;
        }
        if (a instanceof IntArray || a instanceof LogicalArray) {
            int fw = 1;
            boolean neg = false;
            String[] text = new String[a.numel()];
            for (int i = 0; i < text.length; i++) {
                text[i] = a instanceof IntArray ia ? IntText.of(ia, i) : (((LogicalArray) a).get(i) ? "1" : "0");
                String digits = text[i].startsWith("-") ? text[i].substring(1) : text[i];
                fw = Math.max(fw, digits.length());
                neg |= text[i].startsWith("-");
            }
            fw += neg ? 1 : 0;
            final int w = fw;
            columns(sb, nr, nc, fw + 2, indent, (r, c) -> "  " + FloatFormat.pad(text[r + c * nr], w));
            return;
        }
        int prec = Display.precision(a);
        if (a.isComplex()) {
            complexMatrix(sb, a, nr, nc, indent, prec);
            return;
        }
        double maxAbs = 0;
        double minAbs = Double.MAX_VALUE;
        boolean infNan = false;
        boolean allInt = true;
        boolean anyFinite = false;
        int n = a.numel();
        for (int i = 0; i < n; i++) {
            double v = a.re(i);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                infNan = true;
                continue;
            }
            anyFinite = true;
            double av = Math.abs(v);
            maxAbs = Math.max(maxAbs, av);
            minAbs = Math.min(minAbs, av);
            if (!displaysAsInteger(v)) {
                allInt = false;
            }
        }
        if (!anyFinite) {
            maxAbs = 0;
            minAbs = 0;
        }
        boolean range = a instanceof DoubleArray d && d.range;
        if (range) {
            DoubleArray d = (DoubleArray) a;
            double base = d.re(0);
            double limit = d.rangeLimit;
            double rMin = Math.min(base, limit);
            double rMax = Math.max(base, limit);
            maxAbs = Math.abs(rMax);
            minAbs = Math.abs(rMin);
            double inc = n > 1 ? d.re(1) - d.re(0) : 0;
            allInt = Math.rint(base) == base && Math.rint(inc) == inc;
        }
        FloatFormat fmt = NumericLayout.matrix(maxAbs, minAbs, infNan, allInt, prec, range);
        columns(sb, nr, nc, fmt.width + 2, indent, (r, c) -> "  " + fmt.format(a.re(r + c * nr)));
    }

    /**
     * Whether a matrix element counts as an integer for the matrix's layout. Octave decides this
     * at single precision (seen: [1 2+1.19e-7] and rref(magic(4))'s 2.9999999999999996 print as
     * integers, [1 2+1.1925e-7] does not), so a value within rounding noise of an integer does not
     * turn the whole matrix to decimals. Scalars are judged exactly.
     */
    static boolean displaysAsInteger(double v) {
        float f = (float) v;
        return Float.isInfinite(f) ? Math.rint(v) == v : Math.rint(f) == f;
    }

    private static void complexMatrix(StringBuilder sb, ArrayValue a, int nr, int nc, int indent, int prec) {
        double maxAbs = 0;
        double minAbs = Double.MAX_VALUE;
        boolean infNan = false;
        boolean allInt = true;
        double rMax = 0;
        double rMin = Double.MAX_VALUE;
        double iMax = 0;
        double iMin = Double.MAX_VALUE;
        int n = a.numel();
        for (int i = 0; i < n; i++) {
            double re = a.re(i);
            double im = a.im(i);
            if (!Double.isFinite(re) || !Double.isFinite(im)) {
                infNan = true;
            }
            if (Double.isFinite(re)) {
                rMax = Math.max(rMax, Math.abs(re));
                rMin = Math.min(rMin, Math.abs(re));
                if (!displaysAsInteger(re)) {
                    allInt = false;
                }
            }
            if (Double.isFinite(im)) {
                iMax = Math.max(iMax, Math.abs(im));
                iMin = Math.min(iMin, Math.abs(im));
                if (!displaysAsInteger(im)) {
                    allInt = false;
                }
            }
        }
        if (rMin == Double.MAX_VALUE) {
            rMin = 0;
        }
        if (iMin == Double.MAX_VALUE) {
            iMin = 0;
        }
        int xMaxR = NumericLayout.digits(rMax);
        int xMaxI = NumericLayout.digits(iMax);
        int xMinR = NumericLayout.digits(rMin);
        int xMinI = NumericLayout.digits(iMin);
        maxAbs = xMaxR >= xMaxI ? rMax : iMax;
        minAbs = xMinR >= xMinI ? rMin : iMin;
        FloatFormat[] f = NumericLayout.complex(maxAbs, minAbs, infNan, allInt, prec);
        int colw = f[0].width + f[1].width + 2 + 5;
        columns(sb, nr, nc, colw, indent, (r, c) -> "  " + complexText(a.re(r + c * nr), a.im(r + c * nr), f));
    }

    static String complexText(double re, double im, FloatFormat[] f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f[0].format(re));
        if (im < 0 || (im == 0 && 1 / im < 0)) {
            sb.append(" - ").append(f[1].format(-im));
        } else {
            sb.append(" + ").append(f[1].format(im));
        }
        return sb.append('i').toString();
    }

    static String complexScalar(double re, double im, int prec) {
        double ra = Math.abs(re);
        double ia = Math.abs(im);
        boolean infNan = !Double.isFinite(re) || !Double.isFinite(im);
        boolean allInt = Math.rint(re) == re && Math.rint(im) == im;
        int rx = ra == 0 ? 0 : NumericLayout.digits(ra);
        int ix = ia == 0 ? 0 : NumericLayout.digits(ia);
        double maxAbs = rx > ix ? ra : ia;
        double minAbs = rx > ix ? ia : ra;
        FloatFormat[] f = NumericLayout.complex(maxAbs, minAbs, infNan, allInt, prec);
        return complexText(re, im, f);
    }

    interface Cell {
        String text(int r, int c);
    }

    /** Prints rows, split into column chunks that fit the terminal width. */
    static void columns(StringBuilder sb, int nr, int nc, int colWidth, int indent, Cell cell) {
        int total = nc * colWidth;
        int max = Math.max(0, Display.TERMINAL_WIDTH - indent);
        int inc = nc;
        boolean split = total > max;
        if (split) {
            inc = Math.max(1, max / colWidth);
        }
        for (int col = 0; col < nc; col += inc) {
            int lim = Math.min(col + inc, nc);
            if (split) {
                if (col != 0) {
                    sb.append("\n\n");
                }
                sb.append(" ".repeat(indent));
                int num = lim - col;
                if (num == 1) {
                    sb.append(" Column ").append(col + 1).append(":\n\n");
                } else if (num == 2) {
                    sb.append(" Columns ").append(col + 1).append(" and ").append(lim).append(":\n\n");
                } else {
                    sb.append(" Columns ").append(col + 1).append(" through ").append(lim).append(":\n\n");
                }
            }
            for (int r = 0; r < nr; r++) {
                sb.append(" ".repeat(indent));
                for (int c = col; c < lim; c++) {
                    sb.append(cell.text(r, c));
                }
                if (r < nr - 1) {
                    sb.append('\n');
                }
            }
        }
    }
}
