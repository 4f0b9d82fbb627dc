package mjc.stdlib.types;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.object.MetaClass;
import mjc.runtime.object.ObjectValue;
import mjc.runtime.ops.StringOps;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * The class and size part of property validation and of {@code arguments} blocks
 * ({@code x (1,:) double}), and the name-value parsing of {@code opts.Name} arguments. The
 * compiler calls these (names starting with {@code mjc_}) from the code it makes for a
 * declaration; validator functions such as mustBePositive are ordinary calls after them.
 * A size is a row of dimensions with -1 for {@code :}.
 */
public final class ArgumentValidation {
    private ArgumentValidation() {
    }

    /** The value converted to class {@code cls} ('' for any) and to size {@code size} ([] for any), or MATLAB's error. */
    @Builtin("mjc_coerce")
    public static Value coerce(Value v, Value cls, Value size, Value prefix) {
        String p = Args.text(prefix, "mjc_coerce");
        Value out = v;
        String c = Args.text(cls, "mjc_coerce");
        if (!c.isEmpty()) {
            out = toClass(out, c, p);
        }
        if (!size.isEmpty()) {
            out = toSize(out, dims(size), p);
        }
        return out;
    }

    /** Rethrows a validator's error with where it happened in front of its message (its identifier kept). */
    @Builtin("mjc_rethrow_arg")
    public static void rethrow(Value err, Value prefix) {
        String p = Args.text(prefix, "mjc_rethrow_arg");
        if (err instanceof MException e) {
            throw new MatlabError(e.identifier(), p + e.message());
        }
        throw Errors.of("MATLAB:validation:Failed", p + "Validation failed.");
    }

