package mjc.runtime.object;

import mjc.runtime.ops.Operators;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/**
 * Operators on objects whose class defines no method for them but inherits a meaning: members
 * of an enumeration compare equal when they are the same member, or to text naming them
 * ({@code c == 'Red'}); an instance of a class derived from a built-in class
 * ({@code classdef Level < int32}) computes with its built-in value; any object array
 * transposes. Null when none applies (the caller raises MATLAB's undefined-function error).
 */
final class InheritedOperators {
    private InheritedOperators() {
    }

    static Value binary(String method, Value a, Value b) {
        boolean equality = method.equals("eq") || method.equals("ne");
        if (equality && (isEnumeration(a) || isEnumeration(b)) && !builtinBased(a) && !builtinBased(b)) {
            LogicalArray same = sameMembers(a, b);
            return method.equals("eq") ? same : Operators.not(same);
        }
        if (builtinBased(a) || builtinBased(b)) {
            Value x = builtinOf(a);
            Value y = builtinOf(b);
            if (x == null || y == null) {
                return null;
            }
            return switch (method) {
                case "plus" -> Operators.plus(x, y);
                case "minus" -> Operators.minus(x, y);
                case "times" -> Operators.times(x, y);
                case "mtimes" -> Operators.mtimes(x, y);
                case "rdivide" -> Operators.rdivide(x, y);
                case "mrdivide" -> y.numel() == 1 ? Operators.mrdivideScalar(x, y) : null;
                case "ldivide" -> Operators.ldivide(x, y);
                case "power" -> Operators.power(x, y);
                case "eq" -> Operators.eq(x, y);
                case "ne" -> Operators.ne(x, y);
                case "lt" -> Operators.lt(x, y);
                case "le" -> Operators.le(x, y);
                case "gt" -> Operators.gt(x, y);
                case "ge" -> Operators.ge(x, y);
                case "and" -> Operators.and(x, y);
                case "or" -> Operators.or(x, y);
                default -> null;
            };
        }
        return null;
    }

    static Value unary(String method, Value a) {
        if (method.equals("transpose") || method.equals("ctranspose")) {
            return transpose((ObjectValue) a);
        }
        if (builtinBased(a)) {
            Value x = builtinOf(a);
            return switch (method) {
                case "uminus" -> Operators.uminus(x);
                case "uplus" -> x;
                case "not" -> Operators.not(x);
                default -> null;
            };
        }
        return null;
    }

    private static Value transpose(ObjectValue a) {
        int[] d = a.dims();
        if (d.length != 2) {
            return null;
        }
        int r = d[0];
        int c = d[1];
        MObject[] out = new MObject[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out[j + i * c] = a.element(i + j * r);
            }
        }
        return ObjectArray.of(a.metaClass(), Dims.of(c, r), out).normalized();
    }

    static boolean isEnumeration(Value v) {
        return v instanceof ObjectValue o && o.metaClass().isEnumeration();
    }

    private static boolean builtinBased(Value v) {
        return v instanceof ObjectValue o && o.metaClass().builtinBase != null;
    }

    /** The built-in values of an object or object array of a built-in based class; other values as they are. */
    static Value builtinOf(Value v) {
        if (!(v instanceof ObjectValue o)) {
            return v;
        }
        if (o.metaClass().builtinBase == null) {
            return null;
        }
        if (o instanceof MObject m) {
            return m.builtinValue();
        }
        int n = o.numel();
        Value[] parts = new Value[n];
        for (int i = 0; i < n; i++) {
            parts[i] = o.element(i).builtinValue();
        }
        Value row = mjc.runtime.ops.Concat.horzcat(parts);
        return row.reshaped(o.dims());
    }

    /** Element-wise: the same member, or the member the text names. */
    private static LogicalArray sameMembers(Value a, Value b) {
        int na = a.numel();
        int nb = b.numel();
        boolean textA = isText(a);
        boolean textB = isText(b);
        int n = textA ? nb : textB ? na : Math.max(na, nb);
        int[] dims = textA ? b.dims() : textB ? a.dims() : na >= nb ? a.dims() : b.dims();
        if (!textA && !textB && na != nb && na != 1 && nb != 1) {
            throw mjc.runtime.error.Errors.of("MATLAB:dimagree", "Matrix dimensions must agree.");
        }
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            String x = textA ? text(a) : name(a, na == 1 ? 0 : i);
            String y = textB ? text(b) : name(b, nb == 1 ? 0 : i);
            boolean sameClass = textA || textB
                || ((ObjectValue) a).metaClass() == ((ObjectValue) b).metaClass();
            r[i] = sameClass && x != null && x.equals(y);
        }
        return new LogicalArray(dims, r);
    }

    private static boolean isText(Value v) {
        return v instanceof CharArray c && c.rows() <= 1 || v instanceof StringArray s && s.numel() == 1;
    }

    private static String text(Value v) {
        return v instanceof CharArray c ? c.string() : ((StringArray) v).get(0);
    }

    private static String name(Value v, int i) {
        return v instanceof ObjectValue o ? o.element(i).enumName() : null;
    }
}
