package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Broadcast;
import mjc.runtime.ops.ResultClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Integer division with a rounding choice, and bitwise operations on non-negative integers. */
public final class IntegerOps {
    private IntegerOps() {
    }

    @Builtin("idivide")
    public static Value[] idivide(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        ArrayValue a = Args.array(args[0], "idivide");
        ArrayValue b = Args.array(args[1], "idivide");
        if (!a.mclass().integer && !b.mclass().integer) {
            throw Errors.of("MATLAB:idivide:mustBeInteger", "At least one input must be an integer class.");
        }
        String mode = args.length > 2 ? Args.text(args[2], "idivide") : "fix";
        MClass cls = ResultClass.of(a, b, "idivide");
        Broadcast bc = Broadcast.of(a.dims(), b.dims());
        int n = bc.numel();
        int[] ia = new int[n];
        int[] ib = new int[n];
        index(a, b, bc, ia, ib);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double x = a.re(ia[i]);
            double y = b.re(ib[i]);
            double q = x / y;
            switch (mode) {
                case "floor":
                    r[i] = Math.floor(q);
                    break;
                case "ceil":
                    r[i] = Math.ceil(q);
                    break;
                case "round":
                    r[i] = IntArray.roundHalfAway(q);
                    break;
                default:
                    r[i] = q < 0 ? Math.ceil(q) : Math.floor(q);
            }
        }
        return new Value[] {ResultClass.narrow(cls, bc.dims(), r, null)};
    }

    static void index(ArrayValue a, ArrayValue b, Broadcast bc, int[] ia, int[] ib) {
        int n = bc.numel();
        boolean sa = a.numel() == 1;
        boolean sb = b.numel() == 1;
        if (bc.sameShape() || sa || sb) {
            for (int i = 0; i < n; i++) {
                ia[i] = sa ? 0 : i;
                ib[i] = sb ? 0 : i;
            }
        } else {
            bc.indices(ia, ib);
        }
    }

    interface LongOp {
        long apply(long a, long b);
    }

    private static Value bitwise(Value x, Value y, String fn, LongOp op) {
        ArrayValue a = Args.array(x, fn);
        ArrayValue b = Args.array(y, fn);
        MClass cls = ResultClass.of(a, b, fn);
        Broadcast bc = Broadcast.of(a.dims(), b.dims());
        int n = bc.numel();
        int[] ia = new int[n];
        int[] ib = new int[n];
        index(a, b, bc, ia, ib);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double u = a.re(ia[i]);
            double v = b.re(ib[i]);
            if (u < 0 || v < 0 || u != Math.rint(u) || v != Math.rint(v)) {
                throw Errors.of("MATLAB:" + fn + ":inputsMustBeNonNegativeIntegers",
                    "Double inputs must have integer values in the range of ASSUMEDTYPE.");
            }
            r[i] = op.apply((long) u, (long) v);
        }
        return ResultClass.narrow(cls, bc.dims(), r, null);
    }

    @Builtin("bitand")
    public static Value bitand(Value a, Value b) {
        return bitwise(a, b, "bitand", (x, y) -> x & y);
    }

    @Builtin("bitor")
    public static Value bitor(Value a, Value b) {
        return bitwise(a, b, "bitor", (x, y) -> x | y);
    }

    @Builtin("bitxor")
    public static Value bitxor(Value a, Value b) {
        return bitwise(a, b, "bitxor", (x, y) -> x ^ y);
    }

    @Builtin("bitshift")
    public static Value bitshift(Value a, Value k) {
        ArrayValue x = Args.array(a, "bitshift");
        ArrayValue s = Args.array(k, "bitshift");
        Broadcast bc = Broadcast.of(x.dims(), s.dims());
        int n = bc.numel();
        int[] ia = new int[n];
        int[] ib = new int[n];
        index(x, s, bc, ia, ib);
        double[] r = new double[n];
        MClass cls = ResultClass.of(x);
        for (int i = 0; i < n; i++) {
            long v = (long) x.re(ia[i]);
            int sh = (int) s.re(ib[i]);
            long out = sh >= 0 ? v << sh : v >> -sh;
            if (cls.integer && cls != MClass.UINT64 && cls != MClass.INT64) {
                long mask = cls.max;
                out = out & (cls.min < 0 ? mask : mask);
            }
            r[i] = out;
        }
        return ResultClass.narrow(cls, bc.dims(), r, null);
    }
}
