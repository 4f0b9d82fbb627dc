package mjc.stdlib.math;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Callable;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.lang.Functions;

/**
 * fminbnd (Brent's golden-section search with parabolic interpolation, the algorithm MATLAB's
 * fminbnd uses), the quad family (adaptive quadrature through integral), and optimset/optimget
 * for the option structs the solvers read.
 */
public final class Minimization {
    private static final List<String> OPTIONS = List.of("Display", "MaxFunEvals", "MaxIter", "TolFun", "TolX",
        "FunValCheck", "OutputFcn", "PlotFcns", "Jacobian", "GradObj", "AbsTol", "RelTol");

    private Minimization() {
    }

    /** optimset('Name', value, ...) or optimset(old, 'Name', value, ...): a struct of the options given. */
    @Builtin("optimset")
    public static Value[] optimset(Value[] args, int nargout) {
        StructArray s = StructArray.scalar();
        int i = 0;
        if (args.length > 0 && args[0] instanceof StructArray old) {
            for (String f : old.fieldNames()) {
                s.set(0, f, old.get(0, f).share());
            }
            i = 1;
            if (args.length > 1 && args[1] instanceof StructArray added) {
                for (String f : added.fieldNames()) {
                    s.set(0, f, added.get(0, f).share());
                }
                i = 2;
            }
        }
        for (; i < args.length; i += 2) {
            String name = Args.text(args[i], "optimset");
            if (i + 1 >= args.length) {
                throw Errors.of("MATLAB:optimset:NoValueForParam", "Missing value for the parameter '" + name + "'.");
            }
            String canonical = name;
            for (String known : OPTIONS) {
                if (known.equalsIgnoreCase(name)) {
                    canonical = known;
                }
            }
            s.set(0, canonical, args[i + 1].share());
        }
        return new Value[] {s};
    }

    /** optimget(options, 'Name'[, default]): the option's value (matched without regard to case), else the default. */
    @Builtin("optimget")
    public static Value[] optimget(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        if (!(args[0] instanceof StructArray s)) {
            throw Errors.of("MATLAB:optimget:InvalidOptions", "The first input must be an options structure.");
        }
        String name = Args.text(args[1], "optimget");
        for (String f : s.fieldNames()) {
            if (f.equalsIgnoreCase(name) && s.get(0, f).numel() > 0) {
                return new Value[] {s.get(0, f)};
            }
        }
        return new Value[] {args.length == 3 ? args[2] : DoubleArray.empty()};
    }

    private static double option(Value opts, String name, double dflt) {
        if (opts instanceof StructArray s && s.numel() == 1) {
            for (String f : s.fieldNames()) {
                if (f.equalsIgnoreCase(name) && s.get(0, f) instanceof ArrayValue a && a.numel() == 1) {
                    return a.re(0);
                }
            }
        }
        return dflt;
    }

    private static double eval(Callable f, double x) {
        Value[] r = f.call(new Value[] {DoubleArray.scalar(x)}, 1);
        if (r.length == 0 || !(r[0] instanceof ArrayValue a) || a.numel() != 1) {
            throw Errors.of("MATLAB:fminbnd:checkfun:NonScalarObj", "Objective function must return a scalar value.");
        }
        return a.re(0);
    }

