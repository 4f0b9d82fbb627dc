package mjc.stdlib.types;

import java.util.function.DoublePredicate;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Builtin;

/**
 * MATLAB's validation functions (mustBePositive, mustBeInteger, ...): they return nothing and
 * raise {@code MATLAB:validators:NAME} with MATLAB's message when the value fails. Property
 * declarations and {@code arguments} blocks call them with the value being checked.
 */
public final class Validators {
    private Validators() {
    }

    private static RuntimeException fail(String name, String message) {
        return Errors.of("MATLAB:validators:" + name, message);
    }

    /** Numeric or logical, as the numeric validators require. */
    private static ArrayValue numeric(Value v) {
        if (v instanceof ArrayValue a && (v.mclass().numeric || v instanceof LogicalArray)) {
            return a;
        }
        throw fail("mustBeNumericOrLogical", "Value must be numeric or logical.");
    }

    private static void every(Value v, String name, String message, DoublePredicate ok) {
        ArrayValue a = numeric(v);
        for (int i = 0, n = a.numel(); i < n; i++) {
            if (!ok.test(a.re(i))) {
                throw fail(name, message);
            }
        }
    }

    private static double bound(Value c, String fn) {
        ArrayValue a = numeric(c);
        if (a.numel() != 1) {
            throw Errors.of("MATLAB:validators:" + fn, "Second input must be a scalar.");
        }
        return a.re(0);
    }

