package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.NamedFunctionHandle;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.lang.Functions;

/**
 * Double integrals as iterated adaptive quadrature: integral2(f, xmin, xmax, ymin, ymax) where the
 * y limits may be functions of x, and dblquad(f, xmin, xmax, ymin, ymax) over a rectangle. Each
 * inner integral is one call of integral, so the accuracy is integral's.
 */
public final class Quadrature2D {
    private Quadrature2D() {
    }

    private static double limit(Value v, double x, String fn) {
        if (v instanceof FunctionHandle h) {
            Value[] r = h.call(new Value[] {DoubleArray.scalar(x)}, 1);
            return Args.scalar(r[0], fn);
        }
        return Args.scalar(v, fn);
    }

    private static double[] tolerances(Value[] args, int from, String fn) {
        double abs = 1e-10;
        double rel = 1e-6;
        for (int i = from; i + 1 < args.length; i += 2) {
            String name = Args.text(args[i], fn);
            if (name.equalsIgnoreCase("AbsTol")) {
                abs = Args.scalar(args[i + 1], fn);
            } else if (name.equalsIgnoreCase("RelTol")) {
                rel = Args.scalar(args[i + 1], fn);
            } else if (!name.equalsIgnoreCase("Method")) {
                throw Errors.of("MATLAB:" + fn + ":invalidOption", "Invalid option '" + name + "'.");
            }
        }
        return new double[] {abs, rel};
    }

    /** f(x, y) integrated over y for fixed x, with f called on arrays of y (x expanded to match when vectorized). */
    private static double inner(Callable f, double x, double y0, double y1, double[] tol, boolean xVector) {
        Callable g = (a, n) -> {
            Value ys = a[0];
            Value xs = Operators.plus(Operators.times(ys, DoubleArray.scalar(0)), DoubleArray.scalar(x));
            return f.call(xVector ? new Value[] {xs, ys} : new Value[] {ys, DoubleArray.scalar(x)}, 1);
        };
        Value[] call = {new NamedFunctionHandle("inner", g), DoubleArray.scalar(y0), DoubleArray.scalar(y1),
            CharArray.of("AbsTol"), DoubleArray.scalar(tol[0]), CharArray.of("RelTol"), DoubleArray.scalar(tol[1])};
        return Args.scalar(Numerics.integral(call, 1)[0], "integral2");
    }

    @Builtin("integral2")
    public static Value[] integral2(Value[] args, int nargout) {
        Args.count(args, 5, Integer.MAX_VALUE);
        Callable f = Functions.callable(args[0], "integral2");
        double x0 = Args.scalar(args[1], "integral2");
        double x1 = Args.scalar(args[2], "integral2");
        Value ylo = args[3];
        Value yhi = args[4];
        double[] tol = tolerances(args, 5, "integral2");
        Callable outer = (a, n) -> {
            ArrayValue xs = Args.array(a[0], "integral2");
            double[] out = new double[xs.numel()];
            for (int i = 0; i < out.length; i++) {
                double x = xs.re(i);
                out[i] = inner(f, x, limit(ylo, x, "integral2"), limit(yhi, x, "integral2"), tol, true);
            }
            return new Value[] {DoubleArray.of(xs.dims().clone(), out)};
        };
        Value[] call = {new NamedFunctionHandle("outer", outer), DoubleArray.scalar(x0), DoubleArray.scalar(x1),
            CharArray.of("AbsTol"), DoubleArray.scalar(tol[0]), CharArray.of("RelTol"), DoubleArray.scalar(tol[1])};
        return new Value[] {Numerics.integral(call, 1)[0], DoubleArray.scalar(0)};
    }

    /** dblquad(f, xmin, xmax, ymin, ymax[, tol]): f(x, y) takes a vector x and a scalar y. */
    @Builtin("dblquad")
    public static Value[] dblquad(Value[] args, int nargout) {
        Args.count(args, 5, 7);
        Callable f = Functions.callable(args[0], "dblquad");
        double x0 = Args.scalar(args[1], "dblquad");
        double x1 = Args.scalar(args[2], "dblquad");
        double y0 = Args.scalar(args[3], "dblquad");
        double y1 = Args.scalar(args[4], "dblquad");
        double abs = args.length > 5 && args[5].numel() > 0 ? Args.scalar(args[5], "dblquad") : 1e-6;
        double[] tol = {abs, 1e-6};
        // dblquad's inner integral runs over x (f vectorized in x) for each y
        Callable outer = (a, n) -> {
            ArrayValue ys = Args.array(a[0], "dblquad");
            double[] out = new double[ys.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = inner(f, ys.re(i), x0, x1, tol, false);
            }
            return new Value[] {DoubleArray.of(ys.dims().clone(), out)};
        };
        Value[] call = {new NamedFunctionHandle("outer", outer), DoubleArray.scalar(y0), DoubleArray.scalar(y1),
            CharArray.of("AbsTol"), DoubleArray.scalar(abs), CharArray.of("RelTol"), DoubleArray.scalar(1e-6)};
        return new Value[] {Numerics.integral(call, 1)[0]};
    }
}
