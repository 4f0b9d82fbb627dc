package mjc.stdlib.array;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;

/** Size arguments as zeros/ones/cell/rand take them: (n), (m,n,...), ([m n ...]), plus a trailing class name. */
public final class Dimensions {
    private Dimensions() {
    }

    /** Number of leading size arguments (a trailing text argument names a class or 'like'). */
    public static int sizeArgCount(Value[] args) {
        int n = args.length;
        while (n > 0 && (args[n - 1] instanceof CharArray || args[n - 1] instanceof StringArray)) {
            n--;
        }
        if (n >= 2 && n < args.length) {
            // 'like', prototype
            return n;
        }
        return n;
    }

    public static int[] parse(Value[] args, int count, String fn) {
        if (count == 0) {
            return Dims.SCALAR;
        }
        if (count == 1) {
            Value v = args[0];
            if (v instanceof ArrayValue a && a.numel() != 1) {
                int[] d = new int[Math.max(2, a.numel())];
                if (a.numel() == 0) {
                    return Dims.EMPTY;
                }
                if (a.numel() == 1) {
                    int n = Args.size(a, fn);
                    return Dims.of(n, n);
                }
                for (int i = 0; i < a.numel(); i++) {
                    double x = a.re(i);
                    if (x != Math.rint(x)) {
                        throw Errors.of("MATLAB:NonIntegerInput", "Size inputs must be integers.");
                    }
                    d[i] = (int) Math.max(0, x);
                }
                return Dims.normalize(d);
            }
            int n = Args.size(v, fn);
            return Dims.of(n, n);
        }
        int[] d = new int[count];
        for (int i = 0; i < count; i++) {
            d[i] = Args.size(args[i], fn);
        }
        return Dims.normalize(d);
    }
}
