package mjc.runtime.ops;

import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;

/**
 * Run-time support of versioned loops: before a for loop the compiler takes the {@code double[]}
 * of each real double array the body touches only element by element, indexes it directly while
 * subscripts are in range, and falls back to {@code Index.realAt}/{@code Assign.realSet} (then
 * asks again) otherwise. These methods say when the direct path is allowed.
 */
public final class ElementLoops {
    private ElementLoops() {
    }

    /** Before a versioned loop: the value as its only holder may update it (a copy if shared). */
    public static Value unshared(Value v) {
        if (v instanceof DoubleArray d && !d.isComplex()) {
            DoubleArray out = d.isShared() ? (DoubleArray) d.copy() : d;
            out.range = false; // elements will change in place
            return out;
        }
        return v;
    }

    /** The elements of a real, unshared double array, or null (the loop takes the ordinary path). */
    public static double[] dataOrNull(Value v) {
        return v instanceof DoubleArray d && !d.isComplex() && !d.isShared() ? d.realData() : null;
    }

    /** The elements of a real double array the loop only reads (shared or not), or null. */
    public static double[] readDataOrNull(Value v) {
        return v instanceof DoubleArray d && !d.isComplex() ? d.realData() : null;
    }
}
