package mjc.runtime.session;

import mjc.runtime.error.Errors;

/**
 * MATLAB's recursion limit. Compiled functions call {@link #enter()} on entry and
 * {@link #exit()} on every way out, so unbounded recursion raises MATLAB:recursionLimit (which
 * try/catch can handle) long before the Java stack overflows. Only one thread runs MATLAB code
 * of a program at a time, so a plain static counter is exact for one running program.
 */
public final class CallDepth {
    public static final int LIMIT = 500;
    private static int depth;

    private CallDepth() {
    }

    public static void enter() {
        if (++depth > LIMIT) {
            depth--;
            throw Errors.recursionLimit(LIMIT);
        }
    }

    public static void exit() {
        if (depth > 0) {
            depth--;
        }
    }

    public static int depth() {
        return depth;
    }

    /** Restores a depth saved before running code that may have unwound abnormally. */
    public static void reset(int saved) {
        depth = saved;
    }
}
