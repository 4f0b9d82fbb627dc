package mjc.runtime.task;

import mjc.runtime.error.Errors;
import mjc.runtime.value.Value;

/**
 * What compiled code calls at an {@code await}: check the operand is a task, start it inline if
 * it never started, and read its outcome. Suspending is done by the generated state machine
 * itself (spill, set state, {@link #suspendOn}, return SUSPENDED).
 */
public final class Async {
    private Async() {
    }

    /** The task an await waits for; anything else (a cell of tasks included) is mjc:notAwaitable. */
    public static Task awaitable(Value v) {
        if (v instanceof Task t) {
            return t;
        }
        throw Errors.of("mjc:notAwaitable", "await expects a task, not a value of class '" + v.className()
            + "'; to wait for several tasks, await join(...).");
    }

    /** Starts t inline if it never started (rule 2); returns whether it has settled. */
    public static boolean start(Task t) {
        if (t.state == Task.State.PENDING) {
            t.executor.startInline(t);
        }
        return t.isSettled();
    }

    /** Makes self wake when child settles. */
    public static void suspendOn(Task self, Task child) {
        child.addWaiter(self);
    }

    /** The single value of a settled task (mjc:noValue when it has none). */
    public static Value value(Task t) {
        Value[] r = outputs(t);
        if (r.length == 0 || r[0] == null) {
            throw Errors.of("mjc:noValue", "The awaited task finished without a value.");
        }
        return r[0];
    }

    /** The value of a settled task for a statement: null when it has none. */
    public static Value valueOrNull(Task t) {
        Value[] r = outputs(t);
        return r.length == 0 ? null : r[0];
    }

    /** All outputs of a settled task; rethrows its error or mjc:cancelled. */
    public static Value[] outputs(Task t) {
        if (t.state == Task.State.DONE) {
            return t.outputs();
        }
        if (!t.isSettled()) {
            throw new IllegalStateException("task not settled: " + t);
        }
        throw t.awaitError();
    }
}
