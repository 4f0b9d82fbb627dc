package mjc.stdlib.lang;

import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Builtin;

/** isequal and isequaln: same size and equal contents, numbers compared by value across classes. */
public final class Equality {
    private Equality() {
    }

    public static boolean equal(Value a, Value b, boolean nanEqual) {
        if (a == b && !nanEqual && a instanceof ArrayValue av) {
            for (int i = 0; i < av.numel(); i++) {
                if (Double.isNaN(av.re(i)) || Double.isNaN(av.im(i))) {
                    return false;
                }
            }
            return true;
        }
        if (!Dims.same(a.dims(), b.dims())) {
            return false;
        }
        if (a instanceof ArrayValue x && b instanceof ArrayValue y) {
            for (int i = 0; i < x.numel(); i++) {
                double p = x.re(i);
                double q = y.re(i);
                if (p != q && !(nanEqual && Double.isNaN(p) && Double.isNaN(q))) {
                    return false;
                }
                if (x.im(i) != y.im(i)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof CellArray x && b instanceof CellArray y) {
            for (int i = 0; i < x.numel(); i++) {
                if (!equal(x.get(i), y.get(i), nanEqual)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof StructArray x && b instanceof StructArray y) {
            if (x.fieldNames().size() != y.fieldNames().size()) {
                return false;
            }
            for (String f : x.fieldNames()) {
                if (!y.hasField(f)) {
                    return false;
                }
                for (int i = 0; i < x.numel(); i++) {
                    if (!equal(x.get(i, f), y.get(i, f), nanEqual)) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (a instanceof StringArray x && b instanceof StringArray y) {
            for (int i = 0; i < x.numel(); i++) {
                if (!java.util.Objects.equals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof StringArray x && b instanceof mjc.runtime.value.CharArray c) {
            return x.numel() == 1 && c.string().equals(x.get(0));
        }
        if (b instanceof StringArray && a instanceof mjc.runtime.value.CharArray) {
            return equal(b, a, nanEqual);
        }
        if (a instanceof FunctionHandle && b instanceof FunctionHandle) {
            return a == b;
        }
        return a == b;
    }

    @Builtin("isequal")
    public static Value[] isequal(Value[] args, int nargout) {
        mjc.stdlib.Args.count(args, 2, Integer.MAX_VALUE);
        for (int i = 1; i < args.length; i++) {
            if (!equal(args[0], args[i], false)) {
                return new Value[] {LogicalArray.of(false)};
            }
        }
        return new Value[] {LogicalArray.of(true)};
    }

    @Builtin("isequaln")
    public static Value[] isequaln(Value[] args, int nargout) {
        mjc.stdlib.Args.count(args, 2, Integer.MAX_VALUE);
        for (int i = 1; i < args.length; i++) {
            if (!equal(args[0], args[i], true)) {
                return new Value[] {LogicalArray.of(false)};
            }
        }
        return new Value[] {LogicalArray.of(true)};
    }
}
