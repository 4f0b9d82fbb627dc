package mjc.runtime.value;

/**
 * The eight integer classes. Values are stored as longs (uint64 as its unsigned bit pattern);
 * every conversion into an integer class rounds to nearest (ties away from zero) and saturates,
 * as MATLAB does.
 */
public final class IntArray extends ArrayValue {
    final MClass cls;
    long[] data;

    public IntArray(MClass cls, int[] dims, long[] data) {
        super(dims);
        this.cls = cls;
        this.data = data;
    }

    public static IntArray scalar(MClass cls, long v) {
        return new IntArray(cls, Dims.SCALAR, new long[] {v});
    }

    public long[] data() {
        return data;
    }

    public long get(int i) {
        return data[i];
    }

    @Override
    public MClass mclass() {
        return cls;
    }

    @Override
    public double re(int i) {
        long v = data[i];
        if (cls == MClass.UINT64 && v < 0) {
            return (double) (v >>> 1) * 2.0 + (v & 1);
        }
        return v;
    }

    /** Rounds and saturates a double into this class's range (NaN becomes 0). */
    public static long saturate(MClass cls, double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        double r = roundHalfAway(v);
        if (cls == MClass.UINT64) {
            if (r <= 0) {
                return 0;
            }
            if (r >= 18446744073709551615.0) {
                return -1L;
            }
            if (r >= 9223372036854775808.0) {
                return (long) (r - 9223372036854775808.0) + Long.MIN_VALUE;
            }
            return (long) r;
        }
        if (r <= cls.min) {
            return cls.min;
        }
        if (r >= cls.max) {
            return cls.max;
        }
        return (long) r;
    }

    /** Saturates an exact long result into the class's range (used by int64 arithmetic). */
    public static long clamp(MClass cls, long v) {
        if (cls == MClass.UINT64) {
            return v;
        }
        return Math.max(cls.min, Math.min(cls.max, v));
    }

    public static double roundHalfAway(double v) {
        if (Double.isInfinite(v)) {
            return v;
        }
        double r = Math.floor(Math.abs(v) + 0.5);
        return Math.copySign(r, v);
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        long[] r = new long[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = data[idx[k]];
        }
        return new IntArray(cls, d, r);
    }

    @Override
    public Value resized(int[] newDims) {
        IntArray out = new IntArray(cls, newDims, new long[Dims.toAllocate(newDims, 8)]);
        Resize.copyInto(dims, newDims, (s, t) -> out.data[t] = data[s]);
        return out;
    }

    @Override
    public Value copy() {
        return new IntArray(cls, dims, data.clone());
    }

    @Override
    public Value emptyLike(int[] d) {
        return new IntArray(cls, d, new long[Dims.toAllocate(d, 8)]);
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        if (src instanceof IntArray ia && ia.cls == cls) {
            data[dst] = ia.data[srcIndex];
        } else {
            data[dst] = saturate(cls, ((ArrayValue) src).re(srcIndex));
        }
    }

    @Override
    public Value reshaped(int[] newDims) {
        return new IntArray(cls, newDims, data.clone());
    }
}
