package mjc.runtime.call;

import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.Throwables;
import mjc.runtime.value.Value;

/** Run-time pieces of statements: catching errors, counting outputs of multi-assignments. */
public final class Statements {
    private Statements() {
    }

    /**
     * What {@code catch err} receives for a throwable: the MException of a MATLAB error, the
     * recursion limit for a Java stack overflow, MATLAB:nomem for an exhausted heap, and an
     * internal error for anything else (so that a bug in the runtime never bypasses a MATLAB
     * catch as a Java stack trace); see {@link Throwables}.
     */
    /** The last error a try/catch caught (lasterr): one program thread. */
    private static volatile MException last;

    public static MException lastCaught() {
        return last;
    }

    public static MException caught(Throwable t) {
        MException ex = Throwables.toMException(t);
        if (ex != null) {
            last = ex;
            return ex;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    /** A multi-assignment needs at least n values from its right side. */
    public static Value[] need(Value[] values, int n) {
        if (values.length < n) {
            throw Errors.notEnoughCsl();
        }
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                throw Errors.notEnoughCsl();
            }
        }
        return values;
    }

    /** The value of a call used as a statement: its first output, or null. */
    public static Value firstOrNull(Value[] r) {
        return r.length > 0 ? r[0] : null;
    }
}
