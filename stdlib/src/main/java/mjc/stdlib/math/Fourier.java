package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * The discrete Fourier transform: fft, ifft (with 'symmetric'), fft2, ifft2. Iterative radix-2
 * for power-of-two lengths and Bluestein's chirp-z for the rest, so every length is
 * O(n log n). Along the first non-singleton dimension unless a dim is given; fft(x, n) pads
 * with zeros or truncates. A result whose imaginary parts are all zero is real, as MATLAB shows it.
 */
public final class Fourier {
    private Fourier() {
    }

    @Builtin("fft")
    public static Value[] fft(Value[] args, int nargout) {
        return new Value[] {transform(args, false, "fft")};
    }

    @Builtin("ifft")
    public static Value[] ifft(Value[] args, int nargout) {
        return new Value[] {transform(args, true, "ifft")};
    }

    @Builtin("fft2")
    public static Value fft2(Value x) {
        Value a = transform(new Value[] {x, DoubleArray.empty(), DoubleArray.scalar(1)}, false, "fft2");
        return transform(new Value[] {a, DoubleArray.empty(), DoubleArray.scalar(2)}, false, "fft2");
    }

    @Builtin("ifft2")
    public static Value ifft2(Value x) {
        Value a = transform(new Value[] {x, DoubleArray.empty(), DoubleArray.scalar(1)}, true, "ifft2");
        return transform(new Value[] {a, DoubleArray.empty(), DoubleArray.scalar(2)}, true, "ifft2");
    }

