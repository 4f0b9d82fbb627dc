package mjc.runtime.text;

import mjc.runtime.value.MClass;

/**
 * Short textual forms of numbers used outside the display engine: what num2str and string()
 * produce for one element ({@code %d} for integers, else {@code %.Ng} with N from the magnitude).
 */
public final class NumberText {
    private NumberText() {
    }

    public static String shortG(double re, double im, MClass cls) {
        if (im != 0) {
            String r = shortG(re, 0, cls);
            String i = shortG(Math.abs(im), 0, cls);
            return r + (im < 0 || (im == 0 && 1 / im < 0) ? "-" : "+") + i + "i";
        }
        if (Double.isNaN(re)) {
            return "NaN";
        }
        if (Double.isInfinite(re)) {
            return re > 0 ? "Inf" : "-Inf";
        }
        if (re == Math.rint(re) && Math.abs(re) < 1e15) {
            return CFormat.integer(re == 0 ? 0 : re);
        }
        int digits = (int) Math.floor(Math.log10(Math.abs(re)));
        int sig = Math.max(digits + 5, 5);
        if (cls == MClass.SINGLE) {
            sig = Math.min(sig, 8);
        } else {
            sig = Math.min(sig, 16);
        }
        return CFormat.general(re, sig, false, false);
    }
}
