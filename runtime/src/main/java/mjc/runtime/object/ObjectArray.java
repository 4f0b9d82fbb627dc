package mjc.runtime.object;

import mjc.runtime.value.Dims;
import mjc.runtime.value.Resize;
import mjc.runtime.value.Value;

/**
 * An array of objects of one class ({@code [p1 p2]}, {@code objs(3) = p}, {@code Point.empty}).
 * A 1x1 result of indexing is the element itself, so a scalar object is always an MObject.
 */
public final class ObjectArray extends ObjectValue {
    private final MetaClass cls;
    private final int[] dims;
    final MObject[] elems;

    ObjectArray(MetaClass cls, int[] dims, MObject[] elems) {
        this.cls = cls;
        this.dims = dims;
        this.elems = elems;
    }

    public static ObjectArray of(MObject o) {
        o.share();
        return new ObjectArray(o.metaClass(), Dims.SCALAR, new MObject[] {o});
    }

    public static ObjectArray of(MetaClass cls, int[] dims, MObject[] elems) {
        for (MObject e : elems) {
            e.share();
        }
        return new ObjectArray(cls, dims, elems);
    }

    /** An array of the given shape, each element the class's default object (no elements: an empty array). */
    public static ObjectArray filled(MetaClass cls, int[] dims) {
        int n = Dims.numel(dims);
        MObject[] e = new MObject[n];
        if (n > 0) {
            MObject d = cls.defaultObject();
            for (int i = 0; i < n; i++) {
                e[i] = cls.handle ? cls.construct() : d;
                e[i].share();
            }
        }
        return new ObjectArray(cls, dims, e);
    }

    /** An array whose every element the caller sets next (concatenation). */
    public static ObjectArray unfilled(MetaClass cls, int[] dims) {
        return new ObjectArray(cls, dims, new MObject[Dims.numel(dims)]);
    }

    /** The value as MATLAB holds it: a 1x1 array is its element. */
    public Value normalized() {
        return elems.length == 1 && Dims.same(dims, Dims.SCALAR) ? elems[0] : this;
    }

    @Override
    public MetaClass metaClass() {
        return cls;
    }

    @Override
    public MObject element(int i) {
        return elems[i];
    }

    @Override
    public int[] dims() {
        return dims;
    }

    @Override
    public int numel() {
        return elems.length;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        if (idx.length == 1 && Dims.same(d, Dims.SCALAR)) {
            return elems[idx[0]];
        }
        MObject[] out = new MObject[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = elems[idx[i]];
            out[i].share();
        }
        return new ObjectArray(cls, d, out);
    }

    @Override
    public Value resized(int[] newDims) {
        ObjectArray out = filled(cls, newDims);
        Resize.copyInto(dims, newDims, (s, t) -> out.elems[t] = (MObject) elems[s].share());
        return out;
    }

    @Override
    public Value copy() {
        return new ObjectArray(cls, dims, copyElems());
    }

    @Override
    public Value emptyLike(int[] d) {
        return filled(cls, d);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        MObject o = ((ObjectValue) src).element(srcIndex);
        o.share();
        elems[dst] = o;
    }

    @Override
    public Value reshaped(int[] newDims) {
        return new ObjectArray(cls, newDims, copyElems());
    }

    private MObject[] copyElems() {
        MObject[] out = elems.clone();
        for (MObject o : out) {
            o.share();
        }
        return out;
    }
}
