package mjc.stdlib.math;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import mjc.runtime.error.Errors;
import mjc.runtime.ops.Broadcast;
import mjc.runtime.ops.ResultClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;

/** Applies scalar kernels element by element, keeping MATLAB's result classes. */
public final class Mapping {
    private Mapping() {
    }

    /** f over every element; integer and single inputs keep their class, others give double. */
    public static Value map(Value v, String fn, DoubleUnaryOperator f) {
        ArrayValue a = Args.array(v, fn);
        if (a.isComplex()) {
            throw Errors.undefinedFunctionForType(fn, "complex");
        }
        if (a instanceof DoubleArray d && d.numel() == 1) {
            return DoubleArray.scalar(f.applyAsDouble(d.scalar()));
        }
        int n = a.numel();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = f.applyAsDouble(a.re(i));
        }
        return ResultClass.narrow(ResultClass.of(a), a.dims(), r, null);
    }

    /** f over every element, always giving double. */
    public static Value mapDouble(Value v, String fn, DoubleUnaryOperator f) {
        ArrayValue a = Args.array(v, fn);
        int n = a.numel();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = f.applyAsDouble(a.re(i));
        }
        MClass c = a.mclass() == MClass.SINGLE ? MClass.SINGLE : MClass.DOUBLE;
        return ResultClass.narrow(c, a.dims(), r, null);
    }

    public interface DoublePredicate {
        boolean test(double re, double im);
    }

    public static Value test(Value v, String fn, DoublePredicate p) {
        ArrayValue a = Args.array(v, fn);
        int n = a.numel();
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = p.test(a.re(i), a.im(i));
        }
        return new LogicalArray(a.dims(), r);
    }

    /** f over pairs with implicit expansion; class resolved as for arithmetic. */
    public static Value map2(Value x, Value y, String fn, DoubleBinaryOperator f) {
        ArrayValue a = Args.array(x, fn);
        ArrayValue b = Args.array(y, fn);
        MClass cls = ResultClass.of(a, b, fn);
        if (a instanceof DoubleArray da && b instanceof DoubleArray db && da.numel() == 1 && db.numel() == 1) {
            return DoubleArray.scalar(f.applyAsDouble(da.scalar(), db.scalar()));
        }
        Broadcast bc = Broadcast.of(a.dims(), b.dims());
        int n = bc.numel();
        double[] r = new double[n];
        boolean sa = a.numel() == 1;
        boolean sb = b.numel() == 1;
        if (bc.sameShape() || sa || sb) {
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsDouble(a.re(sa ? 0 : i), b.re(sb ? 0 : i));
            }
        } else {
            int[] ia = new int[n];
            int[] ib = new int[n];
            bc.indices(ia, ib);
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsDouble(a.re(ia[i]), b.re(ib[i]));
            }
        }
        return ResultClass.narrow(cls, bc.dims(), r, null);
    }
}
