package mjc.stdlib.math;

import mjc.runtime.ops.Complex;

/**
 * The trigonometric and hyperbolic functions and their inverses on complex numbers, on the
 * principal branches MATLAB uses (so asin(2) is 1.5708 - 1.3170i, acosh(0.5) is 1.0472i).
 * Each writes its result's real and imaginary parts into out.
 */
final class ComplexFunctions {
    private ComplexFunctions() {
    }

    static void sin(double a, double b, double[] out) {
        out[0] = Math.sin(a) * Math.cosh(b);
        out[1] = Math.cos(a) * Math.sinh(b);
    }

    static void cos(double a, double b, double[] out) {
        out[0] = Math.cos(a) * Math.cosh(b);
        out[1] = -Math.sin(a) * Math.sinh(b);
    }

    static void tan(double a, double b, double[] out) {
        double d = Math.cos(2 * a) + Math.cosh(2 * b);
        out[0] = Math.sin(2 * a) / d;
        out[1] = Math.sinh(2 * b) / d;
    }

    /** cot(z) = (sin 2a - i sinh 2b) / (cosh 2b - cos 2a): finite at the poles of tan. */
    static void cot(double a, double b, double[] out) {
        double d = Math.cosh(2 * b) - Math.cos(2 * a);
        out[0] = Math.sin(2 * a) / d;
        out[1] = 0.0 - Math.sinh(2 * b) / d; // +0 for real z, as 1/tan(z) gives
    }

    /** coth(z) = (sinh 2a - i sin 2b) / (cosh 2a - cos 2b): finite at the poles of tanh. */
    static void coth(double a, double b, double[] out) {
        double d = Math.cosh(2 * a) - Math.cos(2 * b);
        out[0] = Math.sinh(2 * a) / d;
        out[1] = 0.0 - Math.sin(2 * b) / d;
    }

    static void sinh(double a, double b, double[] out) {
        out[0] = Math.sinh(a) * Math.cos(b);
        out[1] = Math.cosh(a) * Math.sin(b);
    }

    static void cosh(double a, double b, double[] out) {
        out[0] = Math.cosh(a) * Math.cos(b);
        out[1] = Math.sinh(a) * Math.sin(b);
    }

    static void tanh(double a, double b, double[] out) {
        double d = Math.cosh(2 * a) + Math.cos(2 * b);
        out[0] = Math.sinh(2 * a) / d;
        out[1] = Math.sin(2 * b) / d;
    }

    /** asin(z) = -i log(iz + sqrt(1 - z^2)). */
    static void asin(double a, double b, double[] out) {
        double[] t = new double[2];
        Complex.sqrt(1 - (a * a - b * b), -2 * a * b, t);
        Complex.log(-b + t[0], a + t[1], t);
        out[0] = t[1];
        out[1] = -t[0];
    }

    /** acos(z) = -i log(z + i sqrt(1 - z^2)). */
    static void acos(double a, double b, double[] out) {
        double[] t = new double[2];
        Complex.sqrt(1 - (a * a - b * b), -2 * a * b, t);
        Complex.log(a - t[1], b + t[0], t);
        out[0] = t[1];
        out[1] = -t[0];
    }

    /** atan(z) = (i/2) log((i + z) / (i - z)). */
    static void atan(double a, double b, double[] out) {
        double[] q = new double[2];
        Complex.divide(a, 1 + b, -a, 1 - b, q);
        Complex.log(q[0], q[1], q);
        out[0] = -q[1] / 2;
        out[1] = q[0] / 2;
    }

    /** asinh(z) = log(z + sqrt(z^2 + 1)). */
    static void asinh(double a, double b, double[] out) {
        double[] t = new double[2];
        Complex.sqrt(a * a - b * b + 1, 2 * a * b, t);
        Complex.log(a + t[0], b + t[1], out);
    }

    /** acosh(z) = log(z + sqrt(z + 1) sqrt(z - 1)). */
    static void acosh(double a, double b, double[] out) {
        if (b == 0 && a >= -1 && a < 1) {
            out[0] = 0; // acosh(x) = i acos(x) on [-1, 1]
            out[1] = Math.acos(a);
            return;
        }
        double[] p = new double[2];
        double[] q = new double[2];
        Complex.sqrt(a + 1, b, p);
        Complex.sqrt(a - 1, b, q);
        Complex.log(a + p[0] * q[0] - p[1] * q[1], b + p[0] * q[1] + p[1] * q[0], out);
    }

    /**
     * atanh(z) = log((1 + z) / (1 - z)) / 2, in the form that keeps a zero real part exact; a real
     * z outside [-1, 1] takes the imaginary part +pi/2, as MATLAB does.
     */
    static void atanh(double a, double b, double[] out) {
        out[0] = 0.25 * Math.log1p(4 * a / ((1 - a) * (1 - a) + b * b));
        out[1] = b == 0 && Math.abs(a) > 1 ? Math.PI / 2 : 0.5 * Math.atan2(2 * b, (1 - a) * (1 + a) - b * b);
    }

    static void log2(double a, double b, double[] out) {
        Complex.log(a, b, out);
        out[0] /= Math.log(2);
        out[1] /= Math.log(2);
    }

    static void log10(double a, double b, double[] out) {
        Complex.log(a, b, out);
        out[0] /= Math.log(10);
        out[1] /= Math.log(10);
    }

    /** 1 / f(z), for sec, csc and cot. */
    static void reciprocal(double[] z, double[] out) {
        Complex.divide(1, 0, z[0], z[1], out);
    }
}
