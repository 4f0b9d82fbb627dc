package mjc.runtime.ops;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * {@code [a, b; c, d]}, horzcat, vertcat and cat(dim, ...). The result class follows MATLAB:
 * cell if any cell, struct if structs, string if any string, the first integer class, single,
 * char if any char (numbers become characters), logical only if all logical, else double.
 * Empty 0x0 operands are skipped; other sizes must agree along the non-concatenated dimensions.
 */
public final class Concat {
    private Concat() {
    }

    /** A whole bracket expression: rows of elements. */
    public static Value matrix(Value[][] rows) {
        Value[] rs = new Value[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rs[i] = horzcat(rows[i]);
        }
        return vertcat(rs);
    }

    public static Value horzcat(Value... parts) {
        if (parts.length == 1) {
            return parts[0] instanceof DoubleArray d && d.range ? plain(d) : parts[0];
        }
        return cat(1, parts);
    }

    public static Value vertcat(Value... parts) {
        if (parts.length == 1) {
            return parts[0] instanceof DoubleArray d && d.range ? plain(d) : parts[0];
        }
        return cat(0, parts);
    }

    private static Value plain(DoubleArray d) {
        return d.copy();
    }

    /** Concatenation along 0-based dimension dim. */
    public static Value cat(int dim, Value... parts) {
        if (parts.length == 0) {
            return DoubleArray.empty();
        }
        if (dim <= 1) {
            Value own = classConcat(dim == 0 ? "vertcat" : "horzcat", parts);
            if (own != null) {
                return own;
            }
        }
        if (anySparse(parts)) {
            // concatenating with a sparse matrix gives a sparse matrix
            Value[] dense = parts.clone();
            for (int i = 0; i < dense.length; i++) {
                if (dense[i] instanceof mjc.runtime.value.SparseArray s) {
                    dense[i] = s.toDense();
                }
            }
            Value r = cat(dim, dense);
            return r instanceof ArrayValue a && a.dims().length == 2 && !a.isComplex() && !(r instanceof CharArray)
                ? mjc.runtime.value.SparseArray.fromDense(a, r instanceof mjc.runtime.value.LogicalArray) : r;
        }
        MClass cls = resultClass(parts);
        List<Value> items = new ArrayList<>();
        for (Value p : parts) {
            if (cls == MClass.CELL && !(p instanceof CellArray)) {
                p = new CellArray(Dims.SCALAR, new Value[] {p.share()});
            } else if (cls == MClass.STRING && !(p instanceof StringArray)) {
                p = convert(p, cls); // a char row is one string: ["[" 'ab' "]"] is 1x3
            }
            items.add(p);
        }
        // drop [] (0x0) operands, keep the class decision made above
        List<Value> kept = new ArrayList<>();
        for (Value p : items) {
            int[] d = p.dims();
            if (!(d.length == 2 && d[0] == 0 && d[1] == 0)) {
                kept.add(p);
            }
        }
        if (kept.isEmpty()) {
            // all empty: result is an empty of the class (sized as the sum along dim when possible)
            Value first = convert(items.get(0), cls);
            return first;
        }
        if (kept.size() == 1) {
            Value only = convert(kept.get(0), cls);
            if (only instanceof DoubleArray d && d.range) {
                return d.copy();
            }
            return only;
        }
        int[] base = kept.get(0).dims();
        int nd = Math.max(dim + 1, base.length);
        for (Value p : kept) {
            nd = Math.max(nd, p.dims().length);
        }
        int total = 0;
        for (Value p : kept) {
            int[] d = p.dims();
            for (int k = 0; k < nd; k++) {
                if (k != dim && Dims.size(d, k) != Dims.size(base, k)) {
                    // allow empty operands of other shapes (e.g. zeros(1,0)) to be skipped
                    if (Dims.numel(d) == 0) {
                        continue;
                    }
                    throw Errors.catDims();
                }
            }
            total += Dims.size(d, dim);
        }
        List<Value> nonEmpty = new ArrayList<>();
        total = 0;
        for (Value p : kept) {
            int[] d = p.dims();
            boolean mismatch = false;
            for (int k = 0; k < nd; k++) {
                if (k != dim && Dims.size(d, k) != Dims.size(base, k)) {
                    mismatch = true;
                }
            }
            if (mismatch) {
                continue;
            }
            nonEmpty.add(p);
            total += Dims.size(d, dim);
        }
        int[] out = new int[nd];
        for (int k = 0; k < nd; k++) {
            out[k] = k == dim ? total : Dims.size(base, k);
        }
        int[] outDims = Dims.normalize(out);
        Value first = convert(nonEmpty.get(0), cls);
        // objects: slots to fill, not default objects (a handle class's constructor must not run for them)
        Value result = first instanceof mjc.runtime.object.ObjectValue o
            ? mjc.runtime.object.ObjectArray.unfilled(o.metaClass(), outDims) : first.emptyLike(outDims);
        if (result instanceof StructArray rs) {
            for (Value p : nonEmpty) {
                for (String f : ((StructArray) p).fieldNames()) {
                    if (!rs.hasField(f)) {
                        rs.addField(f);
                    }
                }
            }
        }
        // inner = product of dims before dim; outer = product after
        int inner = 1;
        for (int k = 0; k < dim; k++) {
            inner *= Dims.size(out, k);
        }
        int outer = 1;
        for (int k = dim + 1; k < nd; k++) {
            outer *= Dims.size(out, k);
        }
        int offset = 0;
        for (Value p : nonEmpty) {
            Value src = convert(p, cls);
            int len = Dims.size(p.dims(), dim);
            int block = inner * len;
            for (int o = 0; o < outer; o++) {
                result.copyElementsFrom(o * inner * total + offset * inner, src, o * block, block);
            }
            offset += len;
        }
        return result;
    }