    /**
     * {@code Name, Value, ...} arguments (a cell, starting at argument {@code position}) matched
     * case-insensitively, by unique prefix too, against the declared names: a struct of the
     * given ones under their declared spelling (the last of repeated names wins).
     */
    @Builtin("mjc_namevalue")
    public static Value nameValue(Value given, Value position, Value names) {
        if (!(given instanceof CellArray args) || !(names instanceof CellArray declared)) {
            throw Errors.of("MATLAB:validation:Failed", "mjc_namevalue needs cell arrays.");
        }
        int first = (int) Args.scalar(position, "mjc_namevalue");
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < declared.numel(); i++) {
            valid.add(Args.text(declared.get(i), "mjc_namevalue"));
        }
        if (args.numel() % 2 != 0) {
            throw Errors.of("MATLAB:validators:ValueWithoutName", "Invalid argument list. Check for wrong number of "
                + "positional arguments or placement of positional arguments after name-value arguments.");
        }
        List<String> keys = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < args.numel(); i += 2) {
            Value k = args.get(i);
            if (!(k instanceof CharArray || k instanceof StringArray s && s.numel() == 1)) {
                throw Errors.of("MATLAB:validators:NameMustBeText", "Invalid argument at position " + (first + i)
                    + ". Expected a name-value argument name (text).");
            }
            String name = match(Args.text(k, "mjc_namevalue"), valid, first + i);
            int at = keys.indexOf(name);
            if (at >= 0) {
                values.set(at, args.get(i + 1));
            } else {
                keys.add(name);
                values.add(args.get(i + 1));
            }
        }
        Value[] row = new Value[keys.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = values.get(i).share();
        }
        return new StructArray(Dims.SCALAR, keys, new Value[][] {row});
    }

    private static String match(String name, List<String> valid, int position) {
        String found = null;
        for (String v : valid) {
            if (v.equalsIgnoreCase(name)) {
                return v;
            }
            if (!name.isEmpty() && v.regionMatches(true, 0, name, 0, name.length())) {
                if (found != null) {
                    throw Errors.of("MATLAB:validators:AmbiguousNameValue", "Invalid argument at position " + position
                        + ". '" + name + "' matches more than one name-value argument: '" + found + "', '" + v + "'.");
                }
                found = v;
            }
        }
        if (found == null) {
            throw Errors.of("MATLAB:validators:UnrecognizedNameValue", "Invalid argument at position " + position
                + ". '" + name + "' is not a recognized parameter. Valid names are: '" + String.join("', '", valid)
                + "'.");
        }
        return found;
    }

    /** The value a declaration with a class and/or size but no default starts with (MATLAB's implicit default). */
    @Builtin("mjc_implicit_default")
    public static Value implicitDefault(Value cls, Value size) {
        String c = Args.text(cls, "mjc_implicit_default");
        Value base = c.isEmpty() ? DoubleArray.empty() : emptyOf(c);
        if (size.isEmpty()) {
            return base;
        }
        int[] spec = dims(size);
        int[] d = new int[Math.max(2, spec.length)];
        for (int i = 0; i < d.length; i++) {
            d[i] = i < spec.length ? Math.max(0, spec[i]) : 1;
        }
        return base.emptyLike(d);
    }

    private static Value emptyOf(String c) {
        MClass m = MClass.fromName(c);
        if (m == null) {
            MetaClass meta = MetaClass.forName(c);
            if (meta != null) {
                return meta.construct();
            }
            return DoubleArray.empty();
        }
        return switch (m) {
            case STRING -> StringArray.of("");
            case STRUCT -> StructArray.scalar();
            case CELL -> new CellArray(Dims.of(0, 0), new Value[0]);
            case CHAR -> new CharArray(Dims.of(0, 0), new char[0]);
            case FUNCTION_HANDLE, OBJECT -> DoubleArray.empty();
            default -> Conversions.to(DoubleArray.empty(), m);
        };
    }

    private static int[] dims(Value size) {
        if (!(size instanceof ArrayValue a)) {
            throw Errors.of("MATLAB:validation:Failed", "A size must be numeric.");
        }
        int[] d = new int[a.numel()];
        for (int i = 0; i < d.length; i++) {
            d[i] = (int) a.re(i);
        }
        return d;
    }

    // ------------------------------------------------------------------ class

    private static Value toClass(Value v, String c, String prefix) {
        if (v instanceof ObjectValue o) {
            if (o.metaClass().isa(c)) {
                return v;
            }
            throw unableToConvert(c, prefix);
        }
        MClass m = MClass.fromName(c);
        if (m == null) {
            if (MetaClass.forName(c) == null && c.equals("handle")) {
                throw unableToConvert(c, prefix);
            }
            throw unableToConvert(c, prefix);
        }
        if (v.mclass() == m) {
            return v;
        }
        try {
            switch (m) {
                case STRING:
                    if (v instanceof CharArray || v instanceof CellArray || v instanceof ArrayValue a && a.mclass().numeric
                        || v.mclass() == MClass.LOGICAL) {
                        return StringOps.toStringArray(v);
                    }
                    break;
                case CHAR:
                    if (v instanceof StringArray s && s.numel() == 1) {
                        return CharArray.of(s.get(0));
                    }
                    if (v instanceof ArrayValue a && (a.mclass().numeric || a.mclass() == MClass.LOGICAL)) {
                        return Conversions.to(v, m);
                    }
                    break;
                case CELL:
                case STRUCT:
                    break;
                case FUNCTION_HANDLE:
                    if (v instanceof FunctionHandle) {
                        return v;
                    }
                    break;
                default:
                    if (v instanceof ArrayValue || v instanceof StringArray) {
                        return Conversions.to(v, m);
                    }
            }
        } catch (MatlabError e) {
            throw new MatlabError("MATLAB:validation:UnableToConvert", prefix + "Value must be of type " + c
                + " or be convertible to " + c + ".");
        }
        throw unableToConvert(c, prefix);
    }

    private static RuntimeException unableToConvert(String c, String prefix) {
        return Errors.of("MATLAB:validation:UnableToConvert", prefix + "Value must be of type " + c
            + " or be convertible to " + c + ".");
    }

    // ------------------------------------------------------------------ size

    private static Value toSize(Value v, int[] spec, String prefix) {
        int[] d = v.dims();
        if (fits(d, spec)) {
            return v;
        }
        boolean fixed = true;
        for (int s : spec) {
            fixed &= s >= 0;
        }
        int n = v.numel();
        if (fixed && n == 1 && v instanceof ArrayValue) {
            // scalar expansion
            int[] target = spec.length < 2 ? new int[] {spec[0], 1} : spec.clone();
            Value out = v.emptyLike(target);
            for (int i = 0, m = Dims.numel(target); i < m; i++) {
                out.setElementFrom(i, v, 0);
            }
            return out;
        }
        // a vector (or an empty) of the right length in the other orientation, as indexed assignment allows
        if (spec.length == 2 && (spec[0] == 1 || spec[1] == 1) && (Dims.isVector(d) || n == 0)) {
            int other = spec[0] == 1 ? spec[1] : spec[0];
            if (other < 0 || other == n) {
                int[] target = spec[0] == 1 ? Dims.of(1, n) : Dims.of(n, 1);
                if (spec[0] == 1 && spec[1] == 1) {
                    target = Dims.SCALAR;
                }
                if (Dims.numel(target) == n) {
                    return v.reshaped(target);
                }
            }
        }
        if (n == 0) {
            int[] target = new int[Math.max(2, spec.length)];
            boolean ok = true;
            for (int i = 0; i < target.length; i++) {
                int s = i < spec.length ? spec[i] : 1;
                target[i] = s < 0 ? 0 : s;
                ok &= s <= 0 || i >= spec.length;
            }
            if (ok) {
                return v.reshaped(target);
            }
        }
        throw Errors.of("MATLAB:validation:IncompatibleSize", prefix + sizeMessage(spec));
    }

    private static boolean fits(int[] d, int[] spec) {
        int nd = Math.max(d.length, spec.length);
        for (int i = 0; i < nd; i++) {
            int have = i < d.length ? d[i] : 1;
            int want = i < spec.length ? spec[i] : 1;
            if (want >= 0 && want != have) {
                return false;
            }
        }
        return true;
    }

    private static String sizeMessage(int[] spec) {
        if (spec.length == 2 && spec[0] == 1 && spec[1] == 1) {
            return "Value must be a scalar.";
        }
        if (spec.length == 2 && spec[0] == 1 && spec[1] < 0) {
            return "Value must be a row vector.";
        }
        if (spec.length == 2 && spec[0] < 0 && spec[1] == 1) {
            return "Value must be a column vector.";
        }
        StringBuilder b = new StringBuilder("Value must be of size ");
        for (int i = 0; i < spec.length; i++) {
            if (i > 0) {
                b.append('x');
            }
            b.append(spec[i] < 0 ? ":" : Integer.toString(spec[i]));
        }
        return b.append('.').toString();
    }
}
