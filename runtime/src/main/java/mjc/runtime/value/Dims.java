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

    /** The most elements a Java array can index. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
    private static final long HEAP_BYTES = Runtime.getRuntime().maxMemory();

    public static int numel(int[] d) {
        return numel(d, Double.BYTES, Long.MAX_VALUE);
    }

    /**
     * The number of elements of a new array of elementBytes each, refused as MATLAB refuses it
     * (MATLAB:array:SizeLimitExceeded) when it is more than a Java array holds or than fits in
     * the heap (MATLAB's maximum array size preference is the machine's memory).
     */
    public static int toAllocate(int[] d, int elementBytes) {
        return numel(d, elementBytes, HEAP_BYTES / elementBytes);
    }

    private static int numel(int[] d, int elementBytes, long heapLimit) {
        long n = 1;
        for (int x : d) {
            n *= x;
            if (n > MAX_ELEMENTS || n > heapLimit) {
                throw tooLarge(d, elementBytes);
            }
        }
        return (int) n;
    }

    private static mjc.runtime.error.MatlabError tooLarge(int[] d, int elementBytes) {
        StringBuilder shape = new StringBuilder();
        double bytes = elementBytes;
        for (int x : d) {
            shape.append(shape.length() == 0 ? "" : "x").append(x);
            bytes *= x;
        }
        double gib = 1L << 30;
        return mjc.runtime.error.Errors.of("MATLAB:array:SizeLimitExceeded", String.format(java.util.Locale.ROOT,
            "Requested %s (%.1fGB) array exceeds maximum array size preference (%.1fGB)."
                + " This might cause MATLAB to become unresponsive.",
            shape, bytes / gib, HEAP_BYTES / gib));
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
