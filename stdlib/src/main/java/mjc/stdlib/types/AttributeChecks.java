package mjc.stdlib.types;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.object.ObjectValue;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * validateattributes(A, classes, attributes[, funcName, varName, argIndex]): the class is one of
 * classes ('numeric', 'float', 'integer' or class names) and every attribute holds; otherwise
 * MATLAB's error, naming the input as the optional arguments say.
 */
public final class AttributeChecks {
    private AttributeChecks() {
    }

    @Builtin("validateattributes")
    public static Value[] validateattributes(Value[] args, int nargout) {
        Args.count(args, 3, 6);
        Value a = args[0];
        String func = args.length > 3 ? Args.text(args[3], "validateattributes") : "";
        String var = args.length > 4 ? Args.text(args[4], "validateattributes") : "";
        int index = args.length > 5 ? (int) Args.scalar(args[5], "validateattributes") : 0;
        // MATLAB: "Expected input number 2, count, to be scalar." / "Expected count to be ..." / "Expected input to be ..."
        String who = index > 0 ? "input number " + index + (var.isEmpty() ? "" : ", " + var + ",")
            : var.isEmpty() ? "input" : var;
        String prefix = func.isEmpty() ? "" : "Error using " + func + "\n";
        List<String> classes = names(args[1]);
        if (!classes.isEmpty() && classes.stream().noneMatch(c -> isClass(a, c))) {
            throw Errors.of("MATLAB:invalidType", prefix + "Expected " + who + " to be one of these types:\n\n"
                + String.join(", ", classes) + "\n\nInstead its type was " + a.className() + ".");
        }
        if (!(args[2] instanceof CellArray attrs)) {
            throw Errors.of("MATLAB:validateattributes:badAttributeList", "The attributes must be a cell array.");
        }
        for (int i = 0; i < attrs.numel(); i++) {
            String attr = Args.text(attrs.get(i), "validateattributes");
            Value param = null;
            if (needsValue(attr)) {
                if (i + 1 >= attrs.numel()) {
                    throw Errors.of("MATLAB:validateattributes:missingValue", "The attribute '" + attr + "' needs a "
                        + "value.");
                }
                param = attrs.get(++i);
            }
            String failure = check(a, attr, param);
            if (failure != null) {
                String id = "MATLAB:validateattributes:expected" + Character.toUpperCase(attr.charAt(0))
                    + attr.substring(1).replaceAll("[^A-Za-z0-9]", "");
                throw Errors.of(id, prefix + "Expected " + who + " to be " + failure + ".");
            }
        }
        return new Value[0];
    }

    private static List<String> names(Value v) {
        List<String> out = new ArrayList<>();
        if (v instanceof CellArray c) {
            for (int i = 0; i < c.numel(); i++) {
                out.add(Args.text(c.get(i), "validateattributes"));
            }
        } else if (v.numel() > 0) {
            out.add(Args.text(v, "validateattributes"));
        }
        return out;
    }

    private static boolean isClass(Value a, String c) {
        return switch (c) {
            case "numeric" -> a.mclass().numeric;
            case "float" -> a.mclass() == mjc.runtime.value.MClass.DOUBLE || a.mclass() == mjc.runtime.value.MClass.SINGLE;
            case "integer" -> a.mclass().integer;
            default -> a instanceof ObjectValue o ? o.metaClass().isa(c) : a.className().equals(c);
        };
    }

    private static boolean needsValue(String attr) {
        return switch (attr) {
            case "size", "numel", "ncols", "nrows", "ndims", ">", ">=", "<", "<=" -> true;
            default -> false;
        };
    }

