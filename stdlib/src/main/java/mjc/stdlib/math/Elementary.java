package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.BinaryOp;
import mjc.runtime.ops.Complex;
import mjc.runtime.ops.Elementwise;
import mjc.runtime.ops.Operators;
import mjc.runtime.ops.ResultClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Element-wise math: abs, sqrt, exp, log, rounding, mod/rem, trigonometry, complex parts. */
public final class Elementary {
    private Elementary() {
    }

    /** Applies a complex kernel; real inputs whose result is real stay real. */
    interface ComplexKernel {
        void apply(double re, double im, double[] out);
    }

    private static Value complexMap(Value v, String fn, ComplexKernel k, java.util.function.DoublePredicate realStaysReal,
                                    java.util.function.DoubleUnaryOperator realKernel) {
        ArrayValue a = Args.array(v, fn);
        int n = a.numel();
        boolean complex = a.isComplex();
        if (!complex) {
            for (int i = 0; i < n; i++) {
                if (!realStaysReal.test(a.re(i))) {
                    complex = true;
                    break;
                }
            }
        }
        if (!complex) {
            return Mapping.mapDouble(a, fn, realKernel);
        }
        double[] re = new double[n];
        double[] im = new double[n];
        double[] out = new double[2];
        for (int i = 0; i < n; i++) {
            double x = a.re(i);
            if (!a.isComplex() && realStaysReal.test(x)) {
                re[i] = realKernel.applyAsDouble(x); // a real element in the real domain stays exactly real
                continue;
            }
            k.apply(x, a.im(i), out);
            re[i] = out[0];
            im[i] = out[1];
        }
        MClass c = a.mclass() == MClass.SINGLE ? MClass.SINGLE : MClass.DOUBLE;
        return ResultClass.narrow(c, a.dims(), re, im);
    }

