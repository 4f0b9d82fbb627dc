package mjc.stdlib.math;

import mjc.runtime.value.Value;
import mjc.stdlib.Builtin;

/**
 * erf and erfc to full double precision: the Maclaurin series near zero, a continued fraction
 * for erfc in the tails (where the series would lose digits to cancellation).
 */
public final class ErrorFunction {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private ErrorFunction() {
    }

    @Builtin("erf")
    public static Value erf(Value v) {
        return Mapping.mapDouble(v, "erf", ErrorFunction::erf);
    }

    @Builtin("erfc")
    public static Value erfc(Value v) {
        return Mapping.mapDouble(v, "erfc", ErrorFunction::erfc);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 2.5) {
            return series(x);
        }
        double r = 1 - tail(ax);
        return x < 0 ? -r : r;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0.5) {
            return 1 - erf(x);
        }
        return tail(x);
    }

    /** erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)). */
    private static double series(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * sum;
    }

    /** erfc(x) for x >= 0.5 by the Laplace continued fraction, evaluated with Lentz's method. */
    private static double tail(double x) {
        if (x > 27) {
            return 0;
        }
        // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + 2/(x + ...)))))
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 500; n++) {
            double a = n / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
