package mjc.stdlib.array;

import mjc.runtime.error.Errors;
import mjc.runtime.index.Index;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Arrays built from blocks of others: blkdiag and repelem. */
public final class BlockBuilders {
    private BlockBuilders() {
    }

    /** blkdiag(A, B, ...): the matrices down the diagonal, zeros elsewhere (a double matrix, as Octave gives). */
    @Builtin("blkdiag")
    public static Value[] blkdiag(Value[] args, int nargout) {
        int m = 0;
        int n = 0;
        for (Value v : args) {
            ArrayValue a = Args.array(v, "blkdiag");
            if (a.dims().length > 2) {
                throw Errors.of("MATLAB:blkdiag:NDArray", "All inputs must be 2-D.");
            }
            m += a.dims()[0];
            n += a.dims()[1];
        }
        double[] re = new double[m * n];
        double[] im = null;
        int r0 = 0;
        int c0 = 0;
        for (Value v : args) {
            ArrayValue a = (ArrayValue) v;
            int am = a.dims()[0];
            int an = a.dims()[1];
            for (int j = 0; j < an; j++) {
                for (int i = 0; i < am; i++) {
                    re[r0 + i + (c0 + j) * m] = a.re(i + j * am);
                    if (a.isComplex()) {
                        im = im == null ? new double[m * n] : im;
                        im[r0 + i + (c0 + j) * m] = a.im(i + j * am);
                    }
                }
            }
            r0 += am;
            c0 += an;
        }
        Value out = DoubleArray.of(Dims.of(m, n), re, im);
        return new Value[] {out};
    }

    /**
     * repelem(v, n) repeats each element of a vector n times (n a scalar or one count per element);
     * repelem(A, r1, r2, ...) repeats along each dimension.
     */
    @Builtin("repelem")
    public static Value[] repelem(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        Value a = args[0];
        if (args.length == 2) {
            int[] d = a.dims();
            if (!Dims.isVector(d) && a.numel() != 1) {
                throw Errors.of("MATLAB:repelem:invalidNumRepeats", "With two inputs, the first must be a vector or a "
                    + "scalar.");
            }
            int[] idx = expand(counts(args[1], a.numel()), a.numel());
            boolean column = d[0] > 1 && d[1] == 1;
            return new Value[] {a.gather(idx, column ? Dims.of(idx.length, 1) : Dims.row(idx.length))};
        }
        Value[] subs = new Value[args.length - 1];
        for (int k = 1; k < args.length; k++) {
            int extent = Dims.size(a.dims(), k - 1);
            int[] idx = expand(counts(args[k], extent), extent);
            double[] one = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                one[i] = idx[i] + 1;
            }
            subs[k - 1] = DoubleArray.row(one);
        }
        return new Value[] {Index.paren(a, subs)};
    }

    private static int[] counts(Value v, int n) {
        ArrayValue c = Args.array(v, "repelem");
        if (c.numel() != 1 && c.numel() != n) {
            throw Errors.of("MATLAB:repelem:mismatchedReplications", "The number of repetitions must be a scalar or "
                + "match the number of elements along the dimension.");
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double r = c.re(c.numel() == 1 ? 0 : i);
            if (r < 0 || r != Math.rint(r)) {
                throw Errors.of("MATLAB:repelem:invalidReplications", "Replication factors must be nonnegative integers.");
            }
            out[i] = (int) r;
        }
        return out;
    }

    private static int[] expand(int[] counts, int n) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] idx = new int[total];
        for (int i = 0, k = 0; i < n; i++) {
            for (int r = 0; r < counts[i]; r++) {
                idx[k++] = i;
            }
        }
        return idx;
    }
}