    private static Value transform(Value[] args, boolean inverse, String fn) {
        boolean symmetric = false;
        int nargs = args.length;
        if (nargs > 1 && Args.isText(args[nargs - 1])) {
            String opt = Args.text(args[nargs - 1], fn);
            if (!opt.equals("symmetric") && !opt.equals("nonsymmetric")) {
                throw Errors.of("MATLAB:" + fn + ":UnknownOption", "Option must be 'symmetric' or 'nonsymmetric'.");
            }
            symmetric = opt.equals("symmetric");
            nargs--;
        }
        Args.count(java.util.Arrays.copyOf(args, nargs), 1, 3);
        ArrayValue x = Args.array(args[0], fn);
        int[] d = x.dims();
        int dim = nargs > 2 ? (int) Args.scalar(args[2], fn) - 1 : Reduce.defaultDim(d);
        int len = Dims.size(d, dim);
        int n = nargs > 1 && args[1].numel() > 0 ? (int) Args.scalar(args[1], fn) : len;
        if (n < 0 || nargs > 1 && args[1].numel() > 0 && Args.scalar(args[1], fn) != n) {
            throw Errors.of("MATLAB:" + fn + ":lengthNotPositiveInteger", "Transform length must be a nonnegative integer"
                + " scalar.");
        }
        int nd = Math.max(d.length, dim + 1);
        int[] od = new int[nd];
        for (int k = 0; k < nd; k++) {
            od[k] = k == dim ? n : Dims.size(d, k);
        }
        int inner = 1;
        for (int k = 0; k < dim; k++) {
            inner *= od[k];
        }
        int outer = 1;
        for (int k = dim + 1; k < nd; k++) {
            outer *= od[k];
        }
        int total = inner * n * outer;
        double[] re = new double[total];
        double[] im = new double[total];
        double[] fr = new double[n];
        double[] fi = new double[n];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                java.util.Arrays.fill(fr, 0);
                java.util.Arrays.fill(fi, 0);
                for (int k = 0; k < Math.min(n, len); k++) {
                    int src = i + k * inner + o * inner * len;
                    fr[k] = x.re(src);
                    fi[k] = x.isComplex() ? x.im(src) : 0;
                }
                dft(fr, fi, inverse);
                for (int k = 0; k < n; k++) {
                    int dst = i + k * inner + o * inner * n;
                    re[dst] = inverse ? fr[k] / n : fr[k];
                    im[dst] = inverse ? fi[k] / n : fi[k];
                }
            }
        }
        boolean real = symmetric;
        if (!real) {
            real = true;
            for (double v : im) {
                if (v != 0) {
                    real = false;
                    break;
                }
            }
        }
        int[] outDims = Dims.normalize(od);
        return real ? DoubleArray.of(outDims, re) : DoubleArray.of(outDims, re, im);
    }

    /** In place: the DFT (or, inverse, the unscaled inverse DFT) of re + i*im. */
    static void dft(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (n <= 1) {
            return;
        }
        if ((n & (n - 1)) == 0) {
            radix2(re, im, inverse);
        } else if (n <= 64) {
            direct(re, im, inverse);
        } else {
            bluestein(re, im, inverse);
        }
    }

    /** cos and sin of -2*pi*k/n (or +, inverse), exact at quarter turns (so small transforms of integers stay exact). */
    private static double[] twiddle(long k, int n, boolean inverse) {
        long r = Math.floorMod(k, n);
        if (4 * r % n == 0) {
            int q = (int) (4 * r / n);
            double c = q == 0 ? 1 : q == 2 ? -1 : 0;
            double sn = q == 1 ? 1 : q == 3 ? -1 : 0;
            return new double[] {c, inverse ? sn : -sn};
        }
        double ang = (inverse ? 2 : -2) * Math.PI * r / n;
        return new double[] {Math.cos(ang), Math.sin(ang)};
    }

    /** O(n^2) for short lengths that are not powers of two: as exact as the twiddles allow. */
    private static void direct(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        double[] tc = new double[n];
        double[] ts = new double[n];
        for (int k = 0; k < n; k++) {
            double[] w = twiddle(k, n, inverse);
            tc[k] = w[0];
            ts[k] = w[1];
        }
        double[] or = new double[n];
        double[] oi = new double[n];
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                int t = (int) ((long) k * j % n);
                sr += re[j] * tc[t] - im[j] * ts[t];
                si += re[j] * ts[t] + im[j] * tc[t];
            }
            or[k] = sr;
            oi[k] = si;
        }
        System.arraycopy(or, 0, re, 0, n);
        System.arraycopy(oi, 0, im, 0, n);
    }

    private static void radix2(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int size = 2; size <= n; size <<= 1) {
            for (int start = 0; start < n; start += size) {
                for (int k = 0; k < size / 2; k++) {
                    double[] w = twiddle(k, size, inverse);
                    double wr = w[0];
                    double wi = w[1];
                    int a = start + k;
                    int b = a + size / 2;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    /** Any length as a convolution of power-of-two length (Bluestein's algorithm). */
    private static void bluestein(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        int m = Integer.highestOneBit(2 * n - 1) << 1;
        double[] cr = new double[n];
        double[] ci = new double[n];
        for (int k = 0; k < n; k++) {
            long kk = (long) k * k % (2L * n);
            double ang = (inverse ? 1 : -1) * Math.PI * kk / n;
            cr[k] = Math.cos(ang);
            ci[k] = Math.sin(ang);
        }
        double[] ar = new double[m];
        double[] ai = new double[m];
        double[] br = new double[m];
        double[] bi = new double[m];
        for (int k = 0; k < n; k++) {
            ar[k] = re[k] * cr[k] - im[k] * ci[k];
            ai[k] = re[k] * ci[k] + im[k] * cr[k];
        }
        br[0] = cr[0];
        bi[0] = -ci[0];
        for (int k = 1; k < n; k++) {
            br[k] = br[m - k] = cr[k];
            bi[k] = bi[m - k] = -ci[k];
        }
        radix2(ar, ai, false);
        radix2(br, bi, false);
        for (int k = 0; k < m; k++) {
            double r = ar[k] * br[k] - ai[k] * bi[k];
            double i = ar[k] * bi[k] + ai[k] * br[k];
            ar[k] = r;
            ai[k] = i;
        }
        radix2(ar, ai, true);
        for (int k = 0; k < n; k++) {
            double r = ar[k] / m;
            double i = ai[k] / m;
            re[k] = r * cr[k] - i * ci[k];
            im[k] = r * ci[k] + i * cr[k];
        }
    }
}
