package mjc.stdlib.types;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Concat;
import mjc.runtime.ops.ResultClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Builtin;

/** Class conversions: double, single, the integer classes, logical, char, cast. */
public final class Conversions {
    private Conversions() {
    }

    /** Converts a numeric, logical or char array (or numeric-text string) to a numeric class. */
    public static Value to(Value v, MClass cls) {
        if (v.mclass() == cls) {
            return v;
        }
        Value builtin = mjc.runtime.object.Objects.builtinValueOf(v);
        if (builtin != null) {
            return to(builtin, cls); // double(Level.High)
        }
        if (v instanceof StringArray s && cls == MClass.DOUBLE) {
            double[] r = new double[s.numel()];
            for (int i = 0; i < r.length; i++) {
                r[i] = mjc.stdlib.text.NumberParsing.parseDouble(s.get(i));
            }
            return DoubleArray.of(s.dims(), r);
        }
        if (!(v instanceof ArrayValue a)) {
            throw Errors.conversion(v.className(), cls.matlabName);
        }
        if (cls == MClass.LOGICAL) {
            int n = a.numel();
            boolean[] b = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(a.re(i))) {
                    throw Errors.conversionToLogical();
                }
                b[i] = a.isTrue(i);
            }
            return new LogicalArray(a.dims(), b);
        }
        if (cls == MClass.CHAR) {
            return Concat.convert(a, MClass.CHAR);
        }
        int n = a.numel();
        double[] re = new double[n];
        double[] im = a.isComplex() ? new double[n] : null;
        if (a instanceof IntArray ia && (cls == MClass.INT64 || cls == MClass.UINT64)) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                long x = ia.get(i);
                if (ia.mclass() == MClass.UINT64 && cls == MClass.INT64) {
                    out[i] = x < 0 ? Long.MAX_VALUE : x;
                } else if (ia.mclass() != MClass.UINT64 && cls == MClass.UINT64) {
                    out[i] = Math.max(0, x);
                } else {
                    out[i] = x;
                }
            }
            return new IntArray(cls, a.dims(), out);
        }
        for (int i = 0; i < n; i++) {
            re[i] = a.re(i);
            if (im != null) {
                im[i] = a.im(i);
            }
        }
        if (cls.integer && im != null) {
            im = null;
        }
        return ResultClass.narrow(cls, a.dims(), re, im);
    }

    @Builtin("double")
    public static Value toDouble(Value v) {
        return to(v, MClass.DOUBLE);
    }

    @Builtin("single")
    public static Value toSingle(Value v) {
        return to(v, MClass.SINGLE);
    }

    @Builtin("int8")
    public static Value toInt8(Value v) {
        return to(v, MClass.INT8);
    }

    @Builtin("uint8")
    public static Value toUint8(Value v) {
        return to(v, MClass.UINT8);
    }

    @Builtin("int16")
    public static Value toInt16(Value v) {
        return to(v, MClass.INT16);
    }

    @Builtin("uint16")
    public static Value toUint16(Value v) {
        return to(v, MClass.UINT16);
    }

    @Builtin("int32")
    public static Value toInt32(Value v) {
        return to(v, MClass.INT32);
    }

    @Builtin("uint32")
    public static Value toUint32(Value v) {
        return to(v, MClass.UINT32);
    }

    @Builtin("int64")
    public static Value toInt64(Value v) {
        return to(v, MClass.INT64);
    }

    @Builtin("uint64")
    public static Value toUint64(Value v) {
        return to(v, MClass.UINT64);
    }

    @Builtin("logical")
    public static Value toLogical(Value v) {
        return to(v, MClass.LOGICAL);
    }

    @Builtin("char")
    public static Value[] toChar(Value[] args, int nargout) {
        if (args.length == 1 && args[0] instanceof mjc.runtime.object.ObjectValue) {
            Value[] r = mjc.runtime.object.Objects.dispatch("char", args, 1); // a class's own char (datetime)
            if (r != null) {
                return r;
            }
        }
        if (args.length == 1) {
            Value v = args[0];
            if (v instanceof CharArray) {
                return new Value[] {v};
            }
            if (v instanceof StringArray s) {
                return new Value[] {rows(stringsOf(s))};
            }
            if (v instanceof mjc.runtime.object.ObjectValue o && o.metaClass().isEnumeration()) {
                return new Value[] {rows(stringsOf(mjc.runtime.ops.StringOps.toStringArray(o)))};
            }
            if (v instanceof CellArray c) {
                String[] t = new String[c.numel()];
                for (int i = 0; i < t.length; i++) {
                    Value e = c.get(i);
                    if (!(e instanceof CharArray || e instanceof StringArray)) {
                        throw Errors.of("MATLAB:char:cellsOfCharArrays", "Cell elements must be character arrays.");
                    }
                    t[i] = mjc.stdlib.Args.text(e, "char");
                }
                return new Value[] {rows(t)};
            }
            return new Value[] {to(v, MClass.CHAR)};
        }
        String[] t = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            t[i] = args[i] instanceof ArrayValue a && !(a instanceof CharArray)
                ? ((CharArray) to(a, MClass.CHAR)).string() : mjc.stdlib.Args.text(args[i], "char");
        }
        return new Value[] {rows(t)};
    }

    private static String[] stringsOf(StringArray s) {
        String[] t = new String[s.numel()];
        for (int i = 0; i < t.length; i++) {
            t[i] = s.get(i) == null ? "" : s.get(i);
        }
        return t;
    }

    /** A char matrix with one padded row per text. */
    public static CharArray rows(String[] t) {
        int w = 0;
        for (String s : t) {
            w = Math.max(w, s.length());
        }
        int r = t.length;
        char[] data = new char[r * w];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < w; j++) {
                data[i + j * r] = j < t[i].length() ? t[i].charAt(j) : ' ';
            }
        }
        if (r == 1) {
            return CharArray.of(t[0]);
        }
        return new CharArray(Dims.of(r, w), data);
    }

    @Builtin("cast")
    public static Value cast(Value v, Value type) {
        String name = mjc.stdlib.Args.text(type, "cast");
        MClass cls = MClass.fromName(name);
        if (cls == null) {
            throw Errors.of("MATLAB:cast:UnsupportedClass", "Unsupported data type: " + name + ".");
        }
        return to(v, cls);
    }

    /** A hexadecimal or binary literal beyond 2^53 (the compiler passes its exact decimal text and class). */
    @Builtin("mjc_integer_literal")
    public static Value integerLiteral(Value text, Value cls) {
        java.math.BigInteger v = new java.math.BigInteger(mjc.stdlib.Args.text(text, "mjc_integer_literal"));
        MClass c = MClass.fromName(mjc.stdlib.Args.text(cls, "mjc_integer_literal"));
        return IntArray.scalar(c, v.longValue()); // uint64 keeps its bits in the long
    }
}
