package mjc.stdlib.math;

import java.util.Arrays;
import mjc.runtime.error.Errors;
import mjc.runtime.ops.Broadcast;
import mjc.runtime.ops.ResultClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Reductions along a dimension: sum, prod, cumsum, cumprod, mean, median, std, var, max, min, any, all. */
public final class Reductions {
    private Reductions() {
    }

    private static int dimArg(Value[] args, int pos, ArrayValue a) {
        if (args.length > pos) {
            if (args[pos] instanceof mjc.runtime.value.CharArray) {
                return Reduce.defaultDim(a.dims());
            }
            double d = Args.scalar(args[pos], "dim");
            if (d < 1 || d != Math.rint(d)) {
                throw Errors.of("MATLAB:getdimarg:dimensionMustBePositiveInteger",
                    "Dimension argument must be a positive integer scalar within indexing range.");
            }
            return (int) d - 1;
        }
        return Reduce.defaultDim(a.dims());
    }

    private static MClass sumClass(ArrayValue a) {
        MClass c = a.mclass();
        return c.integer || c == MClass.SINGLE ? c : MClass.DOUBLE;
    }

    private static Value reduce(ArrayValue a, int dim, MClass cls, Reduce.Kernel k) {
        int[] d = a.dims();
        if (d.length == 2 && d[0] == 0 && d[1] == 0 && dim == 0) {
            return ResultClass.narrow(cls, Dims.SCALAR, new double[] {k.apply(a, 0, 0, 1)}, null);
        }
        double[] r = Reduce.apply(a, dim, k);
        return ResultClass.narrow(cls, Reduce.reducedDims(d, dim), r, null);
    }

    @Builtin("sum")
    public static Value[] sum(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        if (args.length > 0 && args[0] instanceof mjc.runtime.value.SparseArray s) {
            // the sum of a sparse matrix is sparse
            Value[] dense = args.clone();
            dense[0] = s.toDense();
            Value r = sum(dense, nargout)[0];
            return new Value[] {r instanceof ArrayValue a && a.dims().length == 2 && !a.isComplex()
                ? mjc.runtime.value.SparseArray.fromDense(a, a instanceof LogicalArray) : r};
        }
        ArrayValue a0 = Args.array(args[0], "sum");
        if (a0 instanceof DoubleArray da && !da.isComplex() && Dims.isVector(da.dims()) && args.length == 1) {
            double s = 0;
            for (double x : da.realData()) {
                s += x;
            }
            return new Value[] {DoubleArray.scalar(s)};
        }
        ReductionArgs o = ReductionArgs.parse(args, 1, "sum");
        ArrayValue a = o.prepare(a0, 0, "sum");
        int dim = o.dim(a, 0, "sum");
        if (a.isComplex()) {
            return new Value[] {o.finish(complexReduce(a, dim, false))};
        }
        boolean omit = o.omitNan;
        return new Value[] {o.finish(reduce(a, dim, outClass(a0, o, false), (x, s, n, st) -> {
            double acc = 0;
            for (int i = 0; i < n; i++) {
                double v = x.re(s + i * st);
                if (!(omit && Double.isNaN(v))) {
                    acc += v;
                }
            }
            return acc;
        }))};
    }

    /**
     * The class of a sum or product: 'double', 'native' (the input's), or by default double -
     * except single stays single, and (MATLAB's prod) an integer product stays integer.
     */
    private static MClass outClass(ArrayValue a, ReductionArgs o, boolean product) {
        MClass c = a.mclass();
        switch (o.outtype) {
            case "double":
                return MClass.DOUBLE;
            case "native":
                if (c == MClass.CHAR) {
                    throw Errors.of("MATLAB:" + (product ? "prod" : "sum") + ":nativeChar", "'native' is not supported"
                        + " for char input.");
                }
                return c; // a logical sum or product stays logical (true where nonzero)
            default:
                return c == MClass.SINGLE || product && c.integer ? c : MClass.DOUBLE;
        }
    }

