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

    /** Starts t for a combinator (rule 2, and rule 8 for a task that waits in plain code); returns whether it has settled. */
    public static boolean startArgument(Task t) {
        if (t.state == Task.State.PENDING) {
            t.executor.startDetached(t);
        }
        return t.isSettled();
    }

    /** Starts t inline if it never started (rule 2); returns whether it has settled. */
    public static boolean start(Task t) {
        if (t.state == Task.State.PENDING) {
            t.executor.startInline(t);
        }
        return t.isSettled();
    }

    /**
     * A sleep's duration in ms from its argument (scale 1 for sleep_ms, 1000 for pause): one real
     * number, not negative, not NaN (SPEC §4 rule 5); Inf never ends.
     */
    public static double duration(Value v, double scale) {
        if (!(v instanceof mjc.runtime.value.ArrayValue a) || a.numel() != 1 || a.isComplex()) {
            throw Errors.of("mjc:invalidDuration", "A duration must be one real number.");
        }
        double d = a.re(0);
        if (Double.isNaN(d) || d < 0) {
            throw Errors.of("mjc:invalidDuration", "Durations must be non-negative numbers, not "
                + mjc.runtime.text.NumberText.shortG(d, 0, a.mclass()) + ".");
        }
        return d * scale;
    }

    /**
     * await(sleep_ms(ms)) compiled directly: self is woken by a timer of its own (no sleep task
     * is made). Returns the timer to release if self is cancelled (null for zero and infinite
     * delays).
     */
    public static Object sleep(Task self, double ms) {
        if (ms == 0) {
            self.executor.addZeroTimer(self);
            return null;
        }
        return self.executor.addTimer(ms, self);
    }

    /** Releases the timer of a direct sleep (from a cancelled state machine). */
    public static void cancelSleep(Object timer) {
        if (timer instanceof TimerQueue.Timer t) {
            t.cancel();
        }
    }

    /**
     * A synchronous builtin (pause, webread, fileread) waiting for a task: only the calling
     * task waits (SPEC §4 rule 8). Inside a task the calling carrier parks and the loop goes on
     * without it; outside any task (a plain script) the loop runs right here until x settles.
     * Returns x's outputs or throws its error.
     */
    public static Value[] block(Task x) {
        Executor ex = x.executor;
        if (x.state == Task.State.PENDING) {
            ex.startInline(x);
        }
        while (!x.isSettled()) {
            Task cur = ex.currentTask();
            if (cur == null) {
                ex.runUntilSettled(x);
            } else {
                x.addWaiter(cur);
                ex.blockInThread(cur);
                x.removeWaiter(cur);
            }
        }
        return outputs(x);
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