    /** null when the attribute holds, else what the input was expected to be. */
    private static String check(Value a, String attr, Value p) {
        int[] d = a.dims();
        ArrayValue n = a instanceof ArrayValue x ? x : null;
        switch (attr) {
            case "scalar": return a.numel() == 1 ? null : "scalar";
            case "vector": return Dims.isVector(d) && d.length == 2 ? null : "a vector";
            case "row": return d.length == 2 && d[0] == 1 ? null : "a row vector";
            case "column": return d.length == 2 && d[1] == 1 ? null : "a column vector";
            case "2d", "matrix": return d.length == 2 ? null : attr.equals("2d") ? "two-dimensional" : "a matrix";
            case "3d": return d.length <= 3 ? null : "three-dimensional";
            case "square": return d.length == 2 && d[0] == d[1] ? null : "square";
            case "nonempty": return a.numel() > 0 ? null : "nonempty";
            case "nonsparse": return null;
            case "scalartext": return null;
            default: break;
        }
        if (n == null) {
            return "numeric (for '" + attr + "')";
        }
        switch (attr) {
            case "size": {
                ArrayValue want = Args.array(p, "validateattributes");
                boolean ok = want.numel() == d.length || want.numel() >= 2;
                for (int k = 0; ok && k < want.numel(); k++) {
                    ok = Double.isNaN(want.re(k)) || Dims.size(d, k) == want.re(k);
                }
                return ok ? null : "of size " + sizeText(want);
            }
            case "numel": return a.numel() == Args.scalar(p, "validateattributes") ? null
                : "an array with " + (long) Args.scalar(p, "validateattributes") + " elements";
            case "ncols": return Dims.size(d, 1) == Args.scalar(p, "validateattributes") ? null
                : "an array with " + (long) Args.scalar(p, "validateattributes") + " columns";
            case "nrows": return d[0] == Args.scalar(p, "validateattributes") ? null
                : "an array with " + (long) Args.scalar(p, "validateattributes") + " rows";
            case "ndims": return d.length == Args.scalar(p, "validateattributes") ? null
                : "an array with " + (long) Args.scalar(p, "validateattributes") + " dimensions";
            default: break;
        }
        int count = n.numel();
        for (int i = 0; i < count; i++) {
            double x = n.re(i);
            boolean ok = switch (attr) {
                case "binary" -> x == 0 || x == 1;
                case "even" -> x % 2 == 0;
                case "odd" -> Math.abs(x % 2) == 1;
                case "integer" -> x == Math.floor(x) && Double.isFinite(x);
                case "real" -> !n.isComplex();
                case "finite" -> Double.isFinite(x);
                case "nonnan" -> !Double.isNaN(x);
                case "nonnegative" -> x >= 0;
                case "nonzero" -> x != 0;
                case "positive" -> x > 0;
                case ">" -> x > Args.scalar(p, "validateattributes");
                case ">=" -> x >= Args.scalar(p, "validateattributes");
                case "<" -> x < Args.scalar(p, "validateattributes");
                case "<=" -> x <= Args.scalar(p, "validateattributes");
                case "increasing" -> i == 0 || x > n.re(i - 1);
                case "decreasing" -> i == 0 || x < n.re(i - 1);
                case "nondecreasing" -> i == 0 || x >= n.re(i - 1);
                case "nonincreasing" -> i == 0 || x <= n.re(i - 1);
                default -> throw Errors.of("MATLAB:validateattributes:badAttribute", "'" + attr + "' is not a valid "
                    + "attribute.");
            };
            if (!ok) {
                return switch (attr) {
                    case ">" -> "greater than " + num(p);
                    case ">=" -> "greater than or equal to " + num(p);
                    case "<" -> "less than " + num(p);
                    case "<=" -> "less than or equal to " + num(p);
                    case "nonnan" -> "non-NaN";
                    case "binary" -> "binary";
                    default -> attr;
                };
            }
        }
        return null;
    }

    private static String num(Value p) {
        double x = Args.scalar(p, "validateattributes");
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static String sizeText(ArrayValue want) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < want.numel(); k++) {
            if (k > 0) {
                sb.append('x');
            }
            sb.append(Double.isNaN(want.re(k)) ? "N" : Long.toString((long) want.re(k)));
        }
        return sb.toString();
    }
}