    private static Value complexReduce(ArrayValue a, int dim, boolean product) {
        int[] d = a.dims();
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] re = new double[f.count];
        double[] im = new double[f.count];
        for (int i = 0; i < f.count; i++) {
            double r = product ? 1 : 0;
            double m = 0;
            for (int k = 0; k < f.length; k++) {
                int p = f.start(i) + k * f.stride;
                if (product) {
                    double nr = r * a.re(p) - m * a.im(p);
                    m = r * a.im(p) + m * a.re(p);
                    r = nr;
                } else {
                    r += a.re(p);
                    m += a.im(p);
                }
            }
            re[i] = r;
            im[i] = m;
        }
        return DoubleArray.of(Reduce.reducedDims(d, dim), re, im);
    }

    @Builtin("prod")
    public static Value[] prod(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        ArrayValue a0 = Args.array(args[0], "prod");
        ReductionArgs o = ReductionArgs.parse(args, 1, "prod");
        ArrayValue a = o.prepare(a0, 0, "prod");
        int dim = o.dim(a, 0, "prod");
        if (a.isComplex()) {
            return new Value[] {o.finish(complexReduce(a, dim, true))};
        }
        boolean omit = o.omitNan;
        return new Value[] {o.finish(reduce(a, dim, outClass(a0, o, true), (x, s, n, st) -> {
            double acc = 1;
            for (int i = 0; i < n; i++) {
                double v = x.re(s + i * st);
                if (!(omit && Double.isNaN(v))) {
                    acc *= v;
                }
            }
            return acc;
        }))};
    }

    @Builtin("mean")
    public static Value[] mean(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        ArrayValue a0 = Args.array(args[0], "mean");
        ReductionArgs o = ReductionArgs.parse(args, 1, "mean");
        ArrayValue a = o.prepare(a0, 0, "mean");
        int dim = o.dim(a, 0, "mean");
        MClass cls = a0.mclass() == MClass.SINGLE ? MClass.SINGLE
            : o.outtype.equals("native") && a0.mclass().integer ? a0.mclass() : MClass.DOUBLE;
        if (a.isComplex()) {
            Value s = complexReduce(a, dim, false);
            return new Value[] {o.finish(mjc.runtime.ops.Operators.rdivide(s,
                DoubleArray.scalar(Dims.size(a.dims(), dim))))};
        }
        boolean omit = o.omitNan;
        return new Value[] {o.finish(reduce(a, dim, cls, (x, s, n, st) -> {
            double acc = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                double v = x.re(s + i * st);
                if (!(omit && Double.isNaN(v))) {
                    acc += v;
                    count++;
                }
            }
            return acc / count;
        }))};
    }

    @Builtin("median")
    public static Value[] median(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        ArrayValue a0 = Args.array(args[0], "median");
        ReductionArgs o = ReductionArgs.parse(args, 1, "median");
        ArrayValue a = o.prepare(a0, 0, "median");
        int dim = o.dim(a, 0, "median");
        boolean omit = o.omitNan;
        return new Value[] {o.finish(reduce(a, dim, a0.mclass() == MClass.SINGLE ? MClass.SINGLE : MClass.DOUBLE,
            (x, s, n, st) -> {
                double[] v = new double[n];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    double e = x.re(s + i * st);
                    if (Double.isNaN(e)) {
                        if (omit) {
                            continue;
                        }
                        return Double.NaN;
                    }
                    v[m++] = e;
                }
                if (m == 0) {
                    return Double.NaN;
                }
                Arrays.sort(v, 0, m);
                return m % 2 == 1 ? v[m / 2] : (v[m / 2 - 1] + v[m / 2]) / 2;
            }))};
    }

    @Builtin("mode")
    public static Value[] mode(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a0 = Args.array(args[0], "mode");
        ReductionArgs o = ReductionArgs.parse(args, 1, "mode");
        ArrayValue a = o.prepare(a0, 0, "mode");
        int dim = o.dim(a, 0, "mode");
        return new Value[] {o.finish(reduce(a, dim, MClass.DOUBLE, (x, s, n, st) -> {
            if (n == 0) {
                return Double.NaN;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = x.re(s + i * st);
            }
            Arrays.sort(v);
            double best = v[0];
            int bestCount = 0;
            int i = 0;
            while (i < n) {
                int j = i;
                while (j < n && v[j] == v[i]) {
                    j++;
                }
                if (j - i > bestCount) {
                    bestCount = j - i;
                    best = v[i];
                }
                i = j;
            }
            return best;
        }))};
    }

    private static Value variance(Value[] args, String fn, boolean sqrt) {
        Args.count(args, 1, 4);
        ArrayValue a0 = Args.array(args[0], fn);
        ReductionArgs o = ReductionArgs.parse(args, 1, fn);
        double w = !o.numbers.isEmpty() && o.numbers.get(0).numel() > 0 ? Args.scalar(o.numbers.get(0), fn) : 0;
        ArrayValue a = o.prepare(a0, 1, fn);
        int dim = o.dim(a, 1, fn);
        boolean omit = o.omitNan;
        return o.finish(reduce(a, dim, a0.mclass() == MClass.SINGLE ? MClass.SINGLE : MClass.DOUBLE, (x, s, n, st) -> {
            double[] v = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                double e = x.re(s + i * st);
                if (!(omit && Double.isNaN(e))) {
                    v[m++] = e;
                }
            }
            if (m == 0) {
                return Double.NaN;
            }
            if (m == 1) {
                return Double.isNaN(v[0]) ? Double.NaN : 0;
            }
            double mean = 0;
            for (int i = 0; i < m; i++) {
                mean += v[i];
            }
            mean /= m;
            double acc = 0;
            for (int i = 0; i < m; i++) {
                double dlt = v[i] - mean;
                acc += dlt * dlt;
            }
            double r = acc / (w == 1 ? m : m - 1);
            return sqrt ? Math.sqrt(r) : r;
        }));
    }

    @Builtin("std")
    public static Value[] std(Value[] args, int nargout) {
        return new Value[] {variance(args, "std", true)};
    }

    @Builtin("var")
    public static Value[] var(Value[] args, int nargout) {
        return new Value[] {variance(args, "var", false)};
    }

    /** cumsum/cumprod(A[, dim][, 'reverse'|'forward'][, 'omitnan'|'includenan']). */
    private static Value cumulative(Value[] args, String fn, boolean product) {
        Args.count(args, 1, 4);
        ArrayValue a = Args.array(args[0], fn);
        boolean reverse = false;
        boolean omit = false;
        java.util.List<Value> rest = new java.util.ArrayList<>();
        rest.add(args[0]);
        for (int i = 1; i < args.length; i++) {
            if (Args.isText(args[i])) {
                switch (Args.text(args[i], fn).toLowerCase(java.util.Locale.ROOT)) {
                    case "reverse" -> reverse = true;
                    case "forward" -> reverse = false;
                    case "omitnan", "omitmissing" -> omit = true;
                    case "includenan", "includemissing" -> omit = false;
                    default -> throw Errors.of("MATLAB:" + fn + ":unknownFlag", "Invalid option '"
                        + Args.text(args[i], fn) + "' for " + fn + ".");
                }
            } else {
                rest.add(args[i]);
            }
        }
        int dim = dimArg(rest.toArray(new Value[0]), 1, a);
        int[] d = a.dims();
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] out = new double[a.numel()];
        for (int i = 0; i < f.count; i++) {
            double acc = product ? 1 : 0;
            for (int j = 0; j < f.length; j++) {
                int k = reverse ? f.length - 1 - j : j;
                int p = f.start(i) + k * f.stride;
                double v = a.re(p);
                if (!(omit && Double.isNaN(v))) {
                    acc = product ? acc * v : acc + v;
                }
                out[p] = acc;
            }
        }
        return ResultClass.narrow(sumClass(a), d, out, null);
    }

    @Builtin("cumsum")
    public static Value[] cumsum(Value[] args, int nargout) {
        return new Value[] {cumulative(args, "cumsum", false)};
    }

    @Builtin("cumprod")
    public static Value[] cumprod(Value[] args, int nargout) {
        return new Value[] {cumulative(args, "cumprod", true)};
    }

    @Builtin("max")
    public static Value[] max(Value[] args, int nargout) {
        return extreme(args, nargout, true);
    }

    @Builtin("min")
    public static Value[] min(Value[] args, int nargout) {
        return extreme(args, nargout, false);
    }

    private static Value[] extreme(Value[] args, int nargout, boolean max) {
        String fn = max ? "max" : "min";
        Args.count(args, 1, 3);
        if (args.length >= 2 && args[1].numel() > 0 && !(args[1] instanceof mjc.runtime.value.CharArray)) {
            if (nargout > 1) {
                throw Errors.of("MATLAB:" + fn + ":TwoInTwoOutCaseNotSupported",
                    (max ? "MAX" : "MIN") + " with two matrices to compare and two output arguments is not supported.");
            }
            return new Value[] {pairwise(args[0], args[1], max, fn)};
        }
        ArrayValue a0 = Args.array(args[0], fn);
        ReductionArgs o = ReductionArgs.parse(args, args.length >= 2 ? 2 : 1, fn);
        ArrayValue a = o.prepare(a0, 0, fn);
        int dim = o.dim(a, 0, fn);
        boolean includeNan = o.includeNan;
        int[] d = a.dims();
        if (a.numel() == 0 && d.length == 2 && d[0] == 0 && d[1] == 0) {
            return new Value[] {DoubleArray.empty(), DoubleArray.empty()};
        }
        Reduce.Fibers f = new Reduce.Fibers(d, dim);
        double[] vals = new double[f.count];
        double[] idx = new double[f.count];
        boolean complex = a.isComplex();
        for (int i = 0; i < f.count; i++) {
            double best = Double.NaN;
            double bestKey = Double.NaN;
            int bestK = 0;
            for (int k = 0; k < f.length; k++) {
                int p = f.start(i) + k * f.stride;
                double v = a.re(p);
                double key = complex ? Math.hypot(v, a.im(p)) : v;
                if (Double.isNaN(key)) {
                    if (includeNan) {
                        bestKey = Double.NaN;
                        best = v;
                        bestK = k;
                        break;
                    }
                    continue;
                }
                if (Double.isNaN(bestKey) || (max ? key > bestKey : key < bestKey)) {
                    bestKey = key;
                    best = v;
                    bestK = k;
                }
            }
            vals[i] = best;
            idx[i] = bestK + 1;
        }
        int[] rd = Reduce.reducedDims(d, dim);
        Value v;
        if (complex) {
            double[] re = new double[f.count];
            double[] im = new double[f.count];
            for (int i = 0; i < f.count; i++) {
                int p = f.start(i) + ((int) idx[i] - 1) * f.stride;
                re[i] = a.re(p);
                im[i] = a.im(p);
            }
            v = DoubleArray.of(rd, re, im);
        } else if (a instanceof IntArray ia) {
            long[] l = new long[f.count];
            for (int i = 0; i < f.count; i++) {
                l[i] = ia.get(f.start(i) + ((int) idx[i] - 1) * f.stride);
            }
            v = new IntArray(ia.mclass(), rd, l);
        } else if (a instanceof LogicalArray || a instanceof mjc.runtime.value.CharArray) {
            v = DoubleArray.of(rd, vals);
        } else {
            v = ResultClass.narrow(ResultClass.of(a), rd, vals, null);
        }
        return new Value[] {o.finish(v), o.finish(DoubleArray.of(rd, idx))};
    }

    private static Value pairwise(Value x, Value y, boolean max, String fn) {
        ArrayValue a = Args.array(x, fn);
        ArrayValue b = Args.array(y, fn);
        MClass cls = ResultClass.of(a, b, fn);
        Broadcast bc = Broadcast.of(a.dims(), b.dims());
        int n = bc.numel();
        int[] ia = new int[n];
        int[] ib = new int[n];
        if (bc.sameShape()) {
            for (int i = 0; i < n; i++) {
                ia[i] = i;
                ib[i] = i;
            }
        } else {
            boolean sa = a.numel() == 1;
            boolean sb = b.numel() == 1;
            if (sa || sb) {
                for (int i = 0; i < n; i++) {
                    ia[i] = sa ? 0 : i;
                    ib[i] = sb ? 0 : i;
                }
            } else {
                bc.indices(ia, ib);
            }
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double u = a.re(ia[i]);
            double v = b.re(ib[i]);
            if (Double.isNaN(u)) {
                r[i] = v;
            } else if (Double.isNaN(v)) {
                r[i] = u;
            } else {
                r[i] = max ? Math.max(u, v) : Math.min(u, v);
            }
        }
        return ResultClass.narrow(cls, bc.dims(), r, null);
    }

    private static Value truthReduce(Value[] args, boolean any) {
        String fn = any ? "any" : "all";
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], fn);
        int[] d = a.dims();
        if (args.length == 1 && Dims.isVector(d)) {
            for (int i = 0; i < a.numel(); i++) {
                if (Double.isNaN(a.re(i)) && !any) {
                    continue;
                }
                if (a.isTrue(i) == any && !Double.isNaN(a.re(i))) {
                    return LogicalArray.of(any);
                }
            }
            return LogicalArray.of(!any);
        }
        ReductionArgs o = ReductionArgs.parse(args, 1, fn);
        a = o.prepare(a, 0, fn);
        d = a.dims();
        int dim = o.dim(a, 0, fn);
        if (d.length == 2 && d[0] == 0 && d[1] == 0) {
            return LogicalArray.of(!any);
        }
        double[] r = Reduce.apply(a, dim, (x, s, n, st) -> {
            for (int i = 0; i < n; i++) {
                if (x.isTrue(s + i * st) == any) {
                    return any ? 1 : 0;
                }
            }
            return any ? 0 : 1;
        });
        boolean[] b = new boolean[r.length];
        for (int i = 0; i < r.length; i++) {
            b[i] = r[i] != 0;
        }
        return o.finish(new LogicalArray(Reduce.reducedDims(d, dim), b));
    }

    @Builtin("any")
    public static Value[] any(Value[] args, int nargout) {
        return new Value[] {truthReduce(args, true)};
    }

    @Builtin("all")
    public static Value[] all(Value[] args, int nargout) {
        return new Value[] {truthReduce(args, false)};
    }

    @Builtin("nnz")
    public static Value nnz(Value v) {
        if (v instanceof mjc.runtime.value.SparseArray s) {
            return DoubleArray.scalar(s.nnz());
        }
        ArrayValue a = Args.array(v, "nnz");
        int c = 0;
        for (int i = 0; i < a.numel(); i++) {
            if (a.isTrue(i)) {
                c++;
            }
        }
        return DoubleArray.scalar(c);
    }

    @Builtin("diff")
    public static Value[] diff(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        Value cur = args[0];
        int order = args.length > 1 ? (int) Args.scalar(args[1], "diff") : 1;
        for (int o = 0; o < order; o++) {
            ArrayValue a = Args.array(cur, "diff");
            int dim = args.length > 2 ? (int) Args.scalar(args[2], "diff") - 1 : Reduce.defaultDim(a.dims());
            int[] d = a.dims();
            int len = Dims.size(d, dim);
            if (len <= 1) {
                int[] nd = d.clone();
                if (dim < nd.length) {
                    nd[dim] = 0;
                }
                return new Value[] {DoubleArray.zeros(Dims.normalize(nd))};
            }
            int[] nd = d.clone();
            nd[dim] = len - 1;
            Reduce.Fibers f = new Reduce.Fibers(d, dim);
            Reduce.Fibers g = new Reduce.Fibers(nd, dim);
            double[] out = new double[Dims.toAllocate(nd, 8)];
            for (int i = 0; i < f.count; i++) {
                for (int k = 0; k < len - 1; k++) {
                    out[g.start(i) + k * g.stride] = a.re(f.start(i) + (k + 1) * f.stride) - a.re(f.start(i) + k * f.stride);
                }
            }
            cur = ResultClass.narrow(ResultClass.of(a), Dims.normalize(nd), out, null);
        }
        return new Value[] {cur};
    }

    @Builtin("dot")
    public static Value dot(Value x, Value y) {
        ArrayValue a = Args.array(x, "dot");
        ArrayValue b = Args.array(y, "dot");
        if (a.numel() != b.numel()) {
            throw Errors.of("MATLAB:dot:InputSizeMismatch", "A and B must be same size.");
        }
        if (Dims.isVector(a.dims()) && Dims.isVector(b.dims())) {
            double s = 0;
            for (int i = 0; i < a.numel(); i++) {
                s += a.re(i) * b.re(i);
            }
            return DoubleArray.scalar(s);
        }
        Value prod = mjc.runtime.ops.Operators.times(a, b);
        return sum(new Value[] {prod}, 1)[0];
    }

    @Builtin("cross")
    public static Value cross(Value x, Value y) {
        ArrayValue a = Args.array(x, "cross");
        ArrayValue b = Args.array(y, "cross");
        if (a.numel() != 3 || b.numel() != 3) {
            throw Errors.of("MATLAB:cross:InvalidDimAorB", "A and B must be of length 3 in the dimension in which the cross product is taken.");
        }
        double[] r = {a.re(1) * b.re(2) - a.re(2) * b.re(1), a.re(2) * b.re(0) - a.re(0) * b.re(2),
            a.re(0) * b.re(1) - a.re(1) * b.re(0)};
        return DoubleArray.of(a.dims(), r);
    }
}
