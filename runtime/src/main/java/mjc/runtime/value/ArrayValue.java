package mjc.runtime.value;

/**
 * Homogeneous arrays whose elements are numbers: double, single, the integer classes, logical
 * and char. Arithmetic reads any of them element by element as doubles through {@link #re} and
 * {@link #im}; the concrete classes keep their own storage so that class, width and saturation
 * stay exact.
 */
public abstract class ArrayValue extends Value {
    protected int[] dims;

    protected ArrayValue(int[] dims) {
        this.dims = dims;
    }

    @Override
    public final int[] dims() {
        return dims;
    }

    @Override
    public final int numel() {
        int[] d = dims;
        if (d.length == 2) {
            return d[0] * d[1];
        }
        return Dims.numel(d);
    }

    /** Real part of element i as a double. */
    public abstract double re(int i);

    /** Imaginary part of element i (0 for real arrays). */
    public double im(int i) {
        return 0;
    }

    /** Element i as a truth value (nonzero), as {@code if} and logical operators read it. */
    public boolean isTrue(int i) {
        return re(i) != 0 || im(i) != 0;
    }

    /** The scalar value as a double (first element). */
    public double scalar() {
        return re(0);
    }
}
