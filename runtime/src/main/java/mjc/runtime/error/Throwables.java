package mjc.runtime.error;

import mjc.runtime.session.CallDepth;

/**
 * What a Java throwable means to a MATLAB program: the one place that turns the JVM's own
 * failures into MExceptions, so that {@code catch err}, a failed task and the uncaught-error
 * report all agree, and none of them shows a Java stack trace.
 */
public final class Throwables {
    private Throwables() {
    }

    /**
     * The MException for t: a MATLAB error's own; the recursion limit for a Java stack overflow;
     * {@code MATLAB:nomem} when the heap is exhausted; {@code mjc:internalError} for any other
     * runtime exception (a bug in mjc, still located at the MATLAB frames where it happened).
     * Other Errors (the executor's unwinding, linkage failures) are not MATLAB's to catch: null.
     */
    public static MException toMException(Throwable t) {
        if (t instanceof MatlabError e) {
            return e.exception();
        }
        MException ex;
        if (t instanceof StackOverflowError) {
            ex = Errors.recursionLimit(CallDepth.LIMIT).exception();
        } else if (t instanceof OutOfMemoryError) {
            ex = new MException("MATLAB:nomem", "Out of memory.");
        } else if (t instanceof RuntimeException) {
            ex = new MException("mjc:internalError", "Internal error: " + t);
        } else {
            return null;
        }
        ex.setStack(FrameRegistry.matlabFrames(t.getStackTrace()));
        return ex;
    }
}