    private static String text(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    @Builtin("mustBePositive")
    public static void mustBePositive(Value v) {
        every(v, "mustBePositive", "Value must be positive.", x -> x > 0);
    }

    @Builtin("mustBeNonnegative")
    public static void mustBeNonnegative(Value v) {
        every(v, "mustBeNonnegative", "Value must be nonnegative.", x -> x >= 0);
    }

    @Builtin("mustBeNegative")
    public static void mustBeNegative(Value v) {
        every(v, "mustBeNegative", "Value must be negative.", x -> x < 0);
    }

    @Builtin("mustBeNonpositive")
    public static void mustBeNonpositive(Value v) {
        every(v, "mustBeNonpositive", "Value must be nonpositive.", x -> x <= 0);
    }

    @Builtin("mustBeNonzero")
    public static void mustBeNonzero(Value v) {
        every(v, "mustBeNonzero", "Value must not be zero.", x -> x != 0);
    }

    /** mustBeMember(value, set): every element of value (text or numbers) is in set. */
    @Builtin("mustBeMember")
    public static void mustBeMember(Value v, Value set) {
        Value[] r = mjc.stdlib.math.Sets.ismember(new Value[] {v, set}, 1);
        ArrayValue tf = (ArrayValue) r[0];
        for (int i = 0; i < tf.numel(); i++) {
            if (tf.re(i) == 0) {
                throw fail("mustBeMember", "Value must be a member of this set:\n" + listing(set));
            }
        }
    }

    private static String listing(Value set) {
        StringBuilder sb = new StringBuilder();
        if (set instanceof mjc.runtime.value.CellArray c) {
            for (int i = 0; i < c.numel(); i++) {
                sb.append("    '").append(mjc.stdlib.Args.text(c.get(i), "mustBeMember")).append("'\n");
            }
        } else if (set instanceof ArrayValue a && !(set instanceof mjc.runtime.value.CharArray)) {
            for (int i = 0; i < a.numel(); i++) {
                sb.append("    ").append(mjc.runtime.text.NumberText.shortG(a.re(i), 0, a.mclass())).append('\n');
            }
        } else {
            sb.append("    ").append(mjc.stdlib.Args.text(set, "mustBeMember")).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    @Builtin("mustBeInteger")
    public static void mustBeInteger(Value v) {
        every(v, "mustBeInteger", "Value must be integer.", x -> Double.isFinite(x) && x == Math.rint(x));
    }

    @Builtin("mustBeFinite")
    public static void mustBeFinite(Value v) {
        every(v, "mustBeFinite", "Value must be finite.", Double::isFinite);
    }

    @Builtin("mustBeNonNan")
    public static void mustBeNonNan(Value v) {
        every(v, "mustBeNonNan", "Value must not be NaN.", x -> !Double.isNaN(x));
    }

    @Builtin("mustBeReal")
    public static void mustBeReal(Value v) {
        if (numeric(v).isComplex()) {
            throw fail("mustBeReal", "Value must be real.");
        }
    }

    @Builtin("mustBeNumeric")
    public static void mustBeNumeric(Value v) {
        if (!v.mclass().numeric) {
            throw fail("mustBeNumeric", "Value must be numeric.");
        }
    }

    @Builtin("mustBeNumericOrLogical")
    public static void mustBeNumericOrLogical(Value v) {
        numeric(v);
    }

    @Builtin("mustBeNonempty")
    public static void mustBeNonempty(Value v) {
        if (v.isEmpty()) {
            throw fail("mustBeNonempty", "Value must not be empty.");
        }
    }

    @Builtin("mustBeScalarOrEmpty")
    public static void mustBeScalarOrEmpty(Value v) {
        if (v.numel() > 1) {
            throw fail("mustBeScalarOrEmpty", "Value must be scalar or empty.");
        }
    }

    @Builtin("mustBeVector")
    public static void mustBeVector(Value v) {
        int[] d = v.dims();
        if (d.length != 2 || (d[0] != 1 && d[1] != 1)) {
            throw fail("mustBeVector", "Value must be a 1-by-n vector or an n-by-1 vector.");
        }
    }

    @Builtin("mustBeText")
    public static void mustBeText(Value v) {
        boolean ok = v instanceof StringArray || v instanceof CharArray && v.dims().length == 2 && v.rows() <= 1
            || v instanceof CellArray c && java.util.Arrays.stream(c.data()).allMatch(e -> e instanceof CharArray);
        if (!ok) {
            throw fail("mustBeText", "Value must be a character vector, string array, or cell array of character vectors.");
        }
    }

    @Builtin("mustBeTextScalar")
    public static void mustBeTextScalar(Value v) {
        boolean ok = v instanceof StringArray s && s.numel() == 1
            || v instanceof CharArray && v.dims().length == 2 && v.rows() <= 1;
        if (!ok) {
            throw fail("mustBeTextScalar", "Value must be a character vector or string scalar.");
        }
    }

    @Builtin("mustBeNonzeroLengthText")
    public static void mustBeNonzeroLengthText(Value v) {
        mustBeText(v);
        boolean empty = v instanceof StringArray s ? java.util.stream.IntStream.range(0, s.numel())
            .anyMatch(i -> s.get(i) == null || s.get(i).isEmpty())
            : v instanceof CellArray c ? java.util.Arrays.stream(c.data()).anyMatch(Value::isEmpty) : v.isEmpty();
        if (empty) {
            throw fail("mustBeNonzeroLengthText", "Value must be text with one or more characters.");
        }
    }

    @Builtin("mustBeGreaterThan")
    public static void mustBeGreaterThan(Value v, Value c) {
        double b = bound(c, "mustBeGreaterThan");
        every(v, "mustBeGreaterThan", "Value must be greater than " + text(b) + ".", x -> x > b);
    }

    @Builtin("mustBeGreaterThanOrEqual")
    public static void mustBeGreaterThanOrEqual(Value v, Value c) {
        double b = bound(c, "mustBeGreaterThanOrEqual");
        every(v, "mustBeGreaterThanOrEqual", "Value must be greater than or equal to " + text(b) + ".", x -> x >= b);
    }

    @Builtin("mustBeLessThan")
    public static void mustBeLessThan(Value v, Value c) {
        double b = bound(c, "mustBeLessThan");
        every(v, "mustBeLessThan", "Value must be less than " + text(b) + ".", x -> x < b);
    }

    @Builtin("mustBeLessThanOrEqual")
    public static void mustBeLessThanOrEqual(Value v, Value c) {
        double b = bound(c, "mustBeLessThanOrEqual");
        every(v, "mustBeLessThanOrEqual", "Value must be less than or equal to " + text(b) + ".", x -> x <= b);
    }

    @Builtin("mustBeInRange")
    public static void mustBeInRange(Value v, Value lo, Value hi) {
        double a = bound(lo, "mustBeInRange");
        double b = bound(hi, "mustBeInRange");
        every(v, "mustBeInRange", "Value must be greater than or equal to " + text(a) + " and less than or equal to "
            + text(b) + ".", x -> x >= a && x <= b);
    }
}