    private static boolean anySparse(Value[] parts) {
        for (Value p : parts) {
            if (p instanceof mjc.runtime.value.SparseArray) {
                return true;
            }
        }
        return false;
    }

    /** [a, b] / [a; b] with an object whose class defines horzcat / vertcat (a table): that method's result, else null. */
    private static Value classConcat(String method, Value[] parts) {
        for (Value p : parts) {
            if (p instanceof mjc.runtime.object.ObjectValue o) {
                if (!mjc.runtime.object.Objects.metaMethod(o, method)) {
                    return null;
                }
                Value[] r = mjc.runtime.object.Objects.dispatch(method, parts, 1);
                return r == null || r.length == 0 ? null : r[0];
            }
        }
        return null;
    }

    /** The class of the objects among parts ([p q]); every other non-empty part must be an object of that class. */
    private static mjc.runtime.object.MetaClass objectClass(Value[] parts) {
        mjc.runtime.object.MetaClass cls = null;
        for (Value p : parts) {
            if (p instanceof mjc.runtime.object.ObjectValue o) {
                cls = cls == null ? o.metaClass() : cls;
            }
        }
        if (cls == null) {
            return null;
        }
        for (Value p : parts) {
            boolean same = p instanceof mjc.runtime.object.ObjectValue o && o.metaClass() == cls;
            if (!same && !isBracketEmpty(p)) {
                throw Errors.conversion(p.className(), cls.name);
            }
        }
        return cls;
    }

    static MClass resultClass(Value[] parts) {
        boolean anyCell = false;
        boolean anyStruct = false;
        boolean anyString = false;
        boolean anyChar = false;
        boolean anySingle = false;
        boolean allLogical = true;
        MClass integer = null;
        boolean allStruct = true;
        for (Value p : parts) {
            if (p instanceof CellArray) {
                anyCell = true;
            }
            if (p instanceof StructArray) {
                anyStruct = true;
            } else if (!isBracketEmpty(p)) {
                allStruct = false;
            }
            if (p instanceof StringArray) {
                anyString = true;
            }
            if (p instanceof CharArray) {
                anyChar = true;
            }
            if (p instanceof SingleArray) {
                anySingle = true;
            }
            if (p instanceof IntArray && integer == null) {
                integer = p.mclass();
            }
            if (!(p instanceof LogicalArray) && !isBracketEmpty(p)) {
                allLogical = false;
            }
            if (p instanceof FunctionHandle) {
                throw Errors.of("MATLAB:concatenation:functionHandle",
                    "Nonscalar arrays of function handles are not allowed; use cell arrays instead.");
            }
        }
        if (anyCell) {
            return MClass.CELL;
        }
        mjc.runtime.object.MetaClass objects = objectClass(parts);
        if (objects != null) {
            return MClass.OBJECT;
        }
        if (anyStruct) {
            if (!allStruct) {
                throw Errors.of("MATLAB:concatenation:structWithNonStruct",
                    "The following error occurred converting from double to struct: Conversion to struct from double is not possible.");
            }
            return MClass.STRUCT;
        }
        if (anyString) {
            return MClass.STRING;
        }
        if (integer != null) {
            return integer;
        }
        if (anySingle) {
            return MClass.SINGLE;
        }
        if (anyChar) {
            return MClass.CHAR;
        }
        boolean anyLogical = false;
        for (Value p : parts) {
            if (p instanceof LogicalArray) {
                anyLogical = true;
            }
        }
        if (allLogical && anyLogical) {
            return MClass.LOGICAL;
        }
        return MClass.DOUBLE;
    }

    private static boolean isBracketEmpty(Value p) {
        return p instanceof DoubleArray d && d.numel() == 0;
    }

    /** Converts a concatenation operand to the result class. */
    public static Value convert(Value v, MClass cls) {
        if (v.mclass() == cls) {
            return v;
        }
        switch (cls) {
            case CELL:
                return new CellArray(Dims.SCALAR, new Value[] {v.share()});
            case STRING:
                return StringOps.toStringArray(v);
            case STRUCT:
                if (v instanceof StructArray) {
                    return v;
                }
                return mjc.runtime.value.StructArray.empty(v.dims(), List.of());
            default:
                break;
        }
        if (!(v instanceof ArrayValue a)) {
            throw Errors.conversion(v.className(), cls.matlabName);
        }
        int n = a.numel();
        switch (cls) {
            case CHAR: {
                char[] c = new char[n];
                for (int i = 0; i < n; i++) {
                    double x = a.re(i);
                    c[i] = (char) Math.max(0, Math.min(65535, IntArray.roundHalfAway(x)));
                }
                return new CharArray(a.dims(), c);
            }
            case LOGICAL: {
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) {
                    b[i] = a.isTrue(i);
                }
                return new LogicalArray(a.dims(), b);
            }
            case DOUBLE: {
                double[] re = new double[n];
                double[] im = a.isComplex() ? new double[n] : null;
                for (int i = 0; i < n; i++) {
                    re[i] = a.re(i);
                    if (im != null) {
                        im[i] = a.im(i);
                    }
                }
                return DoubleArray.of(a.dims(), re, im);
            }
            default: {
                double[] re = new double[n];
                double[] im = a.isComplex() ? new double[n] : null;
                for (int i = 0; i < n; i++) {
                    re[i] = a.re(i);
                    if (im != null) {
                        im[i] = a.im(i);
                    }
                }
                return ResultClass.narrow(cls, a.dims(), re, im);
            }
        }
    }
}
