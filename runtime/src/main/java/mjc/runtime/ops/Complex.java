package mjc.runtime.ops;

/** Complex kernels on (re, im) pairs written into a 2-element out array. */
public final class Complex {
    private Complex() {
    }

    public static void divide(double ar, double ai, double br, double bi, double[] out) {
        if (bi == 0) {
            out[0] = ar / br;
            out[1] = ai / br;
            return;
        }
        if (Math.abs(br) >= Math.abs(bi)) {
            double r = bi / br;
            double d = br + bi * r;
            out[0] = (ar + ai * r) / d;
            out[1] = (ai - ar * r) / d;
        } else {
            double r = br / bi;
            double d = br * r + bi;
            out[0] = (ar * r + ai) / d;
            out[1] = (ai * r - ar) / d;
        }
    }

    public static double abs(double re, double im) {
        return Math.hypot(re, im);
    }

    public static void pow(double ar, double ai, double br, double bi, double[] out) {
        if (ai == 0 && bi == 0 && (ar >= 0 || br == Math.rint(br))) {
            out[0] = Math.pow(ar, br);
            out[1] = 0;
            return;
        }
        if (ar == 0 && ai == 0) {
            if (br == 0 && bi == 0) {
                out[0] = 1;
                out[1] = 0;
            } else {
                out[0] = 0;
                out[1] = 0;
            }
            return;
        }
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) <= 64) {
            // exact repeated multiplication keeps integer powers of complex numbers tidy
            int n = (int) Math.abs(br);
            double rr = 1;
            double ri = 0;
            double xr = ar;
            double xi = ai;
            while (n > 0) {
                if ((n & 1) != 0) {
                    double t = rr * xr - ri * xi;
                    ri = rr * xi + ri * xr;
                    rr = t;
                }
                double t = xr * xr - xi * xi;
                xi = 2 * xr * xi;
                xr = t;
                n >>= 1;
            }
            if (br < 0) {
                divide(1, 0, rr, ri, out);
            } else {
                out[0] = rr;
                out[1] = ri;
            }
            return;
        }
        double logr = Math.log(Math.hypot(ar, ai));
        double theta = Math.atan2(ai, ar);
        double er = br * logr - bi * theta;
        double ei = bi * logr + br * theta;
        double m = Math.exp(er);
        out[0] = m * Math.cos(ei);
        out[1] = m * Math.sin(ei);
    }

    public static void sqrt(double re, double im, double[] out) {
        if (im == 0) {
            if (re >= 0) {
                out[0] = Math.sqrt(re);
                out[1] = 0;
            } else {
                out[0] = 0;
                out[1] = Math.sqrt(-re);
            }
            return;
        }
        double m = Math.hypot(re, im);
        double r = Math.sqrt((m + re) / 2);
        double i = Math.copySign(Math.sqrt((m - re) / 2), im);
        out[0] = r;
        out[1] = i;
    }

    public static void exp(double re, double im, double[] out) {
        double m = Math.exp(re);
        out[0] = im == 0 ? m : m * Math.cos(im);
        out[1] = im == 0 ? 0 : m * Math.sin(im);
    }

    public static void log(double re, double im, double[] out) {
        out[0] = Math.log(Math.hypot(re, im));
        out[1] = Math.atan2(im, re);
    }
}
