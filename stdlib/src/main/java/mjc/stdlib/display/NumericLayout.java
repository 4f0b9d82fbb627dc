package mjc.stdlib.display;

/**
 * Octave's {@code format short}/{@code format long} layout rules (pr-output.cc): from the digit
 * counts of the largest and smallest magnitudes, choose integer, fixed or scientific notation
 * and a common field width. Scalars, matrices, ranges and complex numbers differ slightly, so
 * each has its own method.
 */
final class NumericLayout {
    static final int DIGITS10 = 16;
    static final int MAX_FIELD_WIDTH = 21;

    private NumericLayout() {
    }

    /** floor(log10(x)) + 1 for x > 0, 0 for x == 0. */
    static int digits(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return 0;
        }
        return (int) Math.floor(Math.log10(x)) + 1;
    }

    static FloatFormat scalar(double v, int prec) {
        boolean infNan = Double.isNaN(v) || Double.isInfinite(v);
        boolean intOnly = !infNan && Math.rint(v) == v;
        int digits = (infNan || v == 0) ? 0 : digits(Math.abs(v));
        int fw;
        int ld = 0;
        int rd = 0;
        if (infNan) {
            fw = 3;
        } else if (intOnly) {
            fw = digits;
            ld = digits;
            rd = 0;
        } else {
            if (digits > 0) {
                ld = digits;
                rd = prec > digits ? prec - digits : prec;
            } else if (digits < 0) {
                ld = 1;
                rd = prec > digits ? prec - digits : prec;
            } else {
                ld = 1;
                rd = prec > 1 ? prec - 1 : prec;
            }
            fw = ld + 1 + rd;
        }
        if (ld + rd > DIGITS10 || fw > MAX_FIELD_WIDTH || ld + rd > 1.5 * prec) {
            return new FloatFormat(prec + 5, prec - 1, FloatFormat.Style.SCIENTIFIC);
        }
        if (infNan || intOnly) {
            return new FloatFormat(fw, 0, FloatFormat.Style.INTEGER);
        }
        return new FloatFormat(fw, rd, FloatFormat.Style.FIXED);
    }

    /** Real matrix layout from the largest and smallest finite magnitudes. */
    static FloatFormat matrix(double maxAbs, double minAbs, boolean infNan, boolean allInt, int prec, boolean range) {
        int xMax = maxAbs == 0 ? 0 : digits(maxAbs);
        int xMin = minAbs == 0 ? 0 : digits(minAbs);
        int fw;
        int ld = 0;
        int rd = 0;
        if (allInt) {
            int digits = Math.max(xMax, xMin);
            if (range) {
                fw = (digits <= 0 ? 1 : digits) + 1;
            } else {
                fw = digits <= 0 ? 2 : digits + 1;
            }
            if (infNan && fw < 4) {
                fw = 4;
            }
            rd = fw;
        } else {
            int[] lr = leftRight(xMax, prec);
            int[] lr2 = leftRight(xMin, prec);
            ld = Math.max(lr[0], lr2[0]);
            rd = Math.max(lr[1], lr2[1]);
            xMax = lr[2];
            xMin = lr2[2];
            fw = 1 + ld + 1 + rd + (range ? 1 : 0);
            if (infNan && fw < 4) {
                fw = 4;
            }
        }
        if (ld + rd > DIGITS10 || fw > MAX_FIELD_WIDTH || ld + rd > 1.5 * prec) {
            int ex = 4;
            if (xMax > 100 || xMin > 100) {
                ex++;
            }
            int w = 2 + prec + ex + (range ? 1 : 0);
            if (infNan && w < 4) {
                w = 4;
            }
            return new FloatFormat(w, prec - 1, FloatFormat.Style.SCIENTIFIC);
        }
        if (allInt) {
            return new FloatFormat(fw, 0, FloatFormat.Style.INTEGER);
        }
        return new FloatFormat(fw, rd, FloatFormat.Style.FIXED);
    }

    /** {ld, rd, adjusted x} for a digit count, as in make_real_matrix_format. */
    private static int[] leftRight(int x, int prec) {
        int ld;
        int rd;
        int adj;
        if (x > 0) {
            ld = x;
            rd = prec > x ? prec - x : prec;
            adj = x + 1;
        } else if (x < 0) {
            ld = 1;
            rd = prec > x ? prec - x : prec;
            adj = -x + 1;
        } else {
            ld = 1;
            rd = prec > 1 ? prec - 1 : prec;
            adj = 1;
        }
        return new int[] {ld, rd, adj};
    }

    /** Real and imaginary formats for complex values ({@code [0]} real part, {@code [1]} imaginary). */
    static FloatFormat[] complex(double maxAbs, double minAbs, boolean infNan, boolean allInt, int prec) {
        int xMax = maxAbs == 0 ? 0 : digits(maxAbs);
        int xMin = minAbs == 0 ? 0 : digits(minAbs);
        int iFw;
        int rFw;
        int ld = 0;
        int rd = 0;
        if (allInt) {
            int digits = Math.max(xMax, xMin);
            iFw = digits <= 0 ? 1 : digits;
            rFw = iFw + 1;
            if (infNan && iFw < 3) {
                iFw = 3;
                rFw = 4;
            }
            ld = rFw;
        } else {
            int[] lr = leftRight(xMax, prec);
            int[] lr2 = leftRight(xMin, prec);
            ld = Math.max(lr[0], lr2[0]);
            rd = Math.max(lr[1], lr2[1]);
            xMax = lr[2];
            xMin = lr2[2];
            iFw = ld + 1 + rd;
            rFw = iFw + 1;
            if (infNan && iFw < 3) {
                iFw = 3;
                rFw = 4;
            }
        }
        if (ld + rd > DIGITS10 || rFw > MAX_FIELD_WIDTH || iFw > MAX_FIELD_WIDTH || ld + rd > 1.5 * prec) {
            int ex = 4;
            if (xMax > 100 || xMin > 100) {
                ex++;
            }
            iFw = 1 + prec + ex;
            rFw = iFw + 1;
            return new FloatFormat[] {new FloatFormat(rFw, prec - 1, FloatFormat.Style.SCIENTIFIC),
                new FloatFormat(iFw, prec - 1, FloatFormat.Style.SCIENTIFIC)};
        }
        if (allInt) {
            return new FloatFormat[] {new FloatFormat(rFw, 0, FloatFormat.Style.INTEGER),
                new FloatFormat(iFw, 0, FloatFormat.Style.INTEGER)};
        }
        return new FloatFormat[] {new FloatFormat(rFw, rd, FloatFormat.Style.FIXED),
            new FloatFormat(iFw, rd, FloatFormat.Style.FIXED)};
    }
}
