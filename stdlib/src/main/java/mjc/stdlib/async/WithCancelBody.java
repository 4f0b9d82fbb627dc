package mjc.stdlib.async;

import mjc.runtime.error.Errors;
import mjc.runtime.task.Async;
import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.task.Waker;
import mjc.runtime.value.Value;

/**
 * with_cancel(token, task): the task's outcome, or mjc:cancelled once the token triggers (decided
 * after the tasks made ready at that instant have run), cancelling the task. A token already
 * triggered at the start cancels the task without starting it.
 */
final class WithCancelBody extends Coroutine {
    private final CancellationToken token;
    private Task inner;
    private Task self;
    private boolean cancelled;
    private Waker watcher;

    WithCancelBody(CancellationToken token, Task inner) {
        this.token = token;
        this.inner = inner;
    }

    @Override
    public Value[] resume(Task t) {
        if (state == 0) {
            state = 1;
            self = t;
            if (token.triggered()) {
                Task i = inner;
                inner = null;
                i.cancel();
                throw Errors.of("mjc:cancelled", "The task was cancelled.");
            }
            // watch first: a task that waits inside plain code keeps this body's start on the
            // stack, and triggering the token must still cancel it
            watcher = () -> t.executor().defer(() -> {
                if (inner != null && !inner.isSettled()) {
                    cancelled = true;
                    inner.cancel();
                    t.wake();
                }
            });
            token.watch(watcher);
            Async.start(inner);
            if (!inner.isSettled()) {
                inner.addWaiter(t);
            }
        }
        if (cancelled) {
            unwatch();
            inner = null;
            throw Errors.of("mjc:cancelled", "The task was cancelled.");
        }
        if (inner.isSettled()) {
            unwatch();
            Task i = inner;
            inner = null;
            return Async.outputs(i);
        }
        return SUSPENDED;
    }

    private void unwatch() {
        if (watcher != null) {
            token.unwatch(watcher);
            watcher = null;
        }
    }

    @Override
    protected void release() {
        unwatch();
        if (inner != null) {
            inner.cancel();
        }
        inner = null;
        self = null;
    }
}
