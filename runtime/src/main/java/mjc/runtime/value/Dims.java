package mjc.runtime.value;

import java.util.Arrays;

/**
 * Shapes of N-D arrays: int[] with at least two entries, trailing singleton dimensions removed
 * beyond the second. Shape arrays are shared between values and must never be mutated.
 */
public final class Dims {
    public static final int[] SCALAR = {1, 1};
    public static final int[] EMPTY = {0, 0};
    public static final int[] ROW0 = {1, 0};

    private Dims() {
    }

    public static int[] of(int rows, int cols) {
        if (rows == 1 && cols == 1) {
            return SCALAR;
        }
        if (rows == 0 && cols == 0) {
            return EMPTY;
        }
        return new int[] {rows, cols};
    }

    public static int[] row(int n) {
        return n == 1 ? SCALAR : new int[] {1, n};
    }

    public static int[] col(int n) {
        return n == 1 ? SCALAR : new int[] {n, 1};
    }

    /** Normalizes: at least 2 dims, trailing ones beyond the 2nd dropped, negative sizes as 0. */
    public static int[] normalize(int[] d) {
        int n = d.length;
        while (n > 2 && d[n - 1] == 1) {
            n--;
        }
        if (n < 2) {
            int[] r = new int[2];
            r[0] = d.length > 0 ? Math.max(0, d[0]) : 0;
            r[1] = 1;
            if (d.length == 0) {
                r[0] = 0;
                r[1] = 0;
            }
            return canonical(r);
        }
        int[] r = Arrays.copyOf(d, n);
        for (int i = 0; i < n; i++) {
            if (r[i] < 0) {
                r[i] = 0;
            }
        }
        return canonical(r);
    }

    private static int[] canonical(int[] r) {
        if (r.length == 2) {
            if (r[0] == 1 && r[1] == 1) {
                return SCALAR;
            }
            if (r[0] == 0 && r[1] == 0) {
                return EMPTY;
            }
        }
        return r;
    }

    /**
     * The most elements an array may have: what a Java array can index, and what fits in the
     * heap as doubles (MATLAB's maximum array size preference is the machine's memory).
     */
    private static final long MAX_ELEMENTS =
        Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / Double.BYTES);

    public static int numel(int[] d) {
        long n = 1;
        for (int x : d) {
            n *= x;
            if (n > MAX_ELEMENTS) {
                throw tooLarge(d);
            }
        }
        return (int) n;
    }

    /** MATLAB:array:SizeLimitExceeded for an array of these dimensions (of doubles). */
    public static mjc.runtime.error.MatlabError tooLarge(long... d) {
        StringBuilder shape = new StringBuilder();
        double bytes = Double.BYTES;
        for (long x : d) {
            shape.append(shape.length() == 0 ? "" : "x").append(x);
            bytes *= x;
        }
        double gib = 1L << 30;
        return mjc.runtime.error.Errors.of("MATLAB:array:SizeLimitExceeded", String.format(java.util.Locale.ROOT,
            "Requested %s (%.1fGB) array exceeds maximum array size preference (%.1fGB)."
                + " This might cause MATLAB to become unresponsive.",
            shape, bytes / gib, Runtime.getRuntime().maxMemory() / gib));
    }

    private static mjc.runtime.error.MatlabError tooLarge(int[] d) {
        long[] l = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            l[i] = d[i];
        }
        return tooLarge(l);
    }

    public static int size(int[] d, int k) {
        return k < d.length ? d[k] : 1;
    }

    public static boolean same(int[] a, int[] b) {
        if (a == b) {
            return true;
        }
        int n = Math.max(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (size(a, i) != size(b, i)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isVector(int[] d) {
        return d.length == 2 && (d[0] == 1 || d[1] == 1);
    }

    public static String str(int[] d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length; i++) {
            if (i > 0) {
                sb.append('x');
            }
            sb.append(d[i]);
        }
        return sb.toString();
    }
}
