package mjc.stdlib.math;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Number theory and combinatorics: factor, perms, bitget/bitset/bitcmp. */
public final class Combinatorics {
    private Combinatorics() {
    }

    /** factor(n): the prime factors of n in ascending order (a row); [p, k] = factor(n): distinct primes and multiplicities. */
    @Builtin("factor")
    public static Value[] factor(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        ArrayValue a = Args.array(args[0], "factor");
        if (a.numel() != 1 || a.isComplex()) {
            throw Errors.of("MATLAB:factor:InputNotScalar", "N must be a scalar.");
        }
        double n = a.re(0);
        if (n < 0 || n != Math.floor(n) || Double.isInfinite(n)) {
            throw Errors.of("MATLAB:factor:InputNotPosInt", "N must be a real nonnegative integer.");
        }
        if (n > 9007199254740992.0) {
            throw Errors.of("MATLAB:factor:InputTooLarge", "The maximum value of N allowed is 2^53.");
        }
        List<Double> f = new ArrayList<>();
        long m = (long) n;
        if (m < 4) {
            f.add((double) m);
        } else {
            for (long p = 2; p * p <= m; p += p == 2 ? 1 : 2) {
                while (m % p == 0) {
                    f.add((double) p);
                    m /= p;
                }
            }
            if (m > 1) {
                f.add((double) m);
            }
        }
        double[] out = f.stream().mapToDouble(Double::doubleValue).toArray();
        Value first = a instanceof IntArray ia ? cast(out, ia.mclass()) : DoubleArray.of(Dims.row(out.length), out);
        if (nargout < 2) {
            return new Value[] {first};
        }
        List<Double> ps = new ArrayList<>();
        List<Double> ks = new ArrayList<>();
        for (double p : out) {
            if (!ps.isEmpty() && ps.get(ps.size() - 1) == p) {
                ks.set(ks.size() - 1, ks.get(ks.size() - 1) + 1);
            } else {
                ps.add(p);
                ks.add(1.0);
            }
        }
        double[] pd = ps.stream().mapToDouble(Double::doubleValue).toArray();
        double[] kd = ks.stream().mapToDouble(Double::doubleValue).toArray();
        return new Value[] {DoubleArray.of(Dims.row(pd.length), pd), DoubleArray.of(Dims.row(kd.length), kd)};
    }

