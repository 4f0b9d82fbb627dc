package mjc.runtime.index;

import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * Reading by index: {@code a(i)}, {@code a(i,j,...)}, {@code c{...}}, {@code s.f}, and the value
 * of {@code end}. Results follow MATLAB's shape rules for linear indexing (a vector indexed by a
 * vector keeps the source's orientation; otherwise the result has the index's shape).
 */
public final class Index {
    private Index() {
    }

    /** {@code end} in position k (0-based) of n subscripts. */
    public static Value end(Value base, int k, int n) {
        return DoubleArray.scalar(endValue(base, k, n));
    }

    public static double endValue(Value base, int k, int n) {
        if (base == null) {
            return 0; // x(end+1) = v with x not yet assigned: x starts as [] (MATLAB grows it from empty)
        }
        if (base instanceof mjc.runtime.object.ObjectValue && mjc.runtime.object.IndexingOverloads.overloadsEnd(base)) {
            Value e = mjc.runtime.object.IndexingOverloads.end(base, k, n);
            if (!(e instanceof mjc.runtime.value.ArrayValue a) || a.numel() != 1) {
                throw Errors.of("MATLAB:badsubscript", "The end method must return a scalar.");
            }
            return a.re(0);
        }
        int[] d = base.dims();
        if (n == 1) {
            return base.numel();
        }
        if (k < n - 1) {
            return Dims.size(d, k);
        }
        long p = 1;
        for (int i = k; i < d.length; i++) {
            p *= d[i];
        }
        return p;
    }

    /** Fast path for {@code a(i)} with a scalar double subscript. */
    public static Value paren1(Value base, Value sub) {
        if (base instanceof DoubleArray d && sub instanceof DoubleArray s && s.numel() == 1 && !d.isComplex()) {
            double x = s.scalar();
            int i = (int) x;
            if (i == x && i >= 1 && i <= d.numel()) {
                return DoubleArray.scalar(d.realData()[i - 1]);
            }
        }
        return paren(base, new Value[] {sub});
    }

    /**
     * {@code a(i)} where the compiler proved a a real double array and i a double scalar: the
     * element as a JVM double (anything unusual - out of range, a fraction - raises the same
     * error as the generic path).
     */
    public static double realAt(Value base, double x) {
        if (base instanceof DoubleArray d && !d.isComplex()) {
            int i = (int) x;
            if (i == x && i >= 1 && i <= d.numel()) {
                return d.realData()[i - 1];
            }
        }
        return mjc.runtime.call.Calls.unboxDouble(paren(base, new Value[] {DoubleArray.scalar(x)}));
    }

    /** {@code a(i, j)} of a real double matrix, as a JVM double. */
    public static double realAt2(Value base, double x, double y) {
        if (base instanceof DoubleArray d && !d.isComplex() && d.dims().length == 2) {
            int i = (int) x;
            int j = (int) y;
            int[] dd = d.dims();
            if (i == x && j == y && i >= 1 && j >= 1 && i <= dd[0] && j <= dd[1]) {
                return d.realData()[(i - 1) + (j - 1) * dd[0]];
            }
        }
        return mjc.runtime.call.Calls.unboxDouble(paren(base, new Value[] {DoubleArray.scalar(x), DoubleArray.scalar(y)}));
    }

    /** Fast path for {@code a(i, j)} with scalar double subscripts. */
    public static Value paren2(Value base, Value s1, Value s2) {
        if (base instanceof DoubleArray d && s1 instanceof DoubleArray a && s2 instanceof DoubleArray b
            && a.numel() == 1 && b.numel() == 1 && !d.isComplex() && d.dims().length == 2) {
            double x = a.scalar();
            double y = b.scalar();
            int i = (int) x;
            int j = (int) y;
            int[] dd = d.dims();
            if (i == x && j == y && i >= 1 && j >= 1 && i <= dd[0] && j <= dd[1]) {
                return DoubleArray.scalar(d.realData()[(i - 1) + (j - 1) * dd[0]]);
            }
        }
        return paren(base, new Value[] {s1, s2});
    }

    /** {@code base(subs...)}; for cells a sub-cell, for structs a sub-array. */
    public static Value paren(Value base, Value[] subs) {
        if (base instanceof mjc.runtime.object.ObjectValue && mjc.runtime.object.IndexingOverloads.overloadsRef(base)) {
            return first(mjc.runtime.object.IndexingOverloads.subsref(base, "()", subs, 1));
        }
        if (base instanceof FunctionHandle) {
            throw Errors.of("MATLAB:index:functionHandle", "Indexing a function handle is not supported here.");
        }
        if (base instanceof IndexableObject o) {
            return o.subsref(subs);
        }
        if (base instanceof MException) {
            if (subs.length == 1 && isOne(subs[0])) {
                return base;
            }
            throw Errors.indexExceeds(2, 1);
        }
        if (subs.length == 0) {
            return base;
        }
        if (subs.length == 1) {
            return linear(base, subs[0]);
        }
        return subscripted(base, subs);
    }

    private static boolean isOne(Value v) {
        return v instanceof ArrayValue a && a.numel() == 1 && a.re(0) == 1;
    }

