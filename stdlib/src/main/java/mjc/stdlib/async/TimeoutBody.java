package mjc.stdlib.async;

import mjc.runtime.error.Errors;
import mjc.runtime.task.Async;
import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.task.TimerQueue;
import mjc.runtime.value.Value;

/**
 * with_timeout_ms(ms, task): starts the task (its clock starts now); if it has not settled when
 * the time is up - decided only after every task made ready at that instant has run (rule 7) -
 * it is cancelled and mjc:timeout raised.
 */
final class TimeoutBody extends Coroutine {
    private final double ms;
    private Task inner;
    private Task self;
    private TimerQueue.Timer timer;
    private boolean timedOut;

    TimeoutBody(double ms, Task inner) {
        this.ms = ms;
        this.inner = inner;
    }

    @Override
    public Value[] resume(Task t) {
        if (state == 0) {
            state = 1;
            self = t;
            // the clock starts first: a task that waits inside plain code keeps this body's
            // start on the stack until it is cancelled, and the timer must still fire
            timer = t.executor().addTimer(ms, () -> {
                timer = null;
                t.executor().defer(() -> {
                    if (inner != null && !inner.isSettled()) {
                        timedOut = true;
                        inner.cancel();
                        t.wake();
                    }
                });
            });
            Async.start(inner);
            if (!inner.isSettled()) {
                inner.addWaiter(t);
            }
        }
        if (timedOut) {
            inner = null;
            throw Errors.of("mjc:timeout", "The task did not finish within " + fmt(ms) + " ms.");
        }
        if (inner.isSettled()) {
            cancelTimer();
            Task i = inner;
            inner = null;
            return Async.outputs(i);
        }
        return SUSPENDED;
    }

    private static String fmt(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms);
    }

    private void cancelTimer() {
        if (timer != null && self != null) {
            self.executor().cancelTimer(timer);
        }
        timer = null;
    }

    @Override
    protected void release() {
        cancelTimer();
        if (inner != null) {
            inner.cancel();
        }
        inner = null;
        self = null;
    }
}
