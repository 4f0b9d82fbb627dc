package mjc.stdlib.async;

import mjc.runtime.task.Async;
import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.value.Value;

/**
 * race(t1, t2, ...): the outcome of the first task to settle, value or error. The tasks start one
 * at a time in argument order; once one has settled, the others are cancelled and those not yet
 * started never start.
 */
final class RaceBody extends Coroutine {
    private Task[] tasks;
    private Task winner;
    private Task self;

    RaceBody(Task[] tasks) {
        this.tasks = tasks;
    }

    @Override
    public Value[] resume(Task t) {
        if (state == 0) {
            state = 1;
            self = t;
            for (Task a : tasks) {
                Async.startArgument(a);
                if (a.isSettled()) {
                    winner = a;
                    break;
                }
            }
            if (winner == null) {
                for (Task a : tasks) {
                    a.addWaiter(() -> {
                        if (winner == null) {
                            winner = a;
                        }
                        if (self != null) {
                            self.wake();
                        }
                    });
                }
            }
        }
        if (winner == null) {
            return SUSPENDED;
        }
        Task w = winner;
        for (Task a : tasks) {
            if (a != w) {
                a.cancel();
            }
        }
        tasks = null;
        return Async.outputs(w);
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
