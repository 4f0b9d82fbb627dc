package mjc.runtime.task;

import mjc.runtime.value.Value;

/**
 * The resumable body of a task. Compiled async functions and blocks are subclasses generated
 * by the compiler (an int state field, spilled locals as fields, and a {@link #resume} that
 * dispatches on the state with a tableswitch); the library's timers and combinators are
 * hand-written subclasses.
 *
 * <p>{@link #resume} runs until the body finishes (returning its outputs, possibly an empty
 * array for "no value") or suspends (returning {@link #SUSPENDED} after arranging to be woken).
 * Errors are thrown as MatlabError.
 */
public abstract class Coroutine {
    /** Returned by {@link #resume} when the task suspended. */
    public static final Value[] SUSPENDED = new Value[0];

    /** The resume point; 0 is the start. Generated subclasses switch on it. */
    protected int state;

    public abstract Value[] resume(Task task);

    /** Called once when the task is cancelled or settles: drop references, release timers and I/O. */
    protected void release() {
    }

    /**
     * Whether running this body may call plain code that waits inside its frames (a helper
     * that pauses, a handle given to cellfun). A combinator starts such a task on a carrier of
     * its own, so that its own code can go on when the task waits (SPEC §4 rule 8). Timers and
     * I/O never do, and are started inline.
     */
    public boolean mayBlockInThread() {
        return true;
    }

    /** The .m function (and file) a trace shows for this coroutine. */
    public String describe() {
        return getClass().getSimpleName();
    }

    /** The source line the body is at (where it suspended, or its first line); 0 when unknown. */
    public int line() {
        return 0;
    }
}
