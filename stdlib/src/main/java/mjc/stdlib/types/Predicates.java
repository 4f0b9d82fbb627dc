package mjc.stdlib.types;

import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Questions about a value's class and shape: class, isa, isnumeric, isempty, isrow, ... */
public final class Predicates {
    private Predicates() {
    }

    private static Value bool(boolean b) {
        return LogicalArray.of(b);
    }

    @Builtin("class")
    public static Value className(Value v) {
        return CharArray.of(v.className());
    }

    @Builtin("isa")
    public static Value isa(Value v, Value type) {
        String t = Args.text(type, "isa");
        if (v instanceof mjc.runtime.object.ObjectValue o) {
            return bool(o.metaClass().isa(t));
        }
        MClass c = v.mclass();
        switch (t) {
            case "numeric":
                return bool(c.numeric);
            case "float":
                return bool(c == MClass.DOUBLE || c == MClass.SINGLE);
            case "integer":
                return bool(c.integer);
            default:
                return bool(v.className().equals(t));
        }
    }

    @Builtin("isnumeric")
    public static Value isnumeric(Value v) {
        return bool(v.mclass().numeric);
    }

    @Builtin("isfloat")
    public static Value isfloat(Value v) {
        return bool(v.mclass() == MClass.DOUBLE || v.mclass() == MClass.SINGLE);
    }

    @Builtin("isinteger")
    public static Value isinteger(Value v) {
        return bool(v.mclass().integer);
    }

    @Builtin("isreal")
    public static Value isreal(Value v) {
        return bool(v instanceof ArrayValue && !v.isComplex());
    }

    @Builtin("ischar")
    public static Value ischar(Value v) {
        return bool(v instanceof CharArray);
    }

    @Builtin("isstring")
    public static Value isstring(Value v) {
        return bool(v instanceof StringArray);
    }

    @Builtin("islogical")
    public static Value islogical(Value v) {
        return bool(v instanceof LogicalArray);
    }

    @Builtin("iscell")
    public static Value iscell(Value v) {
        return bool(v instanceof CellArray);
    }

    @Builtin("isstruct")
    public static Value isstruct(Value v) {
        return bool(v instanceof StructArray);
    }

    @Builtin("is_function_handle")
    public static Value isFunctionHandle(Value v) {
        return bool(v instanceof FunctionHandle);
    }

    @Builtin("iscellstr")
    public static Value iscellstr(Value v) {
        if (!(v instanceof CellArray c)) {
            return bool(false);
        }
        for (int i = 0; i < c.numel(); i++) {
            Value e = c.get(i);
            if (!(e instanceof CharArray)) {
                return bool(false);
            }
        }
        return bool(true);
    }

    @Builtin("isempty")
    public static Value isempty(Value v) {
        return bool(v.numel() == 0);
    }

    @Builtin("isscalar")
    public static Value isscalar(Value v) {
        return bool(v.numel() == 1);
    }

    @Builtin("isvector")
    public static Value isvector(Value v) {
        int[] d = v.dims();
        return bool(d.length == 2 && (d[0] == 1 || d[1] == 1) && v.numel() >= 1);
    }

    @Builtin("isrow")
    public static Value isrow(Value v) {
        int[] d = v.dims();
        return bool(d.length == 2 && d[0] == 1);
    }

    @Builtin("iscolumn")
    public static Value iscolumn(Value v) {
        int[] d = v.dims();
        return bool(d.length == 2 && d[1] == 1);
    }

    @Builtin("ismatrix")
    public static Value ismatrix(Value v) {
        return bool(v.dims().length == 2);
    }

    @Builtin("issquare")
    public static Value issquare(Value v) {
        int[] d = v.dims();
        return bool(d.length == 2 && d[0] == d[1]);
    }

    @Builtin("intmax")
    public static Value[] intmax(Value[] args, int nargout) {
        MClass c = args.length == 0 ? MClass.INT32 : MClass.fromName(Args.text(args[0], "intmax"));
        if (c == null || !c.integer) {
            throw mjc.runtime.error.Errors.of("MATLAB:intmax:invalidClassName", "Invalid class name.");
        }
        return new Value[] {IntArray.scalar(c, c.max)};
    }

    @Builtin("intmin")
    public static Value[] intmin(Value[] args, int nargout) {
        MClass c = args.length == 0 ? MClass.INT32 : MClass.fromName(Args.text(args[0], "intmin"));
        if (c == null || !c.integer) {
            throw mjc.runtime.error.Errors.of("MATLAB:intmin:invalidClassName", "Invalid class name.");
        }
        return new Value[] {IntArray.scalar(c, c.min)};
    }

    @Builtin("realmax")
    public static Value[] realmax(Value[] args, int nargout) {
        if (args.length > 0 && Args.text(args[0], "realmax").equals("single")) {
            return new Value[] {Conversions.to(DoubleArray.scalar(Float.MAX_VALUE), MClass.SINGLE)};
        }
        return new Value[] {DoubleArray.scalar(Double.MAX_VALUE)};
    }

    @Builtin("realmin")
    public static Value[] realmin(Value[] args, int nargout) {
        if (args.length > 0 && Args.text(args[0], "realmin").equals("single")) {
            return new Value[] {Conversions.to(DoubleArray.scalar(Float.MIN_NORMAL), MClass.SINGLE)};
        }
        return new Value[] {DoubleArray.scalar(Double.MIN_NORMAL)};
    }

    @Builtin("flintmax")
    public static Value[] flintmax(Value[] args, int nargout) {
        if (args.length > 0 && Args.text(args[0], "flintmax").equals("single")) {
            return new Value[] {Conversions.to(DoubleArray.scalar(16777216.0), MClass.SINGLE)};
        }
        return new Value[] {DoubleArray.scalar(9007199254740992.0)};
    }

    static int[] dims(Value v) {
        return v.dims();
    }

    static boolean isEmpty(Value v) {
        return Dims.numel(v.dims()) == 0;
    }
}
