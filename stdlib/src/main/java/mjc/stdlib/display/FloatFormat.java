package mjc.stdlib.display;

import mjc.runtime.text.CFormat;

/**
 * How Octave prints one real number in a given layout: a field width and either integer,
 * fixed-point ({@code rd} decimals) or scientific ({@code prec-1} decimals) notation. Zero is
 * always printed as a bare {@code 0}, and Inf/NaN by name, right-aligned in the field.
 */
final class FloatFormat {
    enum Style { INTEGER, FIXED, SCIENTIFIC }

    final int width;
    final int decimals;
    final Style style;

    FloatFormat(int width, int decimals, Style style) {
        this.width = width;
        this.decimals = decimals;
        this.style = style;
    }

    String format(double v) {
        String s;
        if (v == 0) {
            s = "0";
        } else if (Double.isNaN(v)) {
            s = "NaN";
        } else if (Double.isInfinite(v)) {
            s = v < 0 ? "-Inf" : "Inf";
        } else {
            switch (style) {
                case INTEGER:
                    s = CFormat.integer(Math.rint(v));
                    break;
                case FIXED:
                    s = CFormat.fixed(v, decimals);
                    break;
                default:
                    s = CFormat.sci(v, decimals, false);
                    break;
            }
        }
        return pad(s, width);
    }

    static String pad(String s, int w) {
        if (s.length() >= w) {
            return s;
        }
        return " ".repeat(w - s.length()) + s;
    }
}
