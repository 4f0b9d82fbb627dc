package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Powers of two (nextpow2, pow2) and the real-only powers and logarithms (realsqrt, reallog, realpow). */
public final class RealPowers {
    private RealPowers() {
    }

    /** The smallest p with 2^p >= |x| (0 for 0). */
    @Builtin("nextpow2")
    public static Value nextpow2(Value v) {
        return Mapping.mapDouble(v, "nextpow2", x -> {
            double a = Math.abs(x);
            if (a == 0) {
                return 0;
            }
            if (!Double.isFinite(a)) {
                return a;
            }
            int p = Math.getExponent(a) + 1; // a = f * 2^p with 0.5 <= f < 1
            if (a < Double.MIN_NORMAL) {
                p = (int) Math.ceil(Math.log(a) / Math.log(2)) + 1;
            }
            double f = a / Math.pow(2, p);
            return f == 0.5 ? p - 1 : p;
        });
    }

    /** pow2(e) = 2.^e; pow2(f, e) = f .* 2.^e. */
    @Builtin("pow2")
    public static Value[] pow2(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        Value p = Operators.power(DoubleArray.scalar(2), args[args.length - 1]);
        return new Value[] {args.length == 2 ? Operators.times(args[0], p) : p};
    }

    @Builtin("realsqrt")
    public static Value realsqrt(Value v) {
        requireReal(v, "realsqrt", x -> x < 0, "Realsqrt produced complex result.");
        return Elementary.sqrt(v);
    }

    @Builtin("reallog")
    public static Value reallog(Value v) {
        requireReal(v, "reallog", x -> x < 0, "Reallog produced complex result.");
        return Elementary.log(v);
    }

    @Builtin("realpow")
    public static Value realpow(Value a, Value b) {
        Value r = Operators.power(a, b);
        if (r.isComplex()) {
            throw Errors.of("MATLAB:realpow:complexResult", "Realpow produced complex result.");
        }
        return r;
    }

    private static void requireReal(Value v, String fn, java.util.function.DoublePredicate bad, String message) {
        ArrayValue a = Args.array(v, fn);
        if (a.isComplex()) {
            throw Errors.of("MATLAB:" + fn + ":complexResult", message);
        }
        for (int i = 0; i < a.numel(); i++) {
            if (bad.test(a.re(i))) {
                throw Errors.of("MATLAB:" + fn + ":complexResult", message);
            }
        }
    }
}
