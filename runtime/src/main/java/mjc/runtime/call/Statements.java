package mjc.runtime.call;

import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.CallDepth;
import mjc.runtime.value.Value;

/** Run-time pieces of statements: catching errors, counting outputs of multi-assignments. */
public final class Statements {
    private Statements() {
    }

    /**
     * What {@code catch err} receives for a throwable: the MException of a MATLAB error, the
     * recursion limit for a Java stack overflow, and an internal error for anything else (so
     * that a bug in the runtime never bypasses a MATLAB catch as a Java stack trace).
     */
    public static MException caught(Throwable t) {
        if (t instanceof MatlabError e) {
            return e.exception();
        }
        if (t instanceof StackOverflowError) {
            return Errors.recursionLimit(CallDepth.LIMIT).exception();
        }
        if (t instanceof RuntimeException r) {
            return new MatlabError("mjc:internalError", "Internal error: " + r).exception();
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
