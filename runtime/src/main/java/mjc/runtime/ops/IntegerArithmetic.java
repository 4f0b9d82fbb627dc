package mjc.runtime.ops;

import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;

/**
 * Integer-class results whose double computation could lose information: int64/uint64 products
 * and quotients beyond 2^53 are redone in exact long arithmetic with saturation; other classes
 * fit in a double exactly and are only rounded and saturated.
 */
final class IntegerArithmetic {
    private IntegerArithmetic() {
    }

    static Value exact(BinaryOp op, MClass cls, ArrayValue x, ArrayValue y, Broadcast bc, int[] ia, int[] ib,
                       double[] re) {
        int n = re.length;
        long[] out = new long[n];
        boolean wide = cls == MClass.INT64 || cls == MClass.UINT64;
        boolean sa = x.numel() == 1;
        boolean sb = y.numel() == 1;
        for (int i = 0; i < n; i++) {
            double r = re[i];
            if (wide && Math.abs(r) >= 9007199254740992.0 && x instanceof IntArray xi && y instanceof IntArray yi
                && op == BinaryOp.TIMES && cls == MClass.INT64) {
                int p = ia != null ? ia[i] : (sa ? 0 : i);
                int q = ib != null ? ib[i] : (sb ? 0 : i);
                long a = xi.get(p);
                long b = yi.get(q);
                long hi = Math.multiplyHigh(a, b);
                long lo = a * b;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    out[i] = lo;
                } else {
                    out[i] = (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
                }
                continue;
            }
            out[i] = IntArray.saturate(cls, r);
        }
        return new IntArray(cls, bc.dims(), out);
    }
}
