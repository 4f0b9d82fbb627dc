package mjc.runtime.ops;

import mjc.runtime.value.IntArray;

/**
 * MATLAB's scalar double functions with one implementation shared by the builtins and by
 * compiled code that keeps doubles in JVM locals (so both paths give the same bits).
 */
public final class Scalars {
    private Scalars() {
    }

    /**
     * mod(x, y): x - floor(x/y)*y, with mod(x, 0) = x. As MATLAB documents it, only for a
     * divisor that is not a whole number is a quotient within round-off of an integer taken as
     * that integer (the result is then 0); whole divisors get the plain formula.
     */
    public static double mod(double x, double y) {
        if (y == 0) {
            return x;
        }
        if (Double.isInfinite(y)) {
            return (x == 0 || Math.signum(x) == Math.signum(y)) ? x : y;
        }
        double q = x / y;
        if (y != Math.rint(y) && nearInteger(q)) {
            return 0;
        }
        return x - Math.floor(q) * y;
    }

    /** rem(x, y) of doubles: x - fix(x/y)*y, NaN for y = 0 (the same round-off rule as mod). */
    public static double rem(double x, double y) {
        if (y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        double q = x / y;
        if (y != Math.rint(y) && nearInteger(q)) {
            return 0;
        }
        return x - (q < 0 ? Math.ceil(q) : Math.floor(q)) * y;
    }

    /** Whether q is within round-off (one eps relative) of a nonzero integer. */
    private static boolean nearInteger(double q) {
        double n = Math.rint(q);
        return n != 0 && Math.abs(q - n) < Math.ulp(1.0) * Math.abs(n);
    }

    public static double fix(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** round: halves away from zero. */
    public static double round(double x) {
        return IntArray.roundHalfAway(x);
    }

    /** x^y where the result is real (x >= 0 or y an integer): what the power operators compute. */
    public static double power(double x, double y) {
        return Math.pow(x, y);
    }
}
