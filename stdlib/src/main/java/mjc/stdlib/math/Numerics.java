package mjc.stdlib.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mjc.runtime.call.Calls;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Callable;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.lang.Functions;

/**
 * Function functions: fzero (bracketing search then Brent's method), fminsearch (Nelder-Mead
 * with MATLAB's coefficients, initial simplex and tolerances), integral (adaptive Gauss-Kronrod
 * on the vectorised integrand) and ode45 (Dormand-Prince 5(4) with MATLAB's step control,
 * default tolerances and four-fold output refinement).
 */
public final class Numerics {
    private Numerics() {
    }

    private static double eval1(Callable f, double x, String fn) {
        Value r = Calls.first(f.call(new Value[] {DoubleArray.scalar(x)}, 1));
        if (!(r instanceof ArrayValue a) || a.numel() != 1) {
            throw Errors.of("MATLAB:" + fn + ":checkfun:NonScalarValue",
                "The function value must be a real scalar.");
        }
        return a.re(0);
    }

    // ------------------------------------------------------------------ fzero

    @Builtin("fzero")
    public static Value[] fzero(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        Callable f = Functions.callable(args[0], "fzero");
        ArrayValue x0 = Args.array(args[1], "fzero");
        double a;
        double b;
        double fa;
        double fb;
        if (x0.numel() == 2) {
            a = x0.re(0);
            b = x0.re(1);
            fa = eval1(f, a, "fzero");
            fb = eval1(f, b, "fzero");
            if (Math.signum(fa) * Math.signum(fb) > 0) {
                throw Errors.of("MATLAB:fzero:ValuesAtEndPtsSameSign",
                    "The function values at the interval endpoints must differ in sign.");
            }
        } else if (x0.numel() == 1) {
            double x = x0.re(0);
            double fx = eval1(f, x, "fzero");
            if (fx == 0) {
                return new Value[] {DoubleArray.scalar(x), DoubleArray.scalar(0), DoubleArray.scalar(1)};
            }
            // widen an interval around x by sqrt(2) until the sign changes (MATLAB's search)
            double dx = x != 0 ? Math.abs(x) / 50 : 1.0 / 50;
            a = x;
            b = x;
            fa = fx;
            fb = fx;
            boolean found = false;
            for (int i = 0; i < 2000 && !found; i++) {
                dx *= Math.sqrt(2);
                a = x - dx;
                fa = eval1(f, a, "fzero");
                if (Math.signum(fa) * Math.signum(fb) <= 0) {
                    found = true;
                    break;
                }
                b = x + dx;
                fb = eval1(f, b, "fzero");
                if (Math.signum(fa) * Math.signum(fb) <= 0) {
                    found = true;
                }
                if (!Double.isFinite(a) || !Double.isFinite(b)) {
                    break;
                }
            }
            if (!found) {
                return new Value[] {DoubleArray.scalar(Double.NaN), DoubleArray.scalar(Double.NaN),
                    DoubleArray.scalar(-6)};
            }
        } else {
            throw Errors.of("MATLAB:fzero:LengthArg2", "Second argument must be a scalar or vector of length 2.");
        }
        double[] r = brent(f, a, b, fa, fb);
        return new Value[] {DoubleArray.scalar(r[0]), DoubleArray.scalar(r[1]), DoubleArray.scalar(1)};
    }

