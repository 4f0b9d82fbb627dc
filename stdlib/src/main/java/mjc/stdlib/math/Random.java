package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.session.Session;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.array.Dimensions;

/**
 * rand, randn, randi, rng on MATLAB's default generator: the Mersenne Twister (MT19937) seeded
 * with 5489 for seed 0, doubles made from two 32-bit draws (53 random bits), so that seeded
 * programs print MATLAB's numbers (after rng(0) the first rand is 0.8147).
 */
public final class Random {
    private final MersenneTwister mt = new MersenneTwister(0);
    private double spareNormal = Double.NaN;

    private static Random of() {
        return Session.current().state(Random.class, Random::new);
    }

    private static int[] dims(Value[] args) {
        int n = args.length;
        while (n > 0 && args[n - 1] instanceof CharArray) {
            n--;
        }
        return Dimensions.parse(args, n, "rand");
    }

    @Builtin("rand")
    public static Value[] rand(Value[] args, int nargout) {
        int[] d = dims(args);
        Random r = of();
        double[] out = new double[Dims.toAllocate(d, 8)];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.mt.nextDouble();
        }
        return new Value[] {DoubleArray.of(d, out)};
    }

    @Builtin("randn")
    public static Value[] randn(Value[] args, int nargout) {
        int[] d = dims(args);
        Random r = of();
        double[] out = new double[Dims.toAllocate(d, 8)];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.normal();
        }
        return new Value[] {DoubleArray.of(d, out)};
    }

    private double normal() {
        if (!Double.isNaN(spareNormal)) {
            double s = spareNormal;
            spareNormal = Double.NaN;
            return s;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * mt.nextDouble() - 1;
            v = 2 * mt.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spareNormal = v * m;
        return u * m;
    }

    @Builtin("randi")
    public static Value[] randi(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        double lo = 1;
        double hi;
        mjc.runtime.value.ArrayValue range = Args.array(args[0], "randi");
        if (range.numel() == 2) {
            lo = range.re(0);
            hi = range.re(1);
        } else {
            hi = range.re(0);
        }
        if (hi < lo) {
            throw Errors.of("MATLAB:randi:invalidLimits", "The first input must be a positive integer or a range.");
        }
        Value[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        int[] d = dims(rest);
        Random r = of();
        double span = hi - lo + 1;
        double[] out = new double[Dims.toAllocate(d, 8)];
        for (int i = 0; i < out.length; i++) {
            out[i] = lo + Math.floor(r.mt.nextDouble() * span);
        }
        return new Value[] {DoubleArray.of(d, out)};
    }

    @Builtin("randperm")
    public static Value[] randperm(Value[] args, int nargout) {
        int n = Args.size(args[0], "randperm");
        int k = args.length > 1 ? Args.size(args[1], "randperm") : n;
        Random r = of();
        double[] keys = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = r.mt.nextDouble();
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = order[i] + 1;
        }
        return new Value[] {new DoubleArray(new int[] {1, k}, out, null)};
    }

    @Builtin("rng")
    public static Value[] rng(Value[] args, int nargout) {
        Random r = of();
        if (args.length >= 1) {
            if (args[0] instanceof CharArray c) {
                String s = c.string();
                if (s.equals("default")) {
                    r.mt.seed(0);
                } else if (s.equals("shuffle")) {
                    r.mt.seed(System.nanoTime() & 0xffffffffL);
                }
            } else {
                double seed = Args.scalar(args[0], "rng");
                if (seed < 0 || seed != Math.rint(seed) || seed > 4294967295.0) {
                    throw Errors.of("MATLAB:rng:badSeed", "The seed must be a nonnegative integer less than 2^32.");
                }
                r.mt.seed((long) seed);
            }
            r.spareNormal = Double.NaN;
        }
        return new Value[0];
    }
}
