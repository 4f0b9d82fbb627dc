package mjc.stdlib.math;

/** The gamma function (Lanczos approximation; exact for small integers). */
final class SpecialFunctions {
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    private SpecialFunctions() {
    }

    static double gamma(double x) {
        if (x == Math.rint(x)) {
            if (x <= 0) {
                return Double.POSITIVE_INFINITY;
            }
            if (x < 171) {
                double r = 1;
                for (int i = 2; i < x; i++) {
                    r *= i;
                }
                return r;
            }
            return Double.POSITIVE_INFINITY;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        x -= 1;
        double a = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += LANCZOS[i] / (x + i);
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }
}
