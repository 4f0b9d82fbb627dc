package mjc.runtime.value;

/** Single-precision arrays; arithmetic runs in double and rounds each result to float. */
public final class SingleArray extends ArrayValue {
    float[] re;
    float[] im;

    public SingleArray(int[] dims, float[] re, float[] im) {
        super(dims);
        this.re = re;
        this.im = im;
    }

    public static SingleArray scalar(float v) {
        return new SingleArray(Dims.SCALAR, new float[] {v}, null);
    }

    public float[] realData() {
        return re;
    }

    public float[] imagData() {
        return im;
    }

    public SingleArray dropZeroImag() {
        if (im != null) {
            for (float v : im) {
                if (v != 0 || Float.isNaN(v)) {
                    return this;
                }
            }
            im = null;
        }
        return this;
    }

    @Override
    public MClass mclass() {
        return MClass.SINGLE;
    }

    @Override
    public boolean isComplex() {
        return im != null;
    }

    @Override
    public double re(int i) {
        return re[i];
    }

    @Override
    public double im(int i) {
        return im == null ? 0 : im[i];
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        float[] r = new float[idx.length];
        float[] m = im == null ? null : new float[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = re[idx[k]];
            if (m != null) {
                m[k] = im[idx[k]];
            }
        }
        return new SingleArray(d, r, m).dropZeroImag();
    }

    @Override
    public Value resized(int[] newDims) {
        int n = Dims.numel(newDims);
        SingleArray out = new SingleArray(newDims, new float[n], im == null ? null : new float[n]);
        Resize.copyInto(dims, newDims, (s, t) -> {
            out.re[t] = re[s];
            if (im != null) {
                out.im[t] = im[s];
            }
        });
        return out;
    }

    @Override
    public Value copy() {
        return new SingleArray(dims, re.clone(), im == null ? null : im.clone());
    }

    @Override
    public Value emptyLike(int[] d) {
        return new SingleArray(d, new float[Dims.toAllocate(d, 4)], null);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        ArrayValue a = (ArrayValue) src;
        re[dst] = (float) a.re(srcIndex);
        double iv = a.im(srcIndex);
        if (iv != 0 || im != null) {
            if (im == null) {
                im = new float[re.length];
            }
            im[dst] = (float) iv;
        }
    }

    @Override
    public Value reshaped(int[] newDims) {
        return new SingleArray(newDims, re.clone(), im == null ? null : im.clone());
    }
}
