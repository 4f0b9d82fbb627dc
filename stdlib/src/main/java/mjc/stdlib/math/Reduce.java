package mjc.stdlib.math;

import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;

/**
 * Walks an array fiber by fiber along one dimension: the basis of sum, prod, max, mean, sort
 * and friends. {@link #defaultDim} is MATLAB's first non-singleton dimension.
 */
public final class Reduce {
    private Reduce() {
    }

    public static int defaultDim(int[] d) {
        if (d.length == 2 && d[0] == 0 && d[1] == 0) {
            return 0;
        }
        for (int k = 0; k < d.length; k++) {
            if (d[k] != 1) {
                return k;
            }
        }
        return 0;
    }

    /** Output shape of a reduction along dim. */
    public static int[] reducedDims(int[] d, int dim) {
        if (dim >= d.length) {
            return d;
        }
        int[] r = d.clone();
        r[dim] = 1;
        return Dims.normalize(r);
    }

    /** Number of fibers, fiber length and stride for dim; fiber f's element k is at start(f) + k*stride. */
    public static final class Fibers {
        public final int count;
        public final int length;
        public final int stride;
        private final int inner;

        public Fibers(int[] d, int dim) {
            int in = 1;
            for (int k = 0; k < dim && k < d.length; k++) {
                in *= d[k];
            }
            int len = Dims.size(d, dim);
            int out = 1;
            for (int k = dim + 1; k < d.length; k++) {
                out *= d[k];
            }
            this.inner = in;
            this.length = len;
            this.stride = in;
            this.count = in * out;
        }

        public int start(int f) {
            int o = f / inner;
            int i = f % inner;
            return o * inner * length + i;
        }
    }

    public interface Kernel {
        double apply(ArrayValue a, int start, int length, int stride);
    }

    /** Reduces every fiber with the kernel, giving a double array of the reduced shape. */
    public static double[] apply(ArrayValue a, int dim, Kernel k) {
        int[] d = a.dims();
        Fibers f = new Fibers(d, dim);
        double[] out = new double[f.count];
        for (int i = 0; i < f.count; i++) {
            out[i] = k.apply(a, f.start(i), f.length, f.stride);
        }
        return out;
    }
}
