package mjc.runtime.ops;

import java.util.Arrays;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;

/**
 * Run-time support of fused element-wise expressions: the compiler computes a whole expression
 * tree in one loop when its array operands are real double arrays of one shape.
 */
public final class Fused {
    private Fused() {
    }

    /**
     * The element count when every operand is a real double array of one shape (and, when
     * rangeCount is not -1, that shape is the 1-by-rangeCount row of the ranges), else -1.
     * Scalars get -1 too: the operators' own scalar paths beat a loop of one.
     */
    public static int count(Value[] arrays, int rangeCount) {
        if (rangeCount < 0 && arrays.length > 0 && arrays[0].numel() <= 1) {
            return -1;
        }
        int[] dims = rangeCount >= 0 ? new int[] {1, rangeCount} : null;
        for (Value v : arrays) {
            if (!(v instanceof DoubleArray d) || d.isComplex()) {
                return -1;
            }
            if (dims == null) {
                dims = d.dims();
            } else if (!Arrays.equals(dims, d.dims())) {
                return -1;
            }
        }
        return dims == null ? -1 : rangeCount >= 0 ? rangeCount : arrays[0].numel();
    }

    /** The result of a tree over ranges only: a row. */
    public static Value row(double[] out) {
        return DoubleArray.of(new int[] {1, out.length}, out);
    }

    public static double[] data(Value v) {
        return ((DoubleArray) v).realData();
    }

    /** The result: the computed elements in the operands' shape. */
    public static Value result(Value shapeOf, double[] out) {
        return DoubleArray.of(shapeOf.dims().clone(), out);
    }
}
