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

    /**
     * unshared(v), owned by the variable it goes back to; null stays null (a variable the loop
     * creates by its first indexed store, `v(i) = ...` with v unassigned, takes the ordinary path).
     */
    public static Value unsharedOwned(Value v) {
        return v == null ? null : unshared(v).own();
    }

    /** numel of the array, 0 for an unassigned variable. */
    public static int numelOrZero(Value v) {
        return v == null ? 0 : v.numel();
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
