package mjc.runtime.value;

import java.util.Arrays;

/**
 * MATLAB's default class: N-D arrays of IEEE doubles, real or complex, column-major. A scalar is
 * a 1x1 array; {@code []} is 0x0. {@link #range} marks arrays produced by the colon operator,
 * which Octave displays with a slightly wider column.
 */
public final class DoubleArray extends ArrayValue {
    double[] re;
    double[] im;
    /** Set only on colon results: Octave displays ranges with their own column width. */
    public boolean range;
    /** The limit written in the colon expression (display widths use it), meaningful when {@link #range}. */
    public double rangeLimit;

    public static final DoubleArray EMPTY = (DoubleArray) new DoubleArray(Dims.EMPTY, new double[0], null).freeze();

    public DoubleArray(int[] dims, double[] re, double[] im) {
        super(dims);
        this.re = re;
        this.im = im;
    }

    public static DoubleArray scalar(double v) {
        return new DoubleArray(Dims.SCALAR, new double[] {v}, null);
    }

    public static DoubleArray complex(double re, double im) {
        return new DoubleArray(Dims.SCALAR, new double[] {re}, new double[] {im});
    }

    public static DoubleArray of(int[] dims, double[] re) {
        return new DoubleArray(dims, re, null);
    }

    public static DoubleArray of(int[] dims, double[] re, double[] im) {
        return new DoubleArray(dims, re, im).dropZeroImag();
    }

    public static DoubleArray row(double... v) {
        return new DoubleArray(Dims.row(v.length), v, null);
    }

    public static DoubleArray column(double... v) {
        return new DoubleArray(Dims.col(v.length), v, null);
    }

    public static DoubleArray zeros(int[] dims) {
        return new DoubleArray(dims, new double[Dims.toAllocate(dims, 8)], null);
    }

    public static DoubleArray empty() {
        return new DoubleArray(Dims.EMPTY, new double[0], null);
    }

    /** MATLAB drops an all-zero imaginary part from the results of most operations. */
    public DoubleArray dropZeroImag() {
        if (im != null) {
            for (double v : im) {
                if (v != 0 || Double.isNaN(v)) {
                    return this;
                }
            }
            im = null;
        }
        return this;
    }

    @Override
    public MClass mclass() {
        return MClass.DOUBLE;
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
    public double scalar() {
        return re[0];
    }

    /** The real-part buffer; callers that write to it must own the value. */
    public double[] realData() {
        return re;
    }

    public double[] imagData() {
        return im;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        double[] r = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = re[idx[k]];
        }
        double[] m = null;
        if (im != null) {
            m = new double[idx.length];
            for (int k = 0; k < idx.length; k++) {
                m[k] = im[idx[k]];
            }
        }
        return DoubleArray.of(d, r, m);
    }

    @Override
    public Value resized(int[] newDims) {
        DoubleArray out = new DoubleArray(newDims, new double[Dims.toAllocate(newDims, 8)], im == null ? null : new double[Dims.toAllocate(newDims, 8)]);
        Resize.copyInto(dims, newDims, (src, dst) -> {
            out.re[dst] = re[src];
            if (im != null) {
                out.im[dst] = im[src];
            }
        });
        return out;
    }

    @Override
    public Value copy() {
        DoubleArray c = new DoubleArray(dims, re.clone(), im == null ? null : im.clone());
        return c;
    }

    @Override
    public Value emptyLike(int[] d) {
        return zeros(d);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        ArrayValue a = (ArrayValue) src;
        re[dst] = a.re(srcIndex);
        double iv = a.im(srcIndex);
        if (iv != 0 || (im != null)) {
            if (im == null) {
                im = new double[re.length];
            }
            im[dst] = iv;
        }
    }

    @Override
    public void copyElementsFrom(int dst, Value src, int from, int len) {
        if (src instanceof DoubleArray d && d.im == null && im == null) {
            System.arraycopy(d.re, from, re, dst, len);
        } else {
            super.copyElementsFrom(dst, src, from, len);
        }
    }

    @Override
    public Value reshaped(int[] newDims) {
        return new DoubleArray(newDims, re.clone(), im == null ? null : im.clone());
    }

    /** Replaces storage in place (used by in-place growth of unshared arrays). */
    void replace(int[] newDims, double[] newRe, double[] newIm) {
        this.dims = newDims;
        this.re = newRe;
        this.im = newIm;
    }

    @Override
    public String toString() {
        return "DoubleArray" + Arrays.toString(dims) + Arrays.toString(re);
    }
}