    @Builtin("abs")
    public static Value abs(Value v) {
        if (v instanceof DoubleArray d && d.numel() == 1 && !d.isComplex()) {
            return DoubleArray.scalar(Math.abs(d.scalar()));
        }
        ArrayValue a = Args.array(v, "abs");
        if (a.isComplex()) {
            int n = a.numel();
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = Math.hypot(a.re(i), a.im(i));
            }
            return ResultClass.narrow(a.mclass() == MClass.SINGLE ? MClass.SINGLE : MClass.DOUBLE, a.dims(), r, null);
        }
        return Mapping.map(a, "abs", Math::abs);
    }

    @Builtin("sqrt")
    public static Value sqrt(Value v) {
        if (v instanceof DoubleArray d && d.numel() == 1 && !d.isComplex() && d.scalar() >= 0) {
            return DoubleArray.scalar(Math.sqrt(d.scalar()));
        }
        return complexMap(v, "sqrt", Complex::sqrt, x -> x >= 0 || Double.isNaN(x), Math::sqrt);
    }

    @Builtin("exp")
    public static Value exp(Value v) {
        return complexMap(v, "exp", Complex::exp, x -> true, Math::exp);
    }

    @Builtin("log")
    public static Value log(Value v) {
        return complexMap(v, "log", Complex::log, x -> x >= 0 || Double.isNaN(x), Math::log);
    }

    @Builtin("log2")
    public static Value log2(Value v) {
        return complexMap(v, "log2", ComplexFunctions::log2, x -> x >= 0 || Double.isNaN(x), x -> Math.log(x) / Math.log(2));
    }

    @Builtin("log10")
    public static Value log10(Value v) {
        return complexMap(v, "log10", ComplexFunctions::log10, x -> x >= 0 || Double.isNaN(x), Math::log10);
    }

    @Builtin("log1p")
    public static Value log1p(Value v) {
        return Mapping.mapDouble(v, "log1p", Math::log1p);
    }

    @Builtin("expm1")
    public static Value expm1(Value v) {
        return Mapping.mapDouble(v, "expm1", Math::expm1);
    }

    @Builtin("gamma")
    public static Value gamma(Value v) {
        return Mapping.mapDouble(v, "gamma", SpecialFunctions::gamma);
    }

    @Builtin("factorial")
    public static Value factorial(Value v) {
        return Mapping.map(v, "factorial", x -> {
            if (x < 0 || x != Math.rint(x)) {
                throw Errors.of("MATLAB:factorial:NNegativeInt", "N must be an array of real non-negative integers.");
            }
            return Math.rint(SpecialFunctions.gamma(x + 1));
        });
    }

    private static Value rounding(Value v, String fn, java.util.function.DoubleUnaryOperator f) {
        if (v instanceof IntArray) {
            return v;
        }
        ArrayValue a = Args.array(v, fn);
        if (a.isComplex()) {
            int n = a.numel();
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = f.applyAsDouble(a.re(i));
                im[i] = f.applyAsDouble(a.im(i));
            }
            return DoubleArray.of(a.dims(), re, im);
        }
        return Mapping.map(a, fn, f);
    }

    @Builtin("floor")
    public static Value floor(Value v) {
        return rounding(v, "floor", Math::floor);
    }

    @Builtin("ceil")
    public static Value ceil(Value v) {
        return rounding(v, "ceil", Math::ceil);
    }

    @Builtin("fix")
    public static Value fix(Value v) {
        return rounding(v, "fix", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    @Builtin("round")
    public static Value[] round(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        if (args.length >= 2) {
            double digits = Args.scalar(args[1], "round");
            if (digits != Math.floor(digits)) {
                throw Errors.of("MATLAB:round:NonIntegerDigits", "The number of digits must be an integer.");
            }
            String type = args.length == 3 ? Args.text(args[2], "round") : "decimals";
            if (type.equals("significant")) {
                if (digits < 1) {
                    throw Errors.of("MATLAB:round:NonPositiveSignificantDigits", "The number of significant digits must"
                        + " be a positive integer.");
                }
                return new Value[] {rounding(args[0], "round", x -> {
                    if (x == 0 || !Double.isFinite(x)) {
                        return x;
                    }
                    double p = digits - Math.floor(Math.log10(Math.abs(x))) - 1;
                    double sc = Math.pow(10, p);
                    return p >= 0 ? IntArray.roundHalfAway(x * sc) / sc : IntArray.roundHalfAway(x / Math.pow(10, -p))
                        * Math.pow(10, -p);
                })};
            }
            if (!type.equals("decimals")) {
                throw Errors.of("MATLAB:round:InvalidRoundingType", "Rounding type must be 'decimals' or 'significant'.");
            }
            // negative digits: divide by an exact power of ten (1234 -> 1200, not 1200.0000000000002)
            double scale = Math.pow(10, Math.abs(digits));
            return new Value[] {rounding(args[0], "round", digits >= 0 ? x -> IntArray.roundHalfAway(x * scale) / scale
                : x -> IntArray.roundHalfAway(x / scale) * scale)};
        }
        return new Value[] {rounding(args[0], "round", IntArray::roundHalfAway)};
    }

    @Builtin("mod")
    public static Value mod(Value a, Value b) {
        if (a instanceof DoubleArray x && b instanceof DoubleArray y && !x.isComplex() && !y.isComplex()
            && y.numel() == 1 && x.numel() > 1) {
            // the common mod(v, k): a direct loop the JIT can inline
            double[] xs = x.realData();
            double k = y.scalar();
            double[] r = new double[xs.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = mjc.runtime.ops.Scalars.mod(xs[i], k);
            }
            return DoubleArray.of(x.dims().clone(), r);
        }
        return Mapping.map2(a, b, "mod", Elementary::modKernel);
    }

    static double modKernel(double x, double y) {
        return mjc.runtime.ops.Scalars.mod(x, y);
    }

    @Builtin("rem")
    public static Value rem(Value a, Value b) {
        return Mapping.map2(a, b, "rem", (x, y) -> {
            if (y == 0) {
                return a instanceof IntArray || b instanceof IntArray ? x : Double.NaN;
            }
            return mjc.runtime.ops.Scalars.rem(x, y);
        });
    }

    @Builtin("sign")
    public static Value sign(Value v) {
        return Mapping.map(v, "sign", Math::signum);
    }

    @Builtin("hypot")
    public static Value hypot(Value a, Value b) {
        return Mapping.map2(a, b, "hypot", Math::hypot);
    }

    @Builtin("atan2")
    public static Value atan2(Value a, Value b) {
        return Mapping.map2(a, b, "atan2", Math::atan2);
    }

    @Builtin("sin")
    public static Value sin(Value v) {
        return complexMap(v, "sin", ComplexFunctions::sin, x -> true, Math::sin);
    }

    @Builtin("cos")
    public static Value cos(Value v) {
        return complexMap(v, "cos", ComplexFunctions::cos, x -> true, Math::cos);
    }

    @Builtin("tan")
    public static Value tan(Value v) {
        return complexMap(v, "tan", ComplexFunctions::tan, x -> true, Math::tan);
    }

    @Builtin("asin")
    public static Value asin(Value v) {
        return complexMap(v, "asin", ComplexFunctions::asin, x -> Math.abs(x) <= 1 || Double.isNaN(x), Math::asin);
    }

    @Builtin("acos")
    public static Value acos(Value v) {
        return complexMap(v, "acos", ComplexFunctions::acos, x -> Math.abs(x) <= 1 || Double.isNaN(x), Math::acos);
    }

    @Builtin("atan")
    public static Value atan(Value v) {
        return complexMap(v, "atan", ComplexFunctions::atan, x -> true, Math::atan);
    }

    @Builtin("sinh")
    public static Value sinh(Value v) {
        return complexMap(v, "sinh", ComplexFunctions::sinh, x -> true, Math::sinh);
    }

    @Builtin("cosh")
    public static Value cosh(Value v) {
        return complexMap(v, "cosh", ComplexFunctions::cosh, x -> true, Math::cosh);
    }

    @Builtin("asinh")
    public static Value asinh(Value v) {
        return complexMap(v, "asinh", ComplexFunctions::asinh, x -> true,
            x -> Double.isInfinite(x) ? x : Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x));
    }

    /** acosh: real for x >= 1, complex below. */
    @Builtin("acosh")
    public static Value acosh(Value v) {
        return complexMap(v, "acosh", ComplexFunctions::acosh, x -> x >= 1 || Double.isNaN(x),
            x -> Math.log(x + Math.sqrt(x * x - 1)));
    }

    /** atanh: real for |x| <= 1, complex outside. */
    @Builtin("atanh")
    public static Value atanh(Value v) {
        return complexMap(v, "atanh", ComplexFunctions::atanh, x -> Math.abs(x) <= 1 || Double.isNaN(x),
            x -> 0.5 * Math.log((1 + x) / (1 - x)));
    }

    @Builtin("sec")
    public static Value sec(Value v) {
        return complexMap(v, "sec", (a, b, out) -> {
            ComplexFunctions.cos(a, b, out);
            ComplexFunctions.reciprocal(out.clone(), out);
        }, x -> true, x -> 1 / Math.cos(x));
    }

    @Builtin("csc")
    public static Value csc(Value v) {
        return complexMap(v, "csc", (a, b, out) -> {
            ComplexFunctions.sin(a, b, out);
            ComplexFunctions.reciprocal(out.clone(), out);
        }, x -> true, x -> 1 / Math.sin(x));
    }

    @Builtin("cot")
    public static Value cot(Value v) {
        return complexMap(v, "cot", ComplexFunctions::cot, x -> true, x -> 1 / Math.tan(x));
    }

    /** coth through its own complex kernel (1 / tanh would divide by zero at tanh's poles); the builtin is in Trigonometry. */
    static Value coth(Value v) {
        return complexMap(v, "coth", ComplexFunctions::coth, x -> true, x -> 1 / Math.tanh(x));
    }

    @Builtin("tanh")
    public static Value tanh(Value v) {
        return complexMap(v, "tanh", ComplexFunctions::tanh, x -> true, Math::tanh);
    }

    /** sind: the angle reduced to [-180, 180) first, exact zeros at multiples of 180; complex as sin(pi z / 180). */
    @Builtin("sind")
    public static Value sind(Value v) {
        if (Args.array(v, "sind").isComplex() || v instanceof mjc.runtime.value.CharArray) {
            return degreesComplex(v, "sind", true);
        }
        return Mapping.mapDouble(v, "sind", x -> {
            double r = reduceDegrees(x);
            return r % 180 == 0 ? 0 * Math.signum(x) : Math.sin(Math.toRadians(r));
        });
    }

    /** cosd: the angle reduced to [-180, 180) first, exact zeros at odd multiples of 90. */
    @Builtin("cosd")
    public static Value cosd(Value v) {
        if (Args.array(v, "cosd").isComplex() || v instanceof mjc.runtime.value.CharArray) {
            return degreesComplex(v, "cosd", false);
        }
        return Mapping.mapDouble(v, "cosd", x -> {
            double r = reduceDegrees(x);
            return (r - 90) % 180 == 0 ? 0 : Math.cos(Math.toRadians(r));
        });
    }

    private static double reduceDegrees(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double r = (x - 180) % 360;
        if (r < 0) {
            r += 360;
        }
        return r - 180;
    }

    private static Value degreesComplex(Value v, String fn, boolean sine) {
        if (v instanceof mjc.runtime.value.CharArray) {
            throw Errors.of("MATLAB:" + fn + ":nonFloatInput", "Input must be numeric, not char.");
        }
        Value z = mjc.runtime.ops.Operators.times(v, DoubleArray.scalar(Math.PI / 180));
        return sine ? sin(z) : cos(z);
    }

    @Builtin("deg2rad")
    public static Value deg2rad(Value v) {
        return Mapping.mapDouble(v, "deg2rad", x -> x * Math.PI / 180);
    }

    @Builtin("rad2deg")
    public static Value rad2deg(Value v) {
        return Mapping.mapDouble(v, "rad2deg", x -> x * 180 / Math.PI);
    }

    @Builtin("real")
    public static Value real(Value v) {
        ArrayValue a = Args.array(v, "real");
        if (!a.isComplex()) {
            return a instanceof DoubleArray || a instanceof IntArray || a instanceof SingleArray ? a
                : Mapping.mapDouble(a, "real", x -> x);
        }
        return Mapping.mapDouble(a, "real", x -> x);
    }

    @Builtin("imag")
    public static Value imag(Value v) {
        ArrayValue a = Args.array(v, "imag");
        int n = a.numel();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a.im(i);
        }
        return ResultClass.narrow(ResultClass.of(a), a.dims(), r, null);
    }

    @Builtin("conj")
    public static Value conj(Value v) {
        ArrayValue a = Args.array(v, "conj");
        if (!a.isComplex()) {
            return a;
        }
        int n = a.numel();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = a.re(i);
            im[i] = -a.im(i);
        }
        return ResultClass.narrow(ResultClass.of(a), a.dims(), re, im);
    }

    @Builtin("angle")
    public static Value angle(Value v) {
        ArrayValue a = Args.array(v, "angle");
        int n = a.numel();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.atan2(a.im(i), a.re(i));
        }
        return DoubleArray.of(a.dims(), r);
    }

    @Builtin("complex")
    public static Value[] complex(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "complex");
        if (args.length == 1) {
            int n = a.numel();
            double[] re = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = a.re(i);
            }
            return new Value[] {new DoubleArray(a.dims(), re, new double[n])};
        }
        Value im = Operators.times(args[1], DoubleArray.complex(0, 1));
        Value r = Operators.plus(a, im);
        if (r instanceof DoubleArray d && !d.isComplex()) {
            return new Value[] {new DoubleArray(d.dims(), d.realData(), new double[d.numel()])};
        }
        return new Value[] {r};
    }

    @Builtin("isnan")
    public static Value isnan(Value v) {
        return Mapping.test(v, "isnan", (re, im) -> Double.isNaN(re) || Double.isNaN(im));
    }

    @Builtin("isinf")
    public static Value isinf(Value v) {
        return Mapping.test(v, "isinf", (re, im) -> Double.isInfinite(re) || Double.isInfinite(im));
    }

    @Builtin("isfinite")
    public static Value isfinite(Value v) {
        return Mapping.test(v, "isfinite", (re, im) -> Double.isFinite(re) && Double.isFinite(im));
    }

    @Builtin("power")
    public static Value power(Value a, Value b) {
        return Operators.power(a, b);
    }

    @Builtin("plus")
    public static Value plus(Value a, Value b) {
        return Operators.plus(a, b);
    }

    @Builtin("minus")
    public static Value minus(Value a, Value b) {
        return Operators.minus(a, b);
    }

    @Builtin("times")
    public static Value times(Value a, Value b) {
        return Operators.times(a, b);
    }

    @Builtin("rdivide")
    public static Value rdivide(Value a, Value b) {
        return Operators.rdivide(a, b);
    }

    @Builtin("ldivide")
    public static Value ldivide(Value a, Value b) {
        return Elementwise.apply(BinaryOp.LDIVIDE, a, b);
    }

    @Builtin("uminus")
    public static Value uminus(Value a) {
        return Operators.uminus(a);
    }

    @Builtin("eq")
    public static Value eq(Value a, Value b) {
        return Operators.eq(a, b);
    }

    @Builtin("ne")
    public static Value ne(Value a, Value b) {
        return Operators.ne(a, b);
    }

    @Builtin("lt")
    public static Value lt(Value a, Value b) {
        return Operators.lt(a, b);
    }

    @Builtin("le")
    public static Value le(Value a, Value b) {
        return Operators.le(a, b);
    }

    @Builtin("gt")
    public static Value gt(Value a, Value b) {
        return Operators.gt(a, b);
    }

    @Builtin("ge")
    public static Value ge(Value a, Value b) {
        return Operators.ge(a, b);
    }

    @Builtin("and")
    public static Value and(Value a, Value b) {
        return Operators.and(a, b);
    }

    @Builtin("or")
    public static Value or(Value a, Value b) {
        return Operators.or(a, b);
    }

    @Builtin("not")
    public static Value not(Value a) {
        return Operators.not(a);
    }

    @Builtin("xor")
    public static Value xor(Value a, Value b) {
        Value x = Operators.not(Operators.not(a));
        Value y = Operators.not(Operators.not(b));
        return Operators.ne(x, y);
    }

    @Builtin("gcd")
    public static Value gcd(Value a, Value b) {
        return Mapping.map2(a, b, "gcd", (x, y) -> {
            x = Math.abs(x);
            y = Math.abs(y);
            while (y != 0) {
                double t = x % y;
                x = y;
                y = t;
            }
            return x;
        });
    }

    @Builtin("lcm")
    public static Value lcm(Value a, Value b) {
        return Mapping.map2(a, b, "lcm", (x, y) -> {
            double p = Math.abs(x * y);
            double g = Math.abs(x);
            double h = Math.abs(y);
            while (h != 0) {
                double t = g % h;
                g = h;
                h = t;
            }
            return g == 0 ? 0 : p / g;
        });
    }

    @Builtin("nthroot")
    public static Value nthroot(Value a, Value b) {
        return Mapping.map2(a, b, "nthroot", (x, n) -> {
            if (x < 0 && n % 2 == 1) {
                return -Math.pow(-x, 1.0 / n);
            }
            return Math.pow(x, 1.0 / n);
        });
    }

    @Builtin("isprime")
    public static Value isprime(Value v) {
        return Mapping.test(v, "isprime", (x, im) -> {
            if (x < 2 || x != Math.rint(x)) {
                return false;
            }
            for (long d = 2; d * d <= x; d++) {
                if (x % d == 0) {
                    return false;
                }
            }
            return true;
        });
    }

    @Builtin("primes")
    public static Value primes(Value v) {
        int n = (int) Math.floor(Args.scalar(v, "primes"));
        java.util.List<Double> out = new java.util.ArrayList<>();
        boolean[] composite = new boolean[Math.max(2, n + 1)];
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                out.add((double) i);
                for (long j = (long) i * i; j <= n; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        double[] r = out.stream().mapToDouble(Double::doubleValue).toArray();
        return new DoubleArray(new int[] {1, r.length}, r, null);
    }

    @Builtin("nchoosek")
    public static Value nchoosek(Value nv, Value kv) {
        double k = Args.scalar(kv, "nchoosek");
        if (k < 0 || k != Math.floor(k)) {
            throw Errors.of("MATLAB:nchoosek:InvalidArg2", "K must be a nonnegative integer.");
        }
        if (nv.numel() != 1) {
            return combinations(nv, (int) k);
        }
        double n = Args.scalar(nv, "nchoosek");
        if (k > n) {
            throw Errors.of("MATLAB:nchoosek:KOutOfRange", "K must be an integer between 0 and N.");
        }
        double r = 1;
        k = Math.min(k, n - k);
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return DoubleArray.scalar(Math.rint(r));
    }

    /** nchoosek(v, k): every k-element combination of v's elements, one per row, in order of position. */
    private static Value combinations(Value v, int k) {
        int n = v.numel();
        if (k > n) {
            return v.emptyLike(new int[] {0, k});
        }
        java.util.List<int[]> rows = new java.util.ArrayList<>();
        int[] c = new int[k];
        for (int i = 0; i < k; i++) {
            c[i] = i;
        }
        while (true) {
            rows.add(c.clone());
            int i = k - 1;
            while (i >= 0 && c[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            c[i]++;
            for (int j = i + 1; j < k; j++) {
                c[j] = c[j - 1] + 1;
            }
            if (rows.size() > 10_000_000) {
                throw Errors.of("MATLAB:nomem", "Out of memory: too many combinations.");
            }
        }
        int m = rows.size();
        int[] idx = new int[m * k];
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < k; j++) {
                idx[r + j * m] = rows.get(r)[j];
            }
        }
        return v.gather(idx, mjc.runtime.value.Dims.of(m, k));
    }
}