    /** Brent's zero finder on a bracketing interval; returns {x, f(x)}. */
    private static double[] brent(Callable f, double a, double b, double fa, double fb) {
        if (fa == 0) {
            return new double[] {a, 0};
        }
        if (fb == 0) {
            return new double[] {b, 0};
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int iter = 0; iter < 1000; iter++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(1.0) * Math.max(Math.abs(b), 1.0);
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                break;
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < 3 * m * q - Math.abs(tol * q) && p < Math.abs(0.5 * e * q)) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = eval1(f, b, "fzero");
        }
        return new double[] {b, fb};
    }

    // ------------------------------------------------------------------ fminsearch

    @Builtin("fminsearch")
    public static Value[] fminsearch(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        Callable f = Functions.callable(args[0], "fminsearch");
        ArrayValue x0 = Args.array(args[1], "fminsearch");
        int[] shape = x0.dims();
        int n = x0.numel();
        double tolx = 1e-4;
        double tolf = 1e-4;
        int maxIter = 200 * n;
        int maxFun = 200 * n;
        if (args.length == 3 && args[2] instanceof mjc.runtime.value.StructArray opts && opts.numel() == 1) {
            tolx = option(opts, "TolX", tolx);
            tolf = option(opts, "TolFun", tolf);
            maxIter = (int) option(opts, "MaxIter", maxIter);
            maxFun = (int) option(opts, "MaxFunEvals", maxFun);
        }
        double[][] v = new double[n + 1][];
        double[] fv = new double[n + 1];
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = x0.re(i);
        }
        v[0] = start;
        fv[0] = evalN(f, start, shape);
        for (int j = 0; j < n; j++) {
            double[] y = start.clone();
            y[j] = y[j] != 0 ? 1.05 * y[j] : 0.00025;
            v[j + 1] = y;
            fv[j + 1] = evalN(f, y, shape);
        }
        sortSimplex(v, fv);
        int iter = 1;
        int evals = n + 1;
        while (evals < maxFun && iter < maxIter) {
            double fspread = 0;
            double xspread = 0;
            for (int j = 1; j <= n; j++) {
                fspread = Math.max(fspread, Math.abs(fv[0] - fv[j]));
                for (int i = 0; i < n; i++) {
                    xspread = Math.max(xspread, Math.abs(v[j][i] - v[0][i]));
                }
            }
            double maxV0 = Double.NEGATIVE_INFINITY;
            for (double x : v[0]) {
                maxV0 = Math.max(maxV0, x);
            }
            if (fspread <= Math.max(tolf, 10 * Math.ulp(fv[0])) && xspread <= Math.max(tolx, 10 * Math.ulp(maxV0))) {
                break;
            }
            double[] xbar = new double[n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    xbar[i] += v[j][i] / n;
                }
            }
            double[] worst = v[n];
            double[] xr = combine(xbar, worst, 2, -1);
            double fxr = evalN(f, xr, shape);
            evals++;
            if (fxr < fv[0]) {
                double[] xe = combine(xbar, worst, 3, -2);
                double fxe = evalN(f, xe, shape);
                evals++;
                if (fxe < fxr) {
                    v[n] = xe;
                    fv[n] = fxe;
                } else {
                    v[n] = xr;
                    fv[n] = fxr;
                }
            } else if (fxr < fv[n - 1]) {
                v[n] = xr;
                fv[n] = fxr;
            } else {
                boolean shrink;
                if (fxr < fv[n]) {
                    double[] xc = combine(xbar, worst, 1.5, -0.5);
                    double fxc = evalN(f, xc, shape);
                    evals++;
                    shrink = !(fxc <= fxr);
                    if (!shrink) {
                        v[n] = xc;
                        fv[n] = fxc;
                    }
                } else {
                    double[] xcc = combine(xbar, worst, 0.5, 0.5);
                    double fxcc = evalN(f, xcc, shape);
                    evals++;
                    shrink = !(fxcc < fv[n]);
                    if (!shrink) {
                        v[n] = xcc;
                        fv[n] = fxcc;
                    }
                }
                if (shrink) {
                    for (int j = 1; j <= n; j++) {
                        v[j] = combine(v[0], v[j], 0.5, 0.5);
                        fv[j] = evalN(f, v[j], shape);
                    }
                    evals += n;
                }
            }
            sortSimplex(v, fv);
            iter++;
        }
        return new Value[] {DoubleArray.of(shape.clone(), v[0].clone()), DoubleArray.scalar(fv[0]),
            DoubleArray.scalar(evals >= maxFun || iter >= maxIter ? 0 : 1)};
    }

    private static double option(mjc.runtime.value.StructArray opts, String name, double dflt) {
        Value v = opts.hasField(name) ? opts.get(0, name) : null;
        return v instanceof ArrayValue a && a.numel() == 1 ? a.re(0) : dflt;
    }

    private static double[] combine(double[] a, double[] b, double wa, double wb) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = wa * a[i] + wb * b[i];
        }
        return r;
    }

    private static double evalN(Callable f, double[] x, int[] shape) {
        Value r = Calls.first(f.call(new Value[] {DoubleArray.of(shape.clone(), x.clone())}, 1));
        if (!(r instanceof ArrayValue a) || a.numel() != 1) {
            throw Errors.of("MATLAB:fminsearch:NonScalarValue", "The function value must be a real scalar.");
        }
        return a.re(0);
    }

    /** Stable sort of the simplex by function value (MATLAB's sort keeps ties in order). */
    private static void sortSimplex(double[][] v, double[] fv) {
        Integer[] order = new Integer[fv.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(fv[x], fv[y]));
        double[][] v2 = new double[v.length][];
        double[] f2 = new double[fv.length];
        for (int i = 0; i < order.length; i++) {
            v2[i] = v[order[i]];
            f2[i] = fv[order[i]];
        }
        System.arraycopy(v2, 0, v, 0, v.length);
        System.arraycopy(f2, 0, fv, 0, fv.length);
    }

    // ------------------------------------------------------------------ integral

    private static final double[] GK_X = {0.991455371120812639, 0.949107912342758525, 0.864864423359769073,
        0.741531185599394440, 0.586087235467691130, 0.405845151377397167, 0.207784955007898468, 0.0};
    private static final double[] GK_WK = {0.022935322010529225, 0.063092092629978553, 0.104790010322250184,
        0.140653259715525919, 0.169004726639267903, 0.190350578064785410, 0.204432940075298892,
        0.209482141084727828};
    private static final double[] GK_WG = {0.129484966168869693, 0.279705391489276668, 0.381830050505118945,
        0.417959183673469388};

    @Builtin("integral")
    public static Value[] integral(Value[] args, int nargout) {
        Args.count(args, 3, Integer.MAX_VALUE);
        Callable f = Functions.callable(args[0], "integral");
        double a = Args.scalar(args[1], "integral");
        double b = Args.scalar(args[2], "integral");
        double absTol = 1e-10;
        double relTol = 1e-6;
        boolean arrayValued = false;
        for (int i = 3; i + 1 < args.length; i += 2) {
            String name = Args.text(args[i], "integral");
            if (name.equalsIgnoreCase("AbsTol")) {
                absTol = Args.scalar(args[i + 1], "integral");
            } else if (name.equalsIgnoreCase("RelTol")) {
                relTol = Args.scalar(args[i + 1], "integral");
            } else if (name.equalsIgnoreCase("ArrayValued")) {
                arrayValued = Args.truth(args[i + 1]);
            }
        }
        if (a == b) {
            return new Value[] {DoubleArray.scalar(0)};
        }
        double sign = 1;
        if (a > b) {
            double t = a;
            a = b;
            b = t;
            sign = -1;
        }
        Integrand g = integrand(f, a, b, arrayValued);
        double lo = g.lo;
        double hi = g.hi;
        // start from ten panels, then bisect the worst until the total error estimate is small
        List<double[]> panels = new ArrayList<>();
        double total = 0;
        double err = 0;
        for (int i = 0; i < 10; i++) {
            double[] p = gk(g, lo + (hi - lo) * i / 10, lo + (hi - lo) * (i + 1) / 10);
            panels.add(p);
            total += p[2];
            err += p[3];
        }
        // the Gauss-Kronrod difference overstates the error of smooth panels; aiming a hundred times
        // lower than asked costs a few panels and leaves the printed digits exact
        for (int iter = 0; iter < 650 && err > 0.01 * Math.max(absTol, relTol * Math.abs(total)); iter++) {
            int worst = 0;
            for (int i = 1; i < panels.size(); i++) {
                if (panels.get(i)[3] > panels.get(worst)[3]) {
                    worst = i;
                }
            }
            double[] p = panels.remove(worst);
            double mid = 0.5 * (p[0] + p[1]);
            double[] left = gk(g, p[0], mid);
            double[] right = gk(g, mid, p[1]);
            panels.add(left);
            panels.add(right);
            total = 0;
            err = 0;
            for (double[] q : panels) {
                total += q[2];
                err += q[3];
            }
        }
        return new Value[] {DoubleArray.scalar(sign * total)};
    }

    /** The integrand after the change of variable that makes an infinite interval finite. */
    private record Integrand(Callable f, boolean arrayValued, int kind, double a, double b, double lo, double hi) {
        double[] at(double[] t) {
            double[] x = new double[t.length];
            double[] jac = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                switch (kind) {
                    case 1: // [a, inf): x = a + t/(1-t), t in [0, 1)
                        x[i] = a + t[i] / (1 - t[i]);
                        jac[i] = 1 / ((1 - t[i]) * (1 - t[i]));
                        break;
                    case 2: // (-inf, b]: x = b - (1-t)/t, t in (0, 1]
                        x[i] = b - (1 - t[i]) / t[i];
                        jac[i] = 1 / (t[i] * t[i]);
                        break;
                    case 3: // (-inf, inf): x = t/(1-t^2), t in (-1, 1)
                        x[i] = t[i] / (1 - t[i] * t[i]);
                        jac[i] = (1 + t[i] * t[i]) / ((1 - t[i] * t[i]) * (1 - t[i] * t[i]));
                        break;
                    default:
                        x[i] = t[i];
                        jac[i] = 1;
                }
            }
            double[] y = new double[t.length];
            if (arrayValued) {
                for (int i = 0; i < t.length; i++) {
                    y[i] = eval1(f, x[i], "integral");
                }
            } else {
                Value r = Calls.first(f.call(new Value[] {DoubleArray.of(Dims.row(x.length), x)}, 1));
                if (!(r instanceof ArrayValue av) || av.numel() != x.length) {
                    throw Errors.of("MATLAB:integral:FxNotSameSizeAsX",
                        "Output of the function must be the same size as the input. If FUN is an array-valued "
                            + "integrand, set the 'ArrayValued' option to true.");
                }
                for (int i = 0; i < t.length; i++) {
                    y[i] = av.re(i);
                }
            }
            for (int i = 0; i < t.length; i++) {
                y[i] = jac[i] == 1 ? y[i] : y[i] * jac[i];
                if (!Double.isFinite(jac[i])) {
                    y[i] = 0;
                }
            }
            return y;
        }
    }

    private static Integrand integrand(Callable f, double a, double b, boolean arrayValued) {
        boolean infA = Double.isInfinite(a);
        boolean infB = Double.isInfinite(b);
        if (infA && infB) {
            return new Integrand(f, arrayValued, 3, a, b, -1, 1);
        }
        if (infB) {
            return new Integrand(f, arrayValued, 1, a, b, 0, 1);
        }
        if (infA) {
            return new Integrand(f, arrayValued, 2, a, b, 0, 1);
        }
        return new Integrand(f, arrayValued, 0, a, b, a, b);
    }

    /** One Gauss-Kronrod 7-15 panel: {from, to, integral, error estimate}. */
    private static double[] gk(Integrand g, double from, double to) {
        double c = 0.5 * (from + to);
        double h = 0.5 * (to - from);
        double[] t = new double[15];
        for (int i = 0; i < 7; i++) {
            t[2 * i] = c - h * GK_X[i];
            t[2 * i + 1] = c + h * GK_X[i];
        }
        t[14] = c;
        double[] y = g.at(t);
        double kron = GK_WK[7] * y[14];
        double gauss = GK_WG[3] * y[14];
        for (int i = 0; i < 7; i++) {
            double pair = y[2 * i] + y[2 * i + 1];
            kron += GK_WK[i] * pair;
            if (i % 2 == 1) {
                gauss += GK_WG[i / 2] * pair;
            }
        }
        return new double[] {from, to, kron * h, Math.abs((kron - gauss) * h)};
    }

    // ------------------------------------------------------------------ ode45

    private static final double[][] DP_A = {
        {},
        {1.0 / 5},
        {3.0 / 40, 9.0 / 40},
        {44.0 / 45, -56.0 / 15, 32.0 / 9},
        {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
        {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
        {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84},
    };
    private static final double[] DP_C = {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1};
    private static final double[] DP_E = {71.0 / 57600, 0, -71.0 / 16695, 71.0 / 1920, -17253.0 / 339200, 22.0 / 525,
        -1.0 / 40};
    /** MATLAB's ntrp45 interpolation matrix (7 stages by powers s, s^2, s^3, s^4). */
    private static final double[][] DP_BI = {
        {1, -183.0 / 64, 37.0 / 12, -145.0 / 128},
        {0, 0, 0, 0},
        {0, 1500.0 / 371, -1000.0 / 159, 1000.0 / 371},
        {0, -125.0 / 32, 125.0 / 12, -375.0 / 64},
        {0, 9477.0 / 3392, -729.0 / 106, 25515.0 / 6784},
        {0, -11.0 / 7, 11.0 / 3, -55.0 / 28},
        {0, 3.0 / 2, -4, 5.0 / 2},
    };

    @Builtin("ode45")
    public static Value[] ode45(Value[] args, int nargout) {
        Args.count(args, 3, 4);
        Callable f = Functions.callable(args[0], "ode45");
        ArrayValue span = Args.array(args[1], "ode45");
        ArrayValue y0v = Args.array(args[2], "ode45");
        if (span.numel() < 2) {
            throw Errors.of("MATLAB:ode45:TspanLength", "The timespan must contain at least two points.");
        }
        double rtol = 1e-3;
        double atol = 1e-6;
        if (args.length == 4 && args[3] instanceof mjc.runtime.value.StructArray opts && opts.numel() == 1) {
            rtol = option(opts, "RelTol", rtol);
            atol = option(opts, "AbsTol", atol);
        }
        int n = y0v.numel();
        double[] tspan = new double[span.numel()];
        for (int i = 0; i < tspan.length; i++) {
            tspan[i] = span.re(i);
        }
        double t0 = tspan[0];
        double tf = tspan[tspan.length - 1];
        double dir = Math.signum(tf - t0);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = y0v.re(i);
        }
        int[] yShape = y0v.dims().clone();
        List<Double> tout = new ArrayList<>();
        List<double[]> yout = new ArrayList<>();
        tout.add(t0);
        yout.add(y.clone());
        boolean refine = tspan.length == 2;
        int next = 1;
        double threshold = atol / rtol;
        double hmax = 0.1 * Math.abs(tf - t0);
        double t = t0;
        double[] f0 = rhs(f, t, y, yShape);
        double absh = Math.min(hmax, Math.abs(tf - t0));
        double rh = 0;
        for (int i = 0; i < n; i++) {
            rh = Math.max(rh, Math.abs(f0[i] / Math.max(Math.abs(y[i]), threshold)));
        }
        rh /= 0.8 * Math.pow(rtol, 0.2);
        if (absh * rh > 1) {
            absh = 1 / rh;
        }
        absh = Math.max(absh, 16 * Math.ulp(t));
        double[][] k = new double[7][];
        k[0] = f0;
        boolean done = false;
        int steps = 0;
        while (!done) {
            double hmin = 16 * Math.ulp(t);
            absh = Math.min(hmax, Math.max(hmin, absh));
            double h = dir * absh;
            if (1.1 * absh >= Math.abs(tf - t)) {
                h = tf - t;
                absh = Math.abs(h);
                done = true;
            }
            boolean noFailed = true;
            double[] ynew;
            double tnew;
            while (true) {
                for (int s = 1; s < 6; s++) {
                    double[] ys = y.clone();
                    for (int j = 0; j < s; j++) {
                        double aij = DP_A[s][j];
                        if (aij != 0) {
                            for (int i = 0; i < n; i++) {
                                ys[i] += h * aij * k[j][i];
                            }
                        }
                    }
                    k[s] = rhs(f, t + DP_C[s] * h, ys, yShape);
                }
                // the seventh stage is evaluated at the new solution itself (first same as last)
                tnew = done ? tf : t + h;
                ynew = y.clone();
                for (int j = 0; j < 6; j++) {
                    for (int i = 0; i < n; i++) {
                        ynew[i] += h * DP_A[6][j] * k[j][i];
                    }
                }
                k[6] = rhs(f, tnew, ynew, yShape);
                double err = 0;
                for (int i = 0; i < n; i++) {
                    double e = 0;
                    for (int j = 0; j < 7; j++) {
                        e += k[j][i] * DP_E[j];
                    }
                    double scale = Math.max(Math.max(Math.abs(y[i]), Math.abs(ynew[i])), threshold);
                    err = Math.max(err, Math.abs(e / scale));
                }
                err *= absh;
                if (err > rtol) {
                    if (absh <= hmin) {
                        throw Errors.of("MATLAB:ode45:IntegrationTolNotMet",
                            "Unable to meet integration tolerances without reducing the step size below the "
                                + "smallest value allowed at time t.");
                    }
                    if (noFailed) {
                        noFailed = false;
                        absh = Math.max(hmin, absh * Math.max(0.1, 0.8 * Math.pow(rtol / err, 0.2)));
                    } else {
                        absh = Math.max(hmin, 0.5 * absh);
                    }
                    h = dir * absh;
                    done = false;
                    continue;
                }
                if (noFailed) {
                    double temp = 1.25 * Math.pow(err / rtol, 0.2);
                    absh = temp > 0.2 ? absh / temp : 5 * absh;
                }
                break;
            }
            // output: four points per step when only the end points were given, else the requested times
            if (refine) {
                for (int r = 1; r < 4; r++) {
                    double ti = t + h * r / 4.0;
                    tout.add(ti);
                    yout.add(interpolate(y, k, h, r / 4.0));
                }
                tout.add(tnew);
                yout.add(ynew.clone());
            } else {
                while (next < tspan.length && dir * (tspan[next] - tnew) <= 0) {
                    double s = (tspan[next] - t) / h;
                    tout.add(tspan[next]);
                    yout.add(tspan[next] == tnew ? ynew.clone() : interpolate(y, k, h, s));
                    next++;
                }
            }
            t = tnew;
            y = ynew;
            k[0] = k[6];
            if (++steps > 1_000_000) {
                throw Errors.of("MATLAB:ode45:TooManySteps", "ode45 took more than a million steps.");
            }
        }
        int m = tout.size();
        double[] tv = new double[m];
        double[] yv = new double[m * n];
        for (int i = 0; i < m; i++) {
            tv[i] = tout.get(i);
            for (int j = 0; j < n; j++) {
                yv[i + j * m] = yout.get(i)[j];
            }
        }
        return new Value[] {DoubleArray.of(Dims.col(m), tv), DoubleArray.of(Dims.of(m, n), yv)};
    }

    private static double[] interpolate(double[] y, double[][] k, double h, double s) {
        double[] pw = {s, s * s, s * s * s, s * s * s * s};
        double[] out = y.clone();
        for (int j = 0; j < 7; j++) {
            double w = 0;
            for (int p = 0; p < 4; p++) {
                w += DP_BI[j][p] * pw[p];
            }
            if (w != 0) {
                for (int i = 0; i < y.length; i++) {
                    out[i] += h * w * k[j][i];
                }
            }
        }
        return out;
    }

    private static double[] rhs(Callable f, double t, double[] y, int[] shape) {
        Value r = Calls.first(f.call(new Value[] {DoubleArray.scalar(t), DoubleArray.of(shape.clone(), y.clone())}, 1));
        if (!(r instanceof ArrayValue a) || a.numel() != y.length) {
            throw Errors.of("MATLAB:ode45:SizeMismatch", "The ODE function must return a vector of length "
                + y.length + ".");
        }
        double[] out = new double[y.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.re(i);
        }
        return out;
    }
}