    /** [x, fval, exitflag, output] = fminbnd(f, a, b[, options]). */
    @Builtin("fminbnd")
    public static Value[] fminbnd(Value[] args, int nargout) {
        Args.count(args, 3, 4);
        Callable f = Functions.callable(args[0], "fminbnd");
        double a = Args.scalar(args[1], "fminbnd");
        double b = Args.scalar(args[2], "fminbnd");
        if (a > b) {
            throw Errors.of("MATLAB:fminbnd:LowerBoundGreaterThanUpperBound", "The lower bound exceeds the upper bound.");
        }
        Value opts = args.length == 4 ? args[3] : null;
        double tol = option(opts, "TolX", 1e-4);
        int maxFun = (int) option(opts, "MaxFunEvals", 500);
        int maxIter = (int) option(opts, "MaxIter", 500);
        double c = 0.5 * (3 - Math.sqrt(5));
        double eps = Math.sqrt(Math.ulp(1.0));
        double v = a + c * (b - a);
        double w = v;
        double x = v;
        double e = 0;
        double d = 0;
        double fx = eval(f, x);
        double fv = fx;
        double fw = fx;
        int funcCount = 1;
        int iter = 0;
        double xm = 0.5 * (a + b);
        double tol1 = eps * Math.abs(x) + tol / 3;
        double tol2 = 2 * tol1;
        int exitflag = 1;
        while (Math.abs(x - xm) > tol2 - 0.5 * (b - a)) {
            if (funcCount >= maxFun || iter >= maxIter) {
                exitflag = 0;
                break;
            }
            boolean golden = true;
            if (Math.abs(e) > tol1) {
                // parabolic step
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                }
                q = Math.abs(q);
                r = e;
                e = d;
                if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
                    d = p / q;
                    double u = x + d;
                    if (u - a < tol2 || b - u < tol2) {
                        d = xm - x >= 0 ? tol1 : -tol1; // too close to an end: a minimal step inward
                    }
                    golden = false;
                }
            }
            if (golden) {
                e = x >= xm ? a - x : b - x;
                d = c * e;
            }
            double u = x + (Math.abs(d) >= tol1 ? d : (d >= 0 ? tol1 : -tol1));
            double fu = eval(f, u);
            funcCount++;
            iter++;
            if (fu <= fx) {
                if (u >= x) {
                    a = x;
                } else {
                    b = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
            xm = 0.5 * (a + b);
            tol1 = eps * Math.abs(x) + tol / 3;
            tol2 = 2 * tol1;
        }
        StructArray output = StructArray.scalar();
        output.set(0, "iterations", DoubleArray.scalar(iter));
        output.set(0, "funcCount", DoubleArray.scalar(funcCount));
        output.set(0, "algorithm", mjc.runtime.value.CharArray.of("golden section search, parabolic interpolation"));
        return new Value[] {DoubleArray.scalar(x), DoubleArray.scalar(fx), DoubleArray.scalar(exitflag), output};
    }

    /** quad/quadl/quadgk(f, a, b[, tol]): adaptive quadrature of a vectorized f, by integral. */
    private static Value[] quadrature(Value[] args, int nargout, String fn) {
        Args.count(args, 3, Integer.MAX_VALUE);
        List<Value> call = new ArrayList<>(List.of(args[0], args[1], args[2]));
        if (args.length > 3 && args[3] instanceof ArrayValue tol && tol.numel() == 1 && !(args[3] instanceof
            mjc.runtime.value.CharArray)) {
            call.add(mjc.runtime.value.CharArray.of("AbsTol"));
            call.add(tol);
        } else {
            for (int i = 3; i + 1 < args.length; i += 2) {
                if (Args.isText(args[i])) {
                    String name = Args.text(args[i], fn);
                    if (name.equalsIgnoreCase("AbsTol") || name.equalsIgnoreCase("RelTol")) {
                        call.add(args[i]);
                        call.add(args[i + 1]);
                    }
                }
            }
        }
        Value q = Numerics.integral(call.toArray(new Value[0]), 1)[0];
        return new Value[] {q, DoubleArray.scalar(0)};
    }

    @Builtin("quad")
    public static Value[] quad(Value[] args, int nargout) {
        return quadrature(args, nargout, "quad");
    }

    @Builtin("quadl")
    public static Value[] quadl(Value[] args, int nargout) {
        return quadrature(args, nargout, "quadl");
    }

    @Builtin("quadgk")
    public static Value[] quadgk(Value[] args, int nargout) {
        return quadrature(args, nargout, "quadgk");
    }
}
