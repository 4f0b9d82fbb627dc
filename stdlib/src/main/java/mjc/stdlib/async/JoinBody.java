package mjc.stdlib.async;

import mjc.runtime.task.Async;
import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.task.Waker;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;

/**
 * join(t1, t2, ...): starts the tasks one at a time in argument order, waits for all, and
 * gives a 1xN cell of their values in argument order ([] for a task without a value). The first
 * failure cancels the others (starting no more) and is rethrown.
 */
final class JoinBody extends Coroutine {
    private Task[] tasks;
    private Task firstFailure;
    private Task self;

    JoinBody(Task[] tasks) {
        this.tasks = tasks;
    }

    @Override
    public Value[] resume(Task t) {
        if (state == 0) {
            state = 1;
            self = t;
            for (Task a : tasks) {
                Async.startArgument(a);
                if (failed(a)) {
                    firstFailure = a;
                    break;
                }
            }
            if (firstFailure == null) {
                for (Task a : tasks) {
                    if (!a.isSettled()) {
                        a.addWaiter(watcher(a));
                    }
                }
            }
        }
        if (firstFailure != null) {
            Task f = firstFailure;
            cancelOthers(f);
            throw f.awaitError();
        }
        for (Task a : tasks) {
            if (!a.isSettled()) {
                return SUSPENDED;
            }
        }
        Value[] out = new Value[tasks.length];
        for (int i = 0; i < tasks.length; i++) {
            Value v = Async.valueOrNull(tasks[i]);
            out[i] = v == null ? DoubleArray.empty() : v;
        }
        tasks = null;
        return new Value[] {new CellArray(Dims.row(out.length), out)};
    }

    private static boolean failed(Task a) {
        return a.state() == Task.State.FAILED || a.state() == Task.State.CANCELLED;
    }

    private Waker watcher(Task a) {
        return () -> {
            if (firstFailure == null && failed(a)) {
                firstFailure = a;
            }
            if (self != null) {
                self.wake();
            }
        };
    }

    private void cancelOthers(Task keep) {
        if (tasks == null) {
            return;
        }
        for (Task a : tasks) {
            if (a != keep) {
                a.cancel();
            }
        }
    }

    @Override
    protected void release() {
        if (tasks != null) {
            for (Task a : tasks) {
                a.cancel();
            }
        }
        tasks = null;
        self = null;
    }
}
