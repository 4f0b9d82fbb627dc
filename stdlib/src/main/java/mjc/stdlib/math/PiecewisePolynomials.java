package mjc.stdlib.math;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Piecewise polynomials in MATLAB's pp form (a struct with form 'pp', breaks, coefs, pieces,
 * order, dim; each row of coefs the local coefficients in powers of x - breaks(i), highest
 * first): spline (not-a-knot) and pchip build them or evaluate at once, ppval evaluates, mkpp
 * and unmkpp assemble and take apart. Scalar-valued (dim 1) pieces.
 */
public final class PiecewisePolynomials {
    private static final List<String> FIELDS = List.of("form", "breaks", "coefs", "pieces", "order", "dim");

    private PiecewisePolynomials() {
    }

    private static double[] vector(Value v, String fn) {
        ArrayValue a = Args.array(v, fn);
        double[] d = new double[a.numel()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.re(i);
        }
        return d;
    }

    private static Value pp(double[] breaks, double[][] coef) {
        int pieces = coef.length;
        int order = pieces == 0 ? 0 : coef[0].length;
        double[] c = new double[pieces * order];
        for (int i = 0; i < pieces; i++) {
            for (int k = 0; k < order; k++) {
                c[i + k * pieces] = coef[i][k];
            }
        }
        Value[] row = {CharArray.of("pp"), DoubleArray.row(breaks), DoubleArray.of(Dims.of(pieces, order), c),
            DoubleArray.scalar(pieces), DoubleArray.scalar(order), DoubleArray.scalar(1)};
        for (Value v : row) {
            v.share();
        }
        return new StructArray(Dims.SCALAR, FIELDS, new Value[][] {row});
    }

    private static Value fit(Value[] args, String fn, boolean spline) {
        Args.count(args, 2, 3);
        double[] x = vector(args[0], fn);
        double[] y = vector(args[1], fn);
        if (x.length != y.length) {
            throw Errors.of("MATLAB:" + fn + ":NumSitesMismatchValues", "The number of sites, " + x.length + ", is "
                + "incompatible with the number of values, " + y.length + ".");
        }
        if (x.length < 2) {
            throw Errors.of("MATLAB:" + fn + ":NotEnoughPts", "There should be at least two data points.");
        }
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x[order[i]];
            ys[i] = y[order[i]];
            if (i > 0 && xs[i] == xs[i - 1]) {
                throw Errors.of("MATLAB:" + fn + ":RepeatedSites", "The data sites should be distinct.");
            }
        }
        Value p = pp(xs, spline ? Interpolation.spline(xs, ys) : Interpolation.pchip(xs, ys));
        return args.length == 3 ? ppval(p, args[2]) : p;
    }

    /** spline(x, y) the not-a-knot cubic spline's pp form; spline(x, y, xi) its values at xi. */
    @Builtin("spline")
    public static Value[] spline(Value[] args, int nargout) {
        return new Value[] {fit(args, "spline", true)};
    }

    /** pchip(x, y[, xi]): the shape-preserving piecewise cubic Hermite interpolant. */
    @Builtin("pchip")
    public static Value[] pchip(Value[] args, int nargout) {
        return new Value[] {fit(args, "pchip", false)};
    }

    private static StructArray ppStruct(Value v, String fn) {
        if (!(v instanceof StructArray s) || s.numel() != 1 || !s.hasField("breaks") || !s.hasField("coefs")) {
            throw Errors.of("MATLAB:" + fn + ":NotPP", "The first input must be a piecewise polynomial (pp form).");
        }
        return s;
    }

    /** ppval(pp, xi): the polynomial of the piece each xi falls in (the end pieces extend outward). */
    @Builtin("ppval")
    public static Value ppval(Value ppv, Value xv) {
        StructArray s = ppStruct(ppv, "ppval");
        double[] breaks = vector(s.get(0, "breaks"), "ppval");
        ArrayValue c = Args.array(s.get(0, "coefs"), "ppval");
        int pieces = breaks.length - 1;
        int order = c.numel() / Math.max(1, pieces);
        ArrayValue x = Args.array(xv, "ppval");
        double[] out = new double[x.numel()];
        for (int i = 0; i < out.length; i++) {
            double v = x.re(i);
            if (Double.isNaN(v)) {
                out[i] = Double.NaN;
                continue;
            }
            int k = 0;
            while (k < pieces - 1 && v >= breaks[k + 1]) {
                k++;
            }
            double h = v - breaks[k];
            double acc = 0;
            for (int j = 0; j < order; j++) {
                acc = acc * h + c.re(k + j * pieces);
            }
            out[i] = acc;
        }
        return DoubleArray.of(x.dims().clone(), out);
    }

    /** mkpp(breaks, coefs): the pp form of given pieces (coefs one row per piece, or all in one vector). */
    @Builtin("mkpp")
    public static Value mkpp(Value breaksV, Value coefsV) {
        double[] breaks = vector(breaksV, "mkpp");
        ArrayValue c = Args.array(coefsV, "mkpp");
        int pieces = breaks.length - 1;
        if (pieces < 1 || c.numel() % pieces != 0) {
            throw Errors.of("MATLAB:mkpp:PPNumberMismatchCoeffs", "The number of coefficients must be a multiple of "
                + "the number of pieces.");
        }
        int order = c.numel() / pieces;
        double[][] coef = new double[pieces][order];
        boolean rows = c.dims()[0] == pieces;
        for (int i = 0; i < pieces; i++) {
            for (int k = 0; k < order; k++) {
                coef[i][k] = rows ? c.re(i + k * pieces) : c.re(i * order + k);
            }
        }
        return pp(breaks, coef);
    }

    /** [breaks, coefs, pieces, order, dim] = unmkpp(pp). */
    @Builtin("unmkpp")
    public static Value[] unmkpp(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        StructArray s = ppStruct(args[0], "unmkpp");
        return new Value[] {s.get(0, "breaks"), s.get(0, "coefs"), s.get(0, "pieces"), s.get(0, "order"), s.get(0, "dim")};
    }
}
