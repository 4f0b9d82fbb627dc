package mjc.runtime.index;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * Indexed assignment: {@code a(i) = v}, {@code c{i} = v}, {@code s.f = v}, with growth (zero
 * fill) and MATLAB's class rules. Each method returns the updated array, which is the same
 * object written in place when the caller's variable is its only holder (not shared) and a
 * fresh copy otherwise; the caller stores the result back with {@link Value#own()}.
 *
 * <p>Nested targets such as {@code s.a.b(3) = 1} are compiled as a chain: read each level with
 * a {@code ...ForUpdate} method, assign the innermost, then store each level back outward.
 */
public final class Assign {
    private Assign() {
    }

    /** Fast path for {@code a(i) = v} with a scalar double index and value. */
    public static Value paren1(Value base, Value sub, Value rhs) {
        if (base instanceof DoubleArray d && !d.isShared() && sub instanceof DoubleArray s && s.numel() == 1
            && rhs instanceof DoubleArray r && r.numel() == 1 && !r.isComplex()) {
            double x = s.scalar();
            int i = (int) x;
            if (i == x && i >= 1 && i <= d.numel()) {
                d.realData()[i - 1] = r.scalar();
                if (d.imagData() != null) {
                    d.imagData()[i - 1] = 0;
                }
                d.range = false;
                return d;
            }
        }
        return paren(base, rhs, new Value[] {sub});
    }

    /** {@code a(i) = x} with a double index and value (the compiler keeps them in JVM doubles). */
    public static Value realSet(Value base, double x, double value) {
        if (base instanceof DoubleArray d && !d.isShared() && d.imagData() == null) {
            int i = (int) x;
            if (i == x && i >= 1 && i <= d.numel()) {
                d.realData()[i - 1] = value;
                d.range = false;
                return d;
            }
        }
        return paren(base, DoubleArray.scalar(value), new Value[] {DoubleArray.scalar(x)});
    }

    /** {@code a(i, j) = x} with double subscripts and value. */
    public static Value realSet2(Value base, double x, double y, double value) {
        if (base instanceof DoubleArray d && !d.isShared() && d.imagData() == null && d.dims().length == 2) {
            int i = (int) x;
            int j = (int) y;
            int[] dd = d.dims();
            if (i == x && j == y && i >= 1 && j >= 1 && i <= dd[0] && j <= dd[1]) {
                d.realData()[(i - 1) + (j - 1) * dd[0]] = value;
                d.range = false;
                return d;
            }
        }
        return paren(base, DoubleArray.scalar(value), new Value[] {DoubleArray.scalar(x), DoubleArray.scalar(y)});
    }

    /** {@code base(subs) = rhs}. */
    public static Value paren(Value base, Value rhs, Value[] subs) {
        if (base instanceof mjc.runtime.object.ObjectValue && mjc.runtime.object.IndexingOverloads.overloadsAsgn(base)) {
            return mjc.runtime.object.IndexingOverloads.subsasgnIndex(base, "()", subs, rhs);
        }
        if (base instanceof IndexableObject o) {
            return o.subsasgn(subs, rhs);
        }
        if (Convert.adoptsRhsClass(base)) {
            Value e = Convert.emptyFor(rhs);
            if (e == null) {
                if (rhs instanceof FunctionHandle && subs.length >= 1 && allOnes(subs)) {
                    return rhs;
                }
                throw Errors.of("MATLAB:index:assignmentNotSupported",
                    "Indexed assignment of a value of class '" + rhs.className() + "' is not supported.");
            }
            base = e;
        }
        Value src = Convert.rhsFor(base, rhs);
        if (subs.length == 0) {
            return src;
        }
        if (base instanceof mjc.runtime.object.ObjectValue) {
            return objects(base, src, subs);
        }
        if (subs.length == 1) {
            return linear(base, src, subs[0]);
        }
        return subscripted(base, src, subs);
    }

    /** Object arrays store through ObjectArray; a 1x1 result is the object itself. */
    private static Value objects(Value base, Value src, Value[] subs) {
        if (base instanceof mjc.runtime.object.MObject o) {
            base = mjc.runtime.object.ObjectArray.of(o);
        }
        Value out = subs.length == 1 ? linear(base, src, subs[0]) : subscripted(base, src, subs);
        return out instanceof mjc.runtime.object.ObjectArray a ? a.normalized() : out;
    }

    private static boolean allOnes(Value[] subs) {
        for (Value s : subs) {
            if (!(s instanceof ArrayValue a && a.numel() == 1 && a.re(0) == 1)) {
                return false;
            }
        }
        return true;
    }

    private static Value prepare(Value base, int[] newDims, Value src) {
        Value out;
        if (newDims != null) {
            out = base.resized(newDims);
        } else if (base.isShared()) {
            out = base.copy();
        } else {
            out = base;
        }
        if (out instanceof DoubleArray d) {
            d.range = false;
        }
        if (out instanceof StructArray s) {
            Convert.mergeFields(s, src);
        }
        return out;
    }

    private static Value linear(Value base, Value src, Value sub) {
        int n = base.numel();
        int[] idx = Subscripts.indices(sub, n, 1);
        int count = idx.length;
        int rn = src.numel();
        if (rn != 1 && rn != count) {
            throw Errors.assignNumel();
        }
        if (count == 0) {
            return base;
        }
        int max = Subscripts.max(idx);
        int[] newDims = null;
        if (max >= n) {
            int[] bd = base.dims();
            int len = max + 1;
            if (bd.length == 2 && bd[1] == 1 && bd[0] != 1 && (bd[0] > 0 || n == 0)) {
                newDims = Dims.col(len);
                if (bd[0] == 0 && bd[1] == 1) {
                    newDims = Dims.col(len);
                }
            } else if (bd.length == 2 && (bd[0] == 1 || n == 0)) {
                newDims = Dims.row(len);
            } else {
                throw Errors.of("MATLAB:indexed:growAmbiguous",
                    "Attempt to grow array along ambiguous dimension.");
            }
        }
        Value out = prepare(base, newDims, src);
        if (rn == 1) {
            for (int k = 0; k < count; k++) {
                out.setElementFrom(idx[k], src, 0);
            }
        } else {
            for (int k = 0; k < count; k++) {
                out.setElementFrom(idx[k], src, k);
            }
        }
        return out;
    }

    private static Value subscripted(Value base, Value src, Value[] subs) {
        int[] bd = base.dims();
        int ns = subs.length;
        int[][] lists = new int[ns][];
        int[] newd = new int[Math.max(ns, 2)];
        boolean grow = false;
        boolean baseEmpty = base.numel() == 0;
        int colonsInEmpty = 0;
        for (int k = 0; k < ns; k++) {
            if (Subscripts.isColon(subs[k]) && baseEmpty && Dims.size(bd, k) == 0) {
                colonsInEmpty++;
            }
        }
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
            if (Subscripts.isColon(subs[k]) && baseEmpty && extent == 0) {
                int[] rd = src.dims();
                if (colonsInEmpty == 1 && Dims.isVector(rd)) {
                    extent = src.numel();
                } else {
                    extent = Dims.size(rd, k);
                }
                grow = true;
            }
            lists[k] = Subscripts.indices(subs[k], extent, k + 1);
            int need = Math.max(extent, Subscripts.max(lists[k]) + 1);
            if (need > extent) {
                grow = true;
                if (k == ns - 1 && ns < bd.length) {
                    throw Errors.of("MATLAB:indexed:growAmbiguous",
                        "Attempt to grow array along ambiguous dimension.");
                }
            }
            newd[k] = need;
        }
        if (ns < 2) {
            newd[1] = 1;
        }
        int count = 1;
        for (int[] l : lists) {
            count *= l.length;
        }
        int rn = src.numel();
        if (rn != 1 && rn != count) {
            throw Errors.assignSize(sizeText(lists), Dims.str(src.dims()));
        }
        if (count == 0) {
            return grow ? prepare(base, Dims.normalize(newd), src) : base;
        }
        int[] targetDims = grow ? Dims.normalize(newd) : bd;
        Value out = prepare(base, grow ? targetDims : null, src);
        int[] od = out.dims();
        int[] strides = new int[ns];
        int s = 1;
        for (int k = 0; k < ns; k++) {
            strides[k] = s;
            s *= (k < ns - 1) ? Dims.size(od, k) : 1;
        }
        int[] counter = new int[ns];
        for (int t = 0; t < count; t++) {
            int lin = 0;
            for (int k = 0; k < ns; k++) {
                lin += lists[k][counter[k]] * strides[k];
            }
            out.setElementFrom(lin, src, rn == 1 ? 0 : t);
            for (int k = 0; k < ns; k++) {
                if (++counter[k] < lists[k].length) {
                    break;
                }
                counter[k] = 0;
            }
        }
        return out;
    }

    private static String sizeText(int[][] lists) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lists.length; k++) {
            if (k > 0) {
                sb.append('x');
            }
            sb.append(lists[k].length);
        }
        return sb.toString();
    }

    /** {@code base(subs) = []}: deletes elements, rows, columns or pages. */
    public static Value delete(Value base, Value[] subs) {
        if (base instanceof mjc.runtime.object.ObjectValue && mjc.runtime.object.IndexingOverloads.overloadsAsgn(base)) {
            return mjc.runtime.object.IndexingOverloads.subsasgnIndex(base, "()", subs, mjc.runtime.value.DoubleArray.EMPTY);
        }
        if (base == null) {
            throw Errors.undefined("variable");
        }
        int[] bd = base.dims();
        if (subs.length == 1) {
            int n = base.numel();
            if (Subscripts.isColon(subs[0])) {
                return base.emptyLike(Dims.EMPTY);
            }
            int[] idx = Subscripts.indices(subs[0], n, 1);
            boolean[] drop = new boolean[n];
            for (int i : idx) {
                if (i >= n) {
                    throw Errors.indexExceeds(i + 1, n);
                }
                drop[i] = true;
            }
            int keep = 0;
            for (boolean b : drop) {
                if (!b) {
                    keep++;
                }
            }
            if (keep == n) {
                return base;
            }
            int[] kept = new int[keep];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (!drop[i]) {
                    kept[j++] = i;
                }
            }
            int[] dims;
            if (bd.length == 2 && bd[1] == 1 && bd[0] != 1) {
                dims = Dims.of(keep, 1);
            } else {
                dims = Dims.of(1, keep);
            }
            return base.gather(kept, dims);
        }
        int ns = subs.length;
        int target = -1;
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
            boolean full = Subscripts.isColon(subs[k]) || coversAll(subs[k], extent);
            if (!full) {
                if (target >= 0) {
                    throw Errors.deleteShape();
                }
                target = k;
            }
        }
        if (target < 0) {
            target = 0;
            for (int k = 0; k < ns; k++) {
                if (!Subscripts.isColon(subs[k])) {
                    target = k;
                    break;
                }
            }
        }
        int[] idx = Subscripts.indices(subs[target], extents[target], target + 1);
        boolean[] drop = new boolean[extents[target]];
        for (int i : idx) {
            if (i >= extents[target]) {
                throw Errors.indexExceedsDim(target + 1, i + 1, extents[target]);
            }
            drop[i] = true;
        }
        int keep = 0;
        for (boolean b : drop) {
            if (!b) {
                keep++;
            }
        }
        double[] kept = new double[keep];
        int j = 0;
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                kept[j++] = i + 1;
            }
        }
        Value[] readSubs = new Value[ns];
        for (int k = 0; k < ns; k++) {
            readSubs[k] = k == target ? DoubleArray.row(kept) : Subscripts.COLON;
        }
        Value r = Index.subscripted(base, readSubs);
        int[] rd = r.dims().clone();
        if (ns < bd.length) {
            // collapsed trailing dimensions: keep the original shape where untouched
            int[] full = bd.clone();
            if (target < ns - 1) {
                full[target] = keep;
                return r.reshaped(Dims.normalize(full));
            }
        }
        return r.reshaped(Dims.normalize(rd));
    }

    private static boolean coversAll(Value sub, int extent) {
        int[] idx = Subscripts.indices(sub, extent, 1);
        boolean[] seen = new boolean[extent];
        int c = 0;
        for (int i : idx) {
            if (i < extent && !seen[i]) {
                seen[i] = true;
                c++;
            }
        }
        return c == extent && extent > 0;
    }

    /** {@code base{subs} = rhs}. */
    public static Value brace(Value base, Value rhs, Value[] subs) {
        if (base instanceof mjc.runtime.object.ObjectValue && mjc.runtime.object.IndexingOverloads.overloadsAsgn(base)) {
            return mjc.runtime.object.IndexingOverloads.subsasgnIndex(base, "{}", subs, rhs);
        }
        if (Convert.adoptsRhsClass(base)) {
            base = CellArray.empty(Dims.EMPTY);
        }
        if (!(base instanceof CellArray cell)) {
            throw Errors.of("MATLAB:cellAssToNonCell",
                "Unable to perform assignment because brace indexing is not supported for variables of this type.");
        }
        if (!cell.isShared() && subs.length == 1 && subs[0] instanceof DoubleArray d && d.numel() == 1) {
            double x = d.scalar();
            int i = (int) x;
            if (i == x && i >= 1 && i <= cell.numel()) {
                if (cell.get(i - 1) != rhs) {
                    cell.set(i - 1, rhs);
                }
                return cell;
            }
        }
        return paren(cell, new CellArray(Dims.SCALAR, new Value[] {rhs}), subs);
    }

    /** {@code base.name = rhs}. */
    public static Value field(Value base, String name, Value rhs) {
        if (base instanceof mjc.runtime.object.ObjectValue) {
            return mjc.runtime.object.Objects.set(base, name, rhs, null);
        }
        if (Convert.adoptsRhsClass(base)) {
            base = StructArray.scalar();
        }
        if (!(base instanceof StructArray s)) {
            throw Errors.of("MATLAB:index:dotAssignmentNotSupported",
                "Unable to perform assignment because dot indexing is not supported for variables of this type.");
        }
        if (s.numel() != 1) {
            throw Errors.of("MATLAB:scalarStructRequired", "Scalar structure required for this assignment.");
        }
        int f = s.fieldIndex(name);
        if (f >= 0 && s.get(0, f) == rhs) {
            return s;
        }
        StructArray out = s.isShared() ? (StructArray) s.copy() : s;
        if (f >= 0) {
            out.set(0, f, rhs); // a copy keeps the field order
        } else {
            out.set(0, name, rhs);
        }
        return out;
    }

    // ---- [s.name] = ... and [c{subs}] = ...: one output per addressed element ----

    /** How many outputs {@code [base.name] = f(...)} asks for: one per struct element. */
    public static int fieldListCount(Value base) {
        return base instanceof StructArray s && s.numel() != 1 ? s.numel() : 1;
    }

    /** {@code [base.name] = vals{:}}: element i of the struct array gets vals[i]. */
    public static Value fieldList(Value base, String name, Value[] vals) {
        if (!(base instanceof StructArray s) || s.numel() == 1) {
            return field(base, name, vals[0].share());
        }
        StructArray out = s.isShared() ? (StructArray) s.copy() : s;
        for (int i = 0; i < vals.length; i++) {
            out.set(i, name, vals[i].share());
        }
        return out;
    }

    /** How many outputs {@code [base{subs}] = f(...)} asks for: the number of addressed elements. */
    public static int braceListCount(Value base, Value[] subs) {
        int[] d = base == null ? Dims.EMPTY : base.dims();
        int count = 1;
        for (int k = 0; k < subs.length; k++) {
            int extent;
            if (subs.length == 1) {
                extent = Dims.numel(d);
            } else if (k == subs.length - 1) {
                extent = 1;
                for (int j = k; j < d.length; j++) {
                    extent *= d[j];
                }
            } else {
                extent = k < d.length ? d[k] : 1;
            }
            count *= Subscripts.indices(subs[k], extent, k + 1).length;
        }
        return count;
    }

    /** {@code [base{subs}] = vals{:}}: the addressed cells get vals in order. */
    public static Value braceList(Value base, Value[] subs, Value[] vals) {
        if (vals.length == 1) {
            return brace(base, vals[0].share(), subs);
        }
        Value[] cells = new Value[vals.length];
        for (int i = 0; i < vals.length; i++) {
            cells[i] = vals[i].share();
        }
        if (base != null && !(base instanceof CellArray) && !Convert.adoptsRhsClass(base)) {
            return brace(base, cells[0], subs); // raises the error brace assignment gives
        }
        return paren(base == null ? CellArray.empty(Dims.EMPTY) : base, new CellArray(Dims.row(vals.length), cells), subs);
    }

    // ---- reading a level of a nested target before updating it ----

    /** The current {@code base.name} for an update, or null when it does not exist yet. */
    public static Value fieldForUpdate(Value base, String name) {
        if (base instanceof mjc.runtime.object.ObjectValue) {
            return mjc.runtime.object.Objects.getForUpdate(base, name, null);
        }
        if (base instanceof StructArray s && s.numel() == 1) {
            Value v = s.get(0, name);
            if (v != null && s.isShared()) {
                v.share();
            }
            return v;
        }
        return null;
    }

    /** The current {@code base{subs}} for an update, or null when out of range or undefined. */
    public static Value braceForUpdate(Value base, Value[] subs) {
        if (base instanceof CellArray c && subs.length >= 1) {
            try {
                Value v = Index.braceOne(c, subs);
                if (c.isShared()) {
                    v.share();
                }
                return v;
            } catch (mjc.runtime.error.MatlabError e) {
                return null;
            }
        }
        return null;
    }

    /** The current {@code base(subs)} for an update, or null when out of range or undefined. */
    public static Value parenForUpdate(Value base, Value[] subs) {
        if (base == null || Convert.adoptsRhsClass(base)) {
            return null;
        }
        try {
            Value v = Index.paren(base, subs);
            if (v.numel() == 0) {
                return null;
            }
            return v;
        } catch (mjc.runtime.error.MatlabError e) {
            return null;
        }
    }
}