    static Value linear(Value base, Value sub) {
        int n = base.numel();
        int[] idx = Subscripts.indices(sub, n, 1);
        for (int i : idx) {
            if (i >= n) {
                throw Errors.indexExceeds(i + 1, n);
            }
        }
        int[] ishape = Subscripts.linearShape(sub, idx.length);
        int[] bd = base.dims();
        int[] shape;
        boolean indexIsVector = ishape.length == 2 && (ishape[0] == 1 || ishape[1] == 1);
        boolean baseIsVector = bd.length == 2 && (bd[0] == 1 || bd[1] == 1) && n != 1;
        if (Subscripts.isColon(sub)) {
            shape = Dims.col(idx.length);
        } else if (indexIsVector && baseIsVector) {
            shape = bd[0] == 1 ? Dims.row(idx.length) : Dims.col(idx.length);
        } else {
            shape = ishape;
        }
        return base.gather(idx, Dims.normalize(shape));
    }

    static Value subscripted(Value base, Value[] subs) {
        int[] bd = base.dims();
        int ns = subs.length;
        int[][] lists = new int[ns][];
        int[] shape = new int[ns];
        int[] extents = new int[ns];
        for (int k = 0; k < ns; k++) {
            int extent;
            if (k < ns - 1) {
                extent = Dims.size(bd, k);
            } else {
                long p = 1;
                for (int i = k; i < bd.length; i++) {
                    p *= bd[i];
                }
                extent = (int) p;
            }
            extents[k] = extent;
            lists[k] = Subscripts.indices(subs[k], extent, k + 1);
            for (int i : lists[k]) {
                if (i >= extent) {
                    if (ns == 1) {
                        throw Errors.indexExceeds(i + 1, extent);
                    }
                    throw Errors.indexExceedsDim(k + 1, i + 1, extent);
                }
            }
            shape[k] = lists[k].length;
        }
        int total = 1;
        for (int s : shape) {
            total *= s;
        }
        int[] idx = new int[total];
        int[] counter = new int[ns];
        for (int t = 0; t < total; t++) {
            int lin = 0;
            int stride = 1;
            for (int k = 0; k < ns; k++) {
                lin += lists[k][counter[k]] * stride;
                stride *= extents[k];
            }
            idx[t] = lin;
            for (int k = 0; k < ns; k++) {
                if (++counter[k] < shape[k]) {
                    break;
                }
                counter[k] = 0;
            }
        }
        return base.gather(idx, Dims.normalize(shape));
    }

    /** {@code c{subs}} as a comma-separated list. */
    public static Value[] brace(Value base, Value[] subs) {
        if (base instanceof mjc.runtime.object.ObjectValue && mjc.runtime.object.IndexingOverloads.overloadsRef(base)) {
            return mjc.runtime.object.IndexingOverloads.subsref(base, "{}", subs, 1);
        }
        if (!(base instanceof CellArray)) {
            if (base == null) {
                throw Errors.undefined("cell");
            }
            throw Errors.braceOnNonCell();
        }
        CellArray sub = (CellArray) paren(base, subs);
        Value[] out = new Value[sub.numel()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sub.get(i);
        }
        return out;
    }

    /** {@code c{subs}} where exactly one value is needed. */
    public static Value braceOne(Value base, Value[] subs) {
        if (base instanceof CellArray c && subs.length == 1 && subs[0] instanceof DoubleArray d && d.numel() == 1) {
            double x = d.scalar();
            int i = (int) x;
            if (i == x && i >= 1 && i <= c.numel()) {
                return c.get(i - 1);
            }
        }
        Value[] r = brace(base, subs);
        if (r.length == 1) {
            return r[0];
        }
        if (r.length == 0) {
            throw Errors.indexExceeds(0, 0);
        }
        throw Errors.tooManyCsl();
    }

    /** {@code s.name} as a comma-separated list (one value per struct element). */
    public static Value[] field(Value base, String name) {
        if (base instanceof StructArray s) {
            int f = s.fieldIndex(name);
            if (f < 0) {
                throw Errors.noField(name);
            }
            Value[] out = new Value[s.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = s.get(i, f);
            }
            return out;
        }
        if (base instanceof mjc.runtime.object.ObjectValue) {
            return mjc.runtime.object.Objects.getList(base, name, null);
        }
        return new Value[] {fieldOne(base, name)};
    }

    /** {@code s.name} where exactly one value is needed. */
    public static Value fieldOne(Value base, String name) {
        if (base instanceof StructArray s) {
            int f = s.fieldIndex(name);
            if (f < 0) {
                throw Errors.noField(name);
            }
            if (s.numel() == 1) {
                return s.get(0, f);
            }
            if (s.numel() == 0) {
                throw Errors.of("MATLAB:index:expected_one_output_from_expression",
                    "Expected one output from a curly brace or dot indexing expression, but there were 0 results.");
            }
            throw Errors.tooManyCsl();
        }
        if (base instanceof mjc.runtime.object.ObjectValue) {
            return mjc.runtime.object.Objects.get(base, name, null);
        }
        if (base instanceof MException e) {
            return MExceptionFields.get(e, name);
        }
        if (base instanceof PropertyAccess p) {
            return p.property(name);
        }
        if (base == null) {
            throw Errors.undefined(name);
        }
        throw Errors.dotOnNonStruct();
    }

    private static Value first(Value[] r) {
        if (r.length == 0 || r[0] == null) {
            throw Errors.of("MATLAB:index:expected_one_output_from_expression",
                "Expected one output from a curly brace or dot indexing expression, but there were 0 results.");
        }
        return r[0];
    }
}
