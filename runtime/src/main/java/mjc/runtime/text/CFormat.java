package mjc.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's printf number conversions (%f %e %g %d %x %o), with C's exact rounding: the decimal
 * expansion of the binary double rounded half-to-even, which is what MATLAB and Octave print
 * (Java's Formatter rounds the shortest decimal half-up instead, so 0.125 with %.2f would differ).
 */
public final class CFormat {
    private CFormat() {
    }

    private static boolean negative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    /** %.{prec}f without sign handling for non-finite values (callers handle Inf/NaN). */
    public static String fixed(double v, int prec) {
        boolean neg = negative(v);
        BigDecimal bd = new BigDecimal(Math.abs(v)).setScale(prec, RoundingMode.HALF_EVEN);
        String s = bd.toPlainString();
        return neg ? "-" + s : s;
    }

    /** Digits and decimal exponent of |v| rounded to {@code sig} significant digits. */
    private static String[] sigDigits(double v, int sig) {
        double a = Math.abs(v);
        if (a == 0) {
            return new String[] {"0".repeat(sig), "0"};
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        // strip/pad to exactly sig digits
        if (digits.length() > sig) {
            digits = digits.substring(0, sig);
        }
        StringBuilder sb = new StringBuilder(digits);
        while (sb.length() < sig) {
            sb.append('0');
        }
        return new String[] {sb.toString(), Integer.toString(exp)};
    }

    /** %.{prec}e: d.ddde+XX with at least two exponent digits. */
    public static String sci(double v, int prec, boolean upper) {
        String[] de = sigDigits(v, prec + 1);
        String d = de[0];
        int exp = Integer.parseInt(de[1]);
        StringBuilder sb = new StringBuilder();
        if (negative(v)) {
            sb.append('-');
        }
        sb.append(d.charAt(0));
        if (prec > 0) {
            sb.append('.').append(d, 1, d.length());
        }
        sb.append(upper ? 'E' : 'e');
        sb.append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
        return sb.toString();
    }

    /** %.{prec}g; {@code alt} is the '#' flag (keep trailing zeros). */
    public static String general(double v, int prec, boolean upper, boolean alt) {
        int p = prec == 0 ? 1 : prec;
        if (v == 0) {
            String z = alt ? fixed(v, p - 1) : (negative(v) ? "-0" : "0");
            return z;
        }
        String[] de = sigDigits(v, p);
        int x = Integer.parseInt(de[1]);
        String s;
        if (p > x && x >= -4) {
            s = fixed(v, p - 1 - x);
        } else {
            s = sci(v, p - 1, upper);
        }
        if (!alt) {
            s = stripZeros(s);
        }
        return s;
    }

    private static String stripZeros(String s) {
        int e = s.indexOf('e');
        if (e < 0) {
            e = s.indexOf('E');
        }
        String mant = e < 0 ? s : s.substring(0, e);
        String exp = e < 0 ? "" : s.substring(e);
        if (mant.indexOf('.') >= 0) {
            int end = mant.length();
            while (end > 0 && mant.charAt(end - 1) == '0') {
                end--;
            }
            if (end > 0 && mant.charAt(end - 1) == '.') {
                end--;
            }
            mant = mant.substring(0, end);
        }
        return mant + exp;
    }

    /** An integer-valued double as decimal digits (exact for all integers a double holds). */
    public static String integer(double v) {
        if (Math.abs(v) < 1e18) {
            long l = (long) v;
            if (l == 0 && negative(v)) {
                return "-0";
            }
            return Long.toString(l);
        }
        return new BigDecimal(v).toBigInteger().toString();
    }

    /** Pads to width: left-justified with '-', zero-padded with '0' (after the sign). */
    public static String pad(String s, int width, boolean left, boolean zero) {
        if (width <= 0 || s.length() >= width) {
            return s;
        }
        int fill = width - s.length();
        if (left) {
            return s + " ".repeat(fill);
        }
        if (zero) {
            int signEnd = (s.startsWith("-") || s.startsWith("+") || s.startsWith(" ")) ? 1 : 0;
            if (s.startsWith("0x") || s.startsWith("0X")) {
                signEnd = 2;
            }
            return s.substring(0, signEnd) + "0".repeat(fill) + s.substring(signEnd);
        }
        return " ".repeat(fill) + s;
    }
}
