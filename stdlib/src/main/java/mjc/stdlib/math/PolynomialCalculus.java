package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Derivatives, integrals and matrix values of polynomials given as coefficient rows (highest power first). */
public final class PolynomialCalculus {
    private PolynomialCalculus() {
    }

    private static double[] coefficients(Value v, String fn) {
        ArrayValue a = Args.array(v, fn);
        if (!Dims.isVector(a.dims()) && a.numel() > 0) {
            throw Errors.of("MATLAB:" + fn + ":InvalidInput", "Input arguments must be vectors.");
        }
        double[] c = new double[a.numel()];
        for (int i = 0; i < c.length; i++) {
            c[i] = a.re(i);
        }
        return c;
    }

    private static double[] derivative(double[] p) {
        int n = p.length - 1;
        if (n <= 0) {
            return new double[] {0};
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = p[i] * (n - i);
        }
        return d;
    }

    private static double[] product(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return new double[0];
        }
        double[] r = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                r[i + j] += a[i] * b[j];
            }
        }
        return r;
    }

    private static double[] difference(double[] a, double[] b) {
        int n = Math.max(a.length, b.length);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double x = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 0;
            double y = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 0;
            r[i] = x - y;
        }
        return r;
    }

    /** Leading zeros removed (a zero polynomial stays [0]). */
    private static Value row(double[] p) {
        int s = 0;
        while (s < p.length - 1 && p[s] == 0) {
            s++;
        }
        return DoubleArray.row(java.util.Arrays.copyOfRange(p, s, p.length));
    }

    /** polyder(p); polyder(a, b) the derivative of a*b; [q, d] = polyder(b, a) that of b/a as q/d. */
    @Builtin("polyder")
    public static Value[] polyder(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        double[] a = coefficients(args[0], "polyder");
        if (args.length == 1) {
            return new Value[] {row(derivative(a))};
        }
        double[] b = coefficients(args[1], "polyder");
        if (nargout < 2) {
            double[] p = product(a, b);
            return new Value[] {row(derivative(p.length == 0 ? new double[] {0} : p))};
        }
        // quotient rule: (a' b - a b') / b^2
        double[] q = difference(product(derivative(a), b), product(a, derivative(b)));
        return new Value[] {row(q), row(product(b, b))};
    }

    /** polyint(p[, k]): the integral with constant k (0 by default). */
    @Builtin("polyint")
    public static Value[] polyint(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        double[] p = coefficients(args[0], "polyint");
        double k = args.length > 1 ? Args.scalar(args[1], "polyint") : 0;
        int n = p.length;
        double[] r = new double[n + 1];
        for (int i = 0; i < n; i++) {
            r[i] = p[i] / (n - i);
        }
        r[n] = k;
        return new Value[] {DoubleArray.row(r)};
    }

    /** polyvalm(p, X): the polynomial of a square matrix, by Horner's rule with matrix products. */
    @Builtin("polyvalm")
    public static Value polyvalm(Value pv, Value xv) {
        double[] p = coefficients(pv, "polyvalm");
        ArrayValue x = Args.array(xv, "polyvalm");
        int[] d = x.dims();
        if (d.length != 2 || d[0] != d[1]) {
            throw Errors.of("MATLAB:square", "Matrix must be square.");
        }
        int n = d[0];
        double[] eye = new double[n * n];
        for (int i = 0; i < n; i++) {
            eye[i + i * n] = 1;
        }
        Value identity = DoubleArray.of(Dims.of(n, n), eye);
        Value y = DoubleArray.zeros(Dims.of(n, n));
        for (double c : p) {
            y = Operators.plus(Operators.mtimes(y, x), Operators.times(identity, DoubleArray.scalar(c)));
        }
        return y;
    }
}
