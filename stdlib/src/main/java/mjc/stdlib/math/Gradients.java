package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * gradient: numerical derivatives by central differences inside and one-sided differences at the
 * edges, with uniform spacing (a scalar) or coordinates (a vector) per dimension. For a matrix the
 * first output is the derivative along the columns' direction (x, dimension 2), the second along
 * the rows (y, dimension 1), as MATLAB orders them.
 */
public final class Gradients {
    private Gradients() {
    }

    @Builtin("gradient")
    public static Value[] gradient(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        ArrayValue f = Args.array(args[0], "gradient");
        int[] d = f.dims();
        boolean vector = Dims.isVector(d);
        // the dimensions in output order: x (2), y (1), then 3, 4, ...
        int nd = vector ? 1 : d.length;
        int[] order = new int[nd];
        if (vector) {
            order[0] = d[0] == 1 ? 1 : 0;
        } else {
            order[0] = 1;
            order[1] = 0;
            for (int k = 2; k < nd; k++) {
                order[k] = k;
            }
        }
        int outs = Math.max(1, Math.min(nargout, nd));
        Value[] out = new Value[outs];
        for (int o = 0; o < outs; o++) {
            int dim = order[o];
            Value spacing = args.length == 1 ? DoubleArray.scalar(1) : args.length == 2 ? args[1] : args.length > o + 1
                ? args[o + 1] : null;
            if (spacing == null) {
                throw Errors.of("MATLAB:gradient:InvalidGridSpacing", "Specify one spacing for each dimension.");
            }
            out[o] = along(f, dim, Args.array(spacing, "gradient"));
        }
        return out;
    }

    private static Value along(ArrayValue f, int dim, ArrayValue h) {
        int[] d = f.dims();
        Reduce.Fibers fib = new Reduce.Fibers(d, dim);
        int n = fib.length;
        double[] x = new double[n];
        if (h.numel() == 1) {
            for (int i = 0; i < n; i++) {
                x[i] = i * h.re(0);
            }
        } else if (h.numel() == n) {
            for (int i = 0; i < n; i++) {
                x[i] = h.re(i);
            }
        } else {
            throw Errors.of("MATLAB:gradient:InvalidGridSpacing", "The coordinates must have as many elements as the "
                + "array has along that dimension.");
        }
        double[] out = new double[f.numel()];
        for (int c = 0; c < fib.count; c++) {
            int s = fib.start(c);
            int st = fib.stride;
            if (n == 1) {
                out[s] = 0;
                continue;
            }
            out[s] = (f.re(s + st) - f.re(s)) / (x[1] - x[0]);
            out[s + (n - 1) * st] = (f.re(s + (n - 1) * st) - f.re(s + (n - 2) * st)) / (x[n - 1] - x[n - 2]);
            for (int i = 1; i < n - 1; i++) {
                out[s + i * st] = (f.re(s + (i + 1) * st) - f.re(s + (i - 1) * st)) / (x[i + 1] - x[i - 1]);
            }
        }
        return DoubleArray.of(d.clone(), out);
    }
}