    private static Value cast(double[] v, MClass cls) {
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            l[i] = (long) v[i];
        }
        return new IntArray(cls, Dims.row(v.length), l);
    }

    /** perms(v): every permutation of v's elements, one per row, in reverse lexicographic order of positions. */
    @Builtin("perms")
    public static Value perms(Value v) {
        int n = v.numel();
        if (n > 11) {
            throw Errors.of("MATLAB:pmaxsize", "Maximum variable size allowed by the program is exceeded.");
        }
        if (n == 0) {
            return v.emptyLike(new int[] {1, 0});
        }
        List<int[]> rows = new ArrayList<>();
        permute(n, rows);
        int m = rows.size();
        int[] idx = new int[m * n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                idx[r + c * m] = rows.get(r)[c];
            }
        }
        return v.gather(idx, Dims.of(m, n));
    }

    /** MATLAB's order: rows of positions in reverse lexicographic order (perms([1 2 3]) starts 3 2 1). */
    private static void permute(int n, List<int[]> out) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = n - 1 - i;
        }
        while (true) {
            out.add(p.clone());
            // previous permutation in lexicographic order of positions (descending overall)
            int i = n - 2;
            while (i >= 0 && p[i] < p[i + 1]) {
                i--;
            }
            if (i < 0) {
                return;
            }
            int j = n - 1;
            while (p[j] > p[i]) {
                j--;
            }
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
            for (int a = i + 1, b = n - 1; a < b; a++, b--) {
                t = p[a];
                p[a] = p[b];
                p[b] = t;
            }
        }
    }

    // ------------------------------------------------------------------ bits

    private static long bitsOf(ArrayValue a, int i, String fn) {
        double x = a.re(i);
        if (x < 0 && !a.mclass().integer || x != Math.floor(x)) {
            throw Errors.of("MATLAB:" + fn + ":inputNotNonnegInt", "Double inputs must have integer values in the range of"
                + " ASSUMEDTYPE.");
        }
        return a instanceof IntArray ia ? ia.get(i) : (long) x;
    }

    private static int bitCount(MClass c) {
        return switch (c) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32 -> 32;
            case INT64, UINT64 -> 64;
            default -> 53;
        };
    }

    /** bitget(A, bit): bit number bit (1 = least significant) of each element. */
    @Builtin("bitget")
    public static Value bitget(Value av, Value bv) {
        ArrayValue a = Args.array(av, "bitget");
        ArrayValue b = Args.array(bv, "bitget");
        return elementwise(a, b, "bitget", (x, bit, cls) -> (x >> (bit - 1)) & 1L);
    }

    /** bitset(A, bit) or bitset(A, bit, v): A with that bit set to 1 (or v). */
    @Builtin("bitset")
    public static Value[] bitset(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        ArrayValue a = Args.array(args[0], "bitset");
        ArrayValue b = Args.array(args[1], "bitset");
        boolean on = args.length < 3 || Args.truth(args[2]);
        return new Value[] {elementwise(a, b, "bitset", (x, bit, cls) -> on ? x | (1L << (bit - 1))
            : x & ~(1L << (bit - 1)))};
    }

    /** bitcmp(A) (integer classes) or bitcmp(A, assumedtype): every bit of the class flipped. */
    @Builtin("bitcmp")
    public static Value[] bitcmp(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "bitcmp");
        MClass cls = a.mclass();
        int bits;
        if (args.length == 2 && !cls.integer) {
            String t = Args.text(args[1], "bitcmp");
            MClass c = MClass.fromName(t);
            if (c == null || !c.integer) {
                throw Errors.of("MATLAB:bitcmp:invalidAssumedType", "ASSUMEDTYPE must be an integer type name.");
            }
            bits = bitCount(c);
        } else {
            bits = bitCount(cls);
        }
        int nb = bits;
        long mask = nb == 64 ? -1L : (1L << nb) - 1;
        int n = a.numel();
        double[] r = new double[n];
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            long x = bitsOf(a, i, "bitcmp");
            l[i] = cls.integer && cls.min < 0 ? ~x : ~x & mask;
            r[i] = l[i];
        }
        if (cls.integer) {
            return new Value[] {new IntArray(cls, a.dims(), l)};
        }
        return new Value[] {DoubleArray.of(a.dims(), r)};
    }

    private interface BitOp {
        long apply(long x, int bit, MClass cls);
    }

    private static Value elementwise(ArrayValue a, ArrayValue b, String fn, BitOp op) {
        int n = Math.max(a.numel(), b.numel());
        if (a.numel() != 1 && b.numel() != 1 && a.numel() != b.numel()) {
            throw Errors.sizeMismatch();
        }
        MClass cls = a.mclass().integer ? a.mclass() : MClass.DOUBLE;
        int limit = bitCount(cls);
        long[] l = new long[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            long x = bitsOf(a, a.numel() == 1 ? 0 : i, fn);
            double bd = b.re(b.numel() == 1 ? 0 : i);
            if (bd < 1 || bd > limit || bd != Math.floor(bd)) {
                throw Errors.of("MATLAB:" + fn + ":outOfRange", "Bit must be an integer between 1 and " + limit + ".");
            }
            l[i] = op.apply(x, (int) bd, cls);
            r[i] = l[i];
        }
        int[] dims = a.numel() >= b.numel() ? a.dims() : b.dims();
        if (cls.integer) {
            return new IntArray(cls, dims, l);
        }
        return DoubleArray.of(dims, r);
    }
}
