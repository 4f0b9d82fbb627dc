package mjc.runtime.ops;

import mjc.runtime.value.IntArray;

/**
 * MATLAB's scalar double functions with one implementation shared by the builtins and by
 * compiled code that keeps doubles in JVM locals (so both paths give the same bits).
 */
public final class Scalars {
    private Scalars() {
    }

    /** mod(x, y): x - floor(x/y)*y, with mod(x, 0) = x and results within rounding of y snapped to 0. */
    public static double mod(double x, double y) {
        if (x == Math.rint(x) && y == Math.rint(y) && y != 0 && Math.abs(x) < 0x1p52) {
            // whole numbers below 2^52: x / y rounds to the right side of every integer, so the
            // floor is exact and so is the result (with the divisor's sign, as MATLAB's mod has it)
            return x - Math.floor(x / y) * y;
        }
        if (y == 0) {
            return x;
        }
        if (Double.isInfinite(y)) {
            return (x == 0 || Math.signum(x) == Math.signum(y)) ? x : y;
        }
        double r = x - Math.floor(x / y) * y;
        if (Math.abs(r - y) < Math.ulp(y) * 4) {
            return 0;
        }
        return r;
    }

    /** rem(x, y) of doubles: x - fix(x/y)*y, NaN for y = 0. */
    public static double rem(double x, double y) {
        if (y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        double q = x / y;
        return x - (q < 0 ? Math.ceil(q) : Math.floor(q)) * y;
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
