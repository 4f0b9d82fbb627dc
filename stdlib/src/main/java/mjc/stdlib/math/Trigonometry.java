package mjc.stdlib.math;

import mjc.runtime.ops.Operators;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * The rest of MATLAB's trigonometry: functions in degrees (tand, asind, atan2d, ...), the
 * reciprocal functions' inverses (acot, asec, acsc), the reciprocal hyperbolic functions and
 * their inverses (coth, sech, csch, acoth, asech, acsch), sinpi/cospi and sinc. Each is built on
 * the elementary functions, so complex arguments and results come for free.
 */
public final class Trigonometry {
    private static final Value HALF_TURN = DoubleArray.scalar(180).freeze();
    private static final Value PI = DoubleArray.scalar(Math.PI).freeze();
    private static final Value ONE = DoubleArray.scalar(1).freeze();

    private Trigonometry() {
    }

    private static Value degrees(Value radians) {
        return Operators.rdivide(Operators.times(radians, HALF_TURN), PI); // (r * 180) / pi: exact at 30, 45, 90
    }

    private static Value inverse(Value v) {
        return Operators.rdivide(ONE, v);
    }

    /** tand as Octave computes it: exact 0 at multiples of 180 and Inf at odd multiples of 90. */
    @Builtin("tand")
    public static Value tand(Value v) {
        return Mapping.mapDouble(v, "tand", x -> {
            double i0 = x / 180;
            double i90 = (x - 90) / 180;
            if (Double.isFinite(i0) && i0 == Math.rint(i0)) {
                return 0;
            }
            if (Double.isFinite(i90) && i90 == Math.rint(i90)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.tan(i0 * Math.PI);
        });
    }

    @Builtin("cotd")
    public static Value cotd(Value v) {
        return inverse(tand(v));
    }

    @Builtin("secd")
    public static Value secd(Value v) {
        return inverse(Elementary.cosd(v));
    }

    @Builtin("cscd")
    public static Value cscd(Value v) {
        return inverse(Elementary.sind(v));
    }

    @Builtin("asind")
    public static Value asind(Value v) {
        return degrees(Elementary.asin(v));
    }

    @Builtin("acosd")
    public static Value acosd(Value v) {
        return degrees(Elementary.acos(v));
    }

    @Builtin("atand")
    public static Value atand(Value v) {
        return degrees(Elementary.atan(v));
    }

    @Builtin("atan2d")
    public static Value atan2d(Value y, Value x) {
        return degrees(Elementary.atan2(y, x));
    }

    @Builtin("acot")
    public static Value acot(Value v) {
        return Elementary.atan(inverse(v));
    }

    @Builtin("asec")
    public static Value asec(Value v) {
        return Elementary.acos(inverse(v));
    }

    @Builtin("acsc")
    public static Value acsc(Value v) {
        return Elementary.asin(inverse(v));
    }

    @Builtin("acotd")
    public static Value acotd(Value v) {
        return degrees(acot(v));
    }

    @Builtin("asecd")
    public static Value asecd(Value v) {
        return degrees(asec(v));
    }

    @Builtin("acscd")
    public static Value acscd(Value v) {
        return degrees(acsc(v));
    }

    @Builtin("coth")
    public static Value coth(Value v) {
        return Elementary.coth(v);
    }

    @Builtin("sech")
    public static Value sech(Value v) {
        return inverse(Elementary.cosh(v));
    }

    @Builtin("csch")
    public static Value csch(Value v) {
        return inverse(Elementary.sinh(v));
    }

    @Builtin("acoth")
    public static Value acoth(Value v) {
        return Elementary.atanh(inverse(v));
    }

    @Builtin("asech")
    public static Value asech(Value v) {
        return Elementary.acosh(inverse(v));
    }

    @Builtin("acsch")
    public static Value acsch(Value v) {
        return Elementary.asinh(inverse(v));
    }

    /** sin(pi x) with exact zeros at integers and exact +-1 at half integers. */
    @Builtin("sinpi")
    public static Value sinpi(Value v) {
        return Mapping.mapDouble(v, "sinpi", x -> {
            if (!Double.isFinite(x)) {
                return Double.NaN;
            }
            double r = x % 2; // in (-2, 2)
            if (r == Math.rint(r)) {
                return 0 * Math.signum(x);
            }
            if (r * 2 == Math.rint(r * 2)) {
                return r == 0.5 || r == -1.5 ? 1 : -1;
            }
            return Math.sin(Math.PI * r);
        });
    }

    /** cos(pi x) with exact zeros at half integers and exact +-1 at integers. */
    @Builtin("cospi")
    public static Value cospi(Value v) {
        return Mapping.mapDouble(v, "cospi", x -> {
            if (!Double.isFinite(x)) {
                return Double.NaN;
            }
            double r = Math.abs(x % 2);
            if (r == 0.5 || r == 1.5) {
                return 0;
            }
            if (r == 0) {
                return 1;
            }
            if (r == 1) {
                return -1;
            }
            return Math.cos(Math.PI * r);
        });
    }

    /** sinc(x) = sin(pi x) / (pi x), 1 at 0. */
    @Builtin("sinc")
    public static Value sinc(Value v) {
        ArrayValue a = Args.array(v, "sinc");
        if (a.isComplex()) {
            Value px = Operators.times(DoubleArray.scalar(Math.PI), a);
            return Operators.rdivide(Elementary.sin(px), px);
        }
        return Mapping.mapDouble(a, "sinc", x -> x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));
    }
}
