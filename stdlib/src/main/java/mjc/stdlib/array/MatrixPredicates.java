package mjc.stdlib.array;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Structure tests of a matrix: isdiag, istril, istriu, isbanded, bandwidth, issymmetric and
 * ishermitian (exactly, or within a tolerance on the largest difference). N-D arrays are not
 * matrices: every test is false for them.
 */
public final class MatrixPredicates {
    private MatrixPredicates() {
    }

    private static ArrayValue matrix(Value v, String fn) {
        return Args.array(v, fn);
    }

    /** The lower and upper bandwidth of a 2-D matrix (0, 0 for a diagonal or empty one). */
    private static int[] band(ArrayValue a) {
        int m = a.dims()[0];
        int n = a.numel() / Math.max(1, m);
        int lo = 0;
        int up = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                if (a.re(i + j * m) != 0 || a.im(i + j * m) != 0) {
                    lo = Math.max(lo, i - j);
                    up = Math.max(up, j - i);
                }
            }
        }
        return new int[] {lo, up};
    }

    private static boolean twoD(ArrayValue a) {
        return a.dims().length == 2;
    }

    @Builtin("isdiag")
    public static Value isdiag(Value v) {
        ArrayValue a = matrix(v, "isdiag");
        int[] b = band(a);
        return LogicalArray.of(twoD(a) && b[0] == 0 && b[1] == 0);
    }

    @Builtin("istril")
    public static Value istril(Value v) {
        ArrayValue a = matrix(v, "istril");
        return LogicalArray.of(twoD(a) && band(a)[1] == 0);
    }

    @Builtin("istriu")
    public static Value istriu(Value v) {
        ArrayValue a = matrix(v, "istriu");
        return LogicalArray.of(twoD(a) && band(a)[0] == 0);
    }

    @Builtin("isbanded")
    public static Value isbanded(Value v, Value lower, Value upper) {
        ArrayValue a = matrix(v, "isbanded");
        double lo = Args.scalar(lower, "isbanded");
        double up = Args.scalar(upper, "isbanded");
        if (lo < 0 || up < 0 || lo != Math.rint(lo) || up != Math.rint(up)) {
            throw Errors.of("MATLAB:isbanded:InvalidBandwidth", "Lower and upper bandwidths must be nonnegative "
                + "integer scalars.");
        }
        int[] b = band(a);
        return LogicalArray.of(twoD(a) && b[0] <= lo && b[1] <= up);
    }

    /** bandwidth(A) gives [lower, upper]; bandwidth(A, 'lower') or 'upper' one of them. */
    @Builtin("bandwidth")
    public static Value[] bandwidth(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = matrix(args[0], "bandwidth");
        if (!twoD(a)) {
            throw Errors.of("MATLAB:bandwidth:inputMustBe2D", "Input must be a 2-D matrix.");
        }
        int[] b = band(a);
        if (args.length == 2) {
            String which = Args.text(args[1], "bandwidth");
            if (!which.equals("lower") && !which.equals("upper")) {
                throw Errors.of("MATLAB:bandwidth:invalidType", "Second input must be 'lower' or 'upper'.");
            }
            return new Value[] {DoubleArray.scalar(which.equals("lower") ? b[0] : b[1])};
        }
        return new Value[] {DoubleArray.scalar(b[0]), DoubleArray.scalar(b[1])};
    }

    private static Value symmetric(Value[] args, String fn, boolean conjugate) {
        Args.count(args, 1, 2);
        ArrayValue a = matrix(args[0], fn);
        int[] d = a.dims();
        if (!twoD(a) || d[0] != d[1]) {
            return LogicalArray.of(false);
        }
        double tol = 0;
        boolean skew = false;
        if (args.length == 2) {
            if (Args.isText(args[1])) {
                String kind = Args.text(args[1], fn);
                skew = kind.equals("skew");
                if (!skew && !kind.equals("nonskew")) {
                    throw Errors.of("MATLAB:" + fn + ":invalidOption", "Option must be 'skew' or 'nonskew'.");
                }
            } else {
                tol = Args.scalar(args[1], fn);
            }
        }
        int n = d[0];
        double worst = 0;
        double scale = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double re = a.re(i + j * n);
                double im = a.im(i + j * n);
                double tre = a.re(j + i * n);
                double tim = conjugate ? -a.im(j + i * n) : a.im(j + i * n);
                if (skew) {
                    tre = -tre;
                    tim = -tim;
                }
                worst = Math.max(worst, Math.hypot(re - tre, im - tim));
                scale = Math.max(scale, Math.hypot(re, im));
            }
        }
        return LogicalArray.of(tol == 0 ? worst == 0 : worst <= tol * scale);
    }

    @Builtin("issymmetric")
    public static Value[] issymmetric(Value[] args, int nargout) {
        return new Value[] {symmetric(args, "issymmetric", false)};
    }

    @Builtin("ishermitian")
    public static Value[] ishermitian(Value[] args, int nargout) {
        return new Value[] {symmetric(args, "ishermitian", true)};
    }
}
