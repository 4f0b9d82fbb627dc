package mjc.stdlib.lang;

import java.util.List;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * The comparing form of assert that Octave's test suites use, assert(observed, expected[, tol]):
 * text must match exactly; cells and structs element by element; arrays must have the same size,
 * the same class when no tolerance is given, NaN and Inf in the same places, and values equal
 * (tol 0), within tol (tol > 0) or within |tol| relative to the expected values (tol < 0).
 * MATLAB's own assert(cond, message) is unchanged: this form applies only where MATLAB's would
 * be an error (a second argument that is not text, or an observed value that is not a condition).
 */
final class ValueAssert {
    private ValueAssert() {
    }

    /** Whether the arguments call for the comparing form. */
    static boolean applies(Value[] args) {
        if (args.length < 2) {
            return false;
        }
        boolean condition = args[0] instanceof ArrayValue && !(args[0] instanceof CharArray);
        boolean message = args[1] instanceof CharArray || args[1] instanceof StringArray && args[1].numel() == 1;
        return !condition || !message;
    }

    /** Why observed differs from expected, or null when they agree. */
    static String mismatch(Value observed, Value expected, double tol, boolean tolGiven, String where) {
        if (expected instanceof CharArray || expected instanceof StringArray) {
            boolean same = observed.getClass() == expected.getClass() && Dims.same(observed.dims(), expected.dims())
                && text(observed).equals(text(expected));
            return same ? null : where + ": strings don't match (observed '" + text(observed) + "', expected '"
                + text(expected) + "')";
        }
        if (expected instanceof CellArray e) {
            if (!(observed instanceof CellArray o)) {
                return where + ": expected a cell array but observed " + observed.className();
            }
            if (!Dims.same(o.dims(), e.dims())) {
                return where + ": dimensions don't match (observed " + Dims.str(o.dims()) + ", expected "
                    + Dims.str(e.dims()) + ")";
            }
            for (int i = 0; i < e.numel(); i++) {
                String r = mismatch(o.get(i), e.get(i), tol, tolGiven, where + "{" + (i + 1) + "}");
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (expected instanceof StructArray e) {
            if (!(observed instanceof StructArray o)) {
                return where + ": expected a struct but observed " + observed.className();
            }
            if (!Dims.same(o.dims(), e.dims())) {
                return where + ": struct dimensions don't match";
            }
            List<String> names = e.fieldNames();
            if (!new java.util.TreeSet<>(names).equals(new java.util.TreeSet<>(o.fieldNames()))) {
                return where + ": struct fields don't match";
            }
            for (int k = 0; k < e.numel(); k++) {
                for (String f : names) {
                    String r = mismatch(o.get(k, f), e.get(k, f), tol, tolGiven, where + "." + f);
                    if (r != null) {
                        return r;
                    }
                }
            }
            return null;
        }
        if (!(expected instanceof ArrayValue e) || !(observed instanceof ArrayValue o)) {
            return observed.className().equals(expected.className()) && observed.equals(expected) ? null
                : where + ": values of class " + observed.className() + " and " + expected.className() + " differ";
        }
        if (!Dims.same(o.dims(), e.dims())) {
            return where + ": dimensions don't match (observed " + Dims.str(o.dims()) + ", expected "
                + Dims.str(e.dims()) + ")";
        }
        if (!tolGiven && !o.className().equals(e.className())) {
            return where + ": class " + o.className() + " != " + e.className();
        }
        if (!tolGiven && o.isComplex() != e.isComplex()) {
            return where + ": " + (o.isComplex() ? "complex != real" : "real != complex");
        }
        for (int i = 0; i < e.numel(); i++) {
            String r = element(o.re(i), e.re(i), tol, where, i);
            if (r == null) {
                r = element(o.im(i), e.im(i), tol, where, i);
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static String element(double x, double y, double tol, String where, int i) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.isNaN(x) == Double.isNaN(y) ? null : where + "(" + (i + 1) + "): NaN mismatch (observed "
                + num(x) + ", expected " + num(y) + ")";
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return x == y ? null : where + "(" + (i + 1) + "): Inf mismatch (observed " + num(x) + ", expected " + num(y)
                + ")";
        }
        double err = Math.abs(x - y);
        double allowed = tol >= 0 ? tol : Math.abs(tol) * Math.abs(y);
        return err <= allowed ? null : where + "(" + (i + 1) + "): observed " + num(x) + ", expected " + num(y)
            + " (error " + num(err) + (tol != 0 ? ", tolerance " + num(allowed) : "") + ")";
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    private static String text(Value v) {
        if (v instanceof CharArray c) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < c.dims()[0]; r++) {
                sb.append(r > 0 ? "\n" : "").append(c.row(r));
            }
            return sb.toString();
        }
        if (v instanceof StringArray s) {
            return String.join("\n", java.util.Arrays.stream(s.data()).map(x -> x == null ? "<missing>" : x).toList());
        }
        return v.className();
    }
}
