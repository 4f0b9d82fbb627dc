package mjc.runtime.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Struct arrays: N-D arrays of records sharing one ordered list of field names. Element e's
 * field f lives at {@code elems[e][f]}; unset fields hold the frozen {@code []}.
 */
public final class StructArray extends Value {
    int[] dims;
    final ArrayList<String> names;
    Value[][] elems;

    public StructArray(int[] dims, List<String> names, Value[][] elems) {
        this.dims = dims;
        this.names = new ArrayList<>(names);
        this.elems = elems;
    }

    /** A 1x1 struct with no fields, as struct() makes. */
    public static StructArray scalar() {
        return new StructArray(Dims.SCALAR, List.of(), new Value[][] {new Value[0]});
    }

    public static StructArray empty(int[] dims, List<String> names) {
        int n = Dims.numel(dims);
        Value[][] e = new Value[n][];
        for (int i = 0; i < n; i++) {
            e[i] = new Value[names.size()];
            Arrays.fill(e[i], DoubleArray.EMPTY);
        }
        return new StructArray(dims, names, e);
    }

    public List<String> fieldNames() {
        return names;
    }

    public int fieldIndex(String name) {
        // compiled code names fields with interned literals: an identity scan finds them first
        for (int i = 0, n = names.size(); i < n; i++) {
            if (names.get(i) == name) {
                return i;
            }
        }
        return names.indexOf(name);
    }

    public boolean hasField(String name) {
        return fieldIndex(name) >= 0;
    }

    public Value get(int elem, String field) {
        int f = fieldIndex(field);
        return f < 0 ? null : elems[elem][f];
    }

    public Value get(int elem, int field) {
        return elems[elem][field];
    }

    /** Sets a field of one element, adding the field to every element if new. Caller owns this. */
    public void set(int elem, String field, Value v) {
        int f = fieldIndex(field);
        if (f < 0) {
            f = addField(field);
        }
        elems[elem][f] = v.share();
    }

    /** Sets field number f (an existing field) of one element. Caller owns this. */
    public void set(int elem, int f, Value v) {
        elems[elem][f] = v.share();
    }

    public int addField(String field) {
        names.add(field);
        int nf = names.size();
        for (int e = 0; e < elems.length; e++) {
            elems[e] = Arrays.copyOf(elems[e], nf);
            elems[e][nf - 1] = DoubleArray.EMPTY;
        }
        return nf - 1;
    }

    public void removeField(String field) {
        int f = names.indexOf(field);
        if (f < 0) {
            return;
        }
        names.remove(f);
        for (int e = 0; e < elems.length; e++) {
            Value[] old = elems[e];
            Value[] nw = new Value[old.length - 1];
            System.arraycopy(old, 0, nw, 0, f);
            System.arraycopy(old, f + 1, nw, f, old.length - f - 1);
            elems[e] = nw;
        }
    }

    /** Reorders fields to {@code order} (a permutation of the current names). Caller owns this. */
    public void reorder(List<String> order) {
        int[] perm = new int[order.size()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = names.indexOf(order.get(i));
        }
        for (int e = 0; e < elems.length; e++) {
            Value[] old = elems[e];
            Value[] nw = new Value[old.length];
            for (int i = 0; i < perm.length; i++) {
                nw[i] = old[perm[i]];
            }
            elems[e] = nw;
        }
        names.clear();
        names.addAll(order);
    }

    /** Element e as a new 1x1 struct. */
    public StructArray element(int e) {
        Value[] row = elems[e].clone();
        for (Value v : row) {
            v.share();
        }
        return new StructArray(Dims.SCALAR, names, new Value[][] {row});
    }

    @Override
    public int[] dims() {
        return dims;
    }

    @Override
    public MClass mclass() {
        return MClass.STRUCT;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        Value[][] r = new Value[idx.length][];
        for (int k = 0; k < idx.length; k++) {
            r[k] = elems[idx[k]].clone();
            for (Value v : r[k]) {
                v.share();
            }
        }
        return new StructArray(d, names, r);
    }

    @Override
    public Value resized(int[] newDims) {
        StructArray out = empty(newDims, names);
        Resize.copyInto(dims, newDims, (s, t) -> {
            out.elems[t] = elems[s].clone();
            for (Value v : out.elems[t]) {
                v.share();
            }
        });
        return out;
    }

    @Override
    public Value copy() {
        Value[][] r = new Value[elems.length][];
        for (int e = 0; e < elems.length; e++) {
            r[e] = elems[e].clone();
            for (Value v : r[e]) {
                v.share();
            }
        }
        return new StructArray(dims, names, r);
    }

    @Override
    public Value emptyLike(int[] d) {
        return empty(d, names);
    }

    /** Caller guarantees src has the same field names in the same order (see Structs.alignFields). */
    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        StructArray s = (StructArray) src;
        Value[] row = new Value[names.size()];
        for (int f = 0; f < row.length; f++) {
            int sf = s.names.indexOf(names.get(f));
            row[f] = sf < 0 ? DoubleArray.EMPTY : s.elems[srcIndex][sf].share();
        }
        elems[dst] = row;
    }

    @Override
    public Value reshaped(int[] newDims) {
        StructArray c = (StructArray) copy();
        c.dims = newDims;
        return c;
    }

    void replace(int[] newDims, Value[][] newElems) {
        dims = newDims;
        elems = newElems;
    }
}
