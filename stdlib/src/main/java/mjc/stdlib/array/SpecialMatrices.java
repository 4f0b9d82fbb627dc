package mjc.stdlib.array;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Named matrices: pascal, hilb, invhilb, vander, toeplitz, hankel, compan. */
public final class SpecialMatrices {
    private SpecialMatrices() {
    }

    private static int order(Value v, String fn) {
        double n = Args.scalar(v, fn);
        if (n != Math.floor(n) || n < 0) {
            throw Errors.of("MATLAB:" + fn + ":invalidOrder", "Order must be a nonnegative integer.");
        }
        if (n * n > Integer.MAX_VALUE / 8.0) {
            throw Errors.of("MATLAB:array:SizeLimitExceeded", "Requested " + (long) n + "x" + (long) n
                + " array exceeds maximum array size preference.");
        }
        return (int) n;
    }

    /** pascal(n): the symmetric Pascal matrix, binomial coefficients A(i,j) = nchoosek(i+j-2, j-1). */
    @Builtin("pascal")
    public static Value pascal(Value nv) {
        int n = order(nv, "pascal");
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i] = 1;
            a[i * n] = 1;
        }
        for (int i = 1; i < n; i++) {
            for (int j = 1; j < n; j++) {
                a[i + j * n] = a[i - 1 + j * n] + a[i + (j - 1) * n];
            }
        }
        return DoubleArray.of(Dims.of(n, n), a);
    }

    /** hilb(n): the Hilbert matrix 1/(i+j-1). */
    @Builtin("hilb")
    public static Value hilb(Value nv) {
        int n = order(nv, "hilb");
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i + j * n] = 1.0 / (i + j + 1);
            }
        }
        return DoubleArray.of(Dims.of(n, n), a);
    }

    /** invhilb(n): the exact inverse of the Hilbert matrix (integers, exact for n up to about 13). */
    @Builtin("invhilb")
    public static Value invhilb(Value nv) {
        int n = order(nv, "invhilb");
        double[] a = new double[n * n];
        double p = n;
        for (int i = 1; i <= n; i++) {
            if (i > 1) {
                p = ((double) (n - i + 1) * p * (n + i - 1)) / ((double) (i - 1) * (i - 1));
            }
            double r = p * p;
            a[(i - 1) + (i - 1) * n] = r / (2 * i - 1);
            for (int j = i + 1; j <= n; j++) {
                r = -((double) (n - j + 1) * r * (n + j - 1)) / ((double) (j - 1) * (j - 1));
                a[(i - 1) + (j - 1) * n] = r / (i + j - 1);
                a[(j - 1) + (i - 1) * n] = r / (i + j - 1);
            }
        }
        return DoubleArray.of(Dims.of(n, n), a);
    }

    /** vander(v): columns are powers of v, highest first (A(i,j) = v(i)^(n-j)). */
    @Builtin("vander")
    public static Value vander(Value vv) {
        ArrayValue v = Args.array(vv, "vander");
        int n = v.numel();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            double x = v.re(i);
            double p = 1;
            for (int j = n - 1; j >= 0; j--) {
                a[i + j * n] = p;
                p *= x;
            }
        }
        return DoubleArray.of(Dims.of(n, n), a);
    }

    /** toeplitz(c) (symmetric) or toeplitz(c, r): constant diagonals, first column c and first row r. */
    @Builtin("toeplitz")
    public static Value[] toeplitz(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue c = Args.array(args[0], "toeplitz");
        ArrayValue r = args.length == 2 ? Args.array(args[1], "toeplitz") : c;
        int m = c.numel();
        int n = r.numel();
        double[] a = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i + j * m] = i >= j ? c.re(i - j) : r.re(j - i);
            }
        }
        return new Value[] {DoubleArray.of(Dims.of(m, n), a)};
    }

    /** hankel(c) (zeros below the anti-diagonal) or hankel(c, r): constant anti-diagonals. */
    @Builtin("hankel")
    public static Value[] hankel(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue c = Args.array(args[0], "hankel");
        int m = c.numel();
        ArrayValue r = args.length == 2 ? Args.array(args[1], "hankel") : null;
        int n = r == null ? m : r.numel();
        double[] a = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int k = i + j;
                a[i + j * m] = k < m ? c.re(k) : r == null ? 0 : r.re(k - m + 1);
            }
        }
        return new Value[] {DoubleArray.of(Dims.of(m, n), a)};
    }

    /** compan(p): the companion matrix of the polynomial with coefficients p (highest power first). */
    @Builtin("compan")
    public static Value compan(Value pv) {
        ArrayValue p = Args.array(pv, "compan");
        if (!Dims.isVector(p.dims()) && p.numel() > 0) {
            throw Errors.of("MATLAB:compan:NeedVectorInput", "Input argument must be a vector.");
        }
        int n = p.numel() - 1;
        if (n < 1) {
            return DoubleArray.empty();
        }
        if (p.re(0) == 0) {
            throw Errors.of("MATLAB:compan:FirstCoefZero", "The first coefficient of the polynomial must be nonzero.");
        }
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            a[j * n] = -p.re(j + 1) / p.re(0);
        }
        for (int i = 1; i < n; i++) {
            a[i + (i - 1) * n] = 1;
        }
        return DoubleArray.of(Dims.of(n, n), a);
    }

    /** hadamard(n): the Hadamard matrix of order n = 2^k, 12 * 2^k or 20 * 2^k (Sylvester's doubling). */
    @Builtin("hadamard")
    public static Value hadamard(Value nv) {
        int n = Args.size(nv, "hadamard");
        int k = 0;
        int base = n;
        while (base > 1 && base % 2 == 0) {
            base /= 2;
            k++;
        }
        double[][] h;
        if (base == 1) {
            h = new double[][] {{1}};
        } else if (base == 3 || base == 5) {
            // orders 12 and 20: Paley's constructions, as MATLAB lists them
            h = base == 3 ? paley12() : paley20();
            k -= 2;
            if (k < 0) {
                throw badHadamard();
            }
        } else {
            throw badHadamard();
        }
        for (int s = 0; s < k; s++) {
            int m = h.length;
            double[][] g = new double[2 * m][2 * m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    g[i][j] = h[i][j];
                    g[i][j + m] = h[i][j];
                    g[i + m][j] = h[i][j];
                    g[i + m][j + m] = -h[i][j];
                }
            }
            h = g;
        }
        int m = h.length;
        double[] a = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i + j * m] = h[i][j];
            }
        }
        return DoubleArray.of(Dims.of(m, m), a);
    }

    private static RuntimeException badHadamard() {
        return Errors.of("MATLAB:hadamard:Invalid", "N, N/12 or N/20 must be a power of 2.");
    }

    /** Order 12: ones bordering toeplitz(tu, tl) (the construction Octave and MATLAB share). */
    private static double[][] paley12() {
        double[] tu = {-1, 1, -1, 1, 1, 1, -1, -1, -1, 1, -1};
        double[] tl = {-1, -1, 1, -1, -1, -1, 1, 1, 1, -1, 1};
        return bordered(tu, tl, false);
    }

    /** Order 20: ones bordering fliplr(toeplitz(tu, tl)). */
    private static double[][] paley20() {
        double[] tu = {1, -1, -1, 1, 1, 1, 1, -1, 1, -1, 1, -1, -1, -1, -1, 1, 1, -1, -1};
        double[] tl = {1, -1, -1, 1, 1, -1, -1, -1, -1, 1, -1, 1, -1, 1, 1, 1, 1, -1, -1};
        return bordered(tu, tl, true);
    }

    /** A first row and column of ones around toeplitz(col, row), optionally flipped left to right. */
    private static double[][] bordered(double[] col, double[] row, boolean flip) {
        int n = col.length;
        double[][] h = new double[n + 1][n + 1];
        java.util.Arrays.fill(h[0], 1);
        for (int i = 0; i < n; i++) {
            h[i + 1][0] = 1;
            for (int j = 0; j < n; j++) {
                int jj = flip ? n - 1 - j : j;
                h[i + 1][j + 1] = i >= jj ? col[i - jj] : row[jj - i];
            }
        }
        return h;
    }

    /** rosser: the classic 8-by-8 symmetric eigenvalue test matrix. */
    @Builtin("rosser")
    public static Value rosser() {
        double[] rows = {
            611, 196, -192, 407, -8, -52, -49, 29,
            196, 899, 113, -192, -71, -43, -8, -44,
            -192, 113, 899, 196, 61, 49, 8, 52,
            407, -192, 196, 611, 8, 44, 59, -23,
            -8, -71, 61, 8, 411, -599, 208, 208,
            -52, -43, 49, 44, -599, 411, 208, 208,
            -49, -8, 8, 59, 208, 208, 99, -911,
            29, -44, 52, -23, 208, 208, -911, 99};
        return DoubleArray.of(Dims.of(8, 8), rows); // symmetric: row order is column order
    }

    /** wilkinson(n): Wilkinson's symmetric tridiagonal eigenvalue test matrix. */
    @Builtin("wilkinson")
    public static Value wilkinson(Value nv) {
        int n = Args.size(nv, "wilkinson");
        double[] a = new double[n * n];
        double mid = (n - 1) / 2.0;
        for (int i = 0; i < n; i++) {
            a[i + i * n] = Math.abs(i - mid);
            if (i + 1 < n) {
                a[i + (i + 1) * n] = 1;
                a[i + 1 + i * n] = 1;
            }
        }
        return DoubleArray.of(Dims.of(n, n), a);
    }
}
