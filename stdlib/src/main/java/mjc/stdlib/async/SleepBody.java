package mjc.stdlib.async;

import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.task.TimerQueue;
import mjc.runtime.value.Value;

/** sleep_ms: registers a timer when started (time counts from the start) and finishes when it fires. */
final class SleepBody extends Coroutine {
    private final double ms;
    private TimerQueue.Timer timer;
    private Task task;

    SleepBody(double ms) {
        this.ms = ms;
    }

    @Override
    public Value[] resume(Task t) {
        if (state == 0) {
            state = 1;
            task = t;
            timer = t.executor().addTimer(ms, this::fire);
            return SUSPENDED;
        }
        return new Value[0];
    }

    private void fire() {
        timer = null;
        Task t = task;
        task = null;
        if (t != null) {
            t.resolve(new Value[0]);
        }
    }

    @Override
    protected void release() {
        if (timer != null && task != null) {
            task.executor().cancelTimer(timer);
        }
        timer = null;
        task = null;
    }

    @Override
    public String describe() {
        return "sleep_ms(" + ms + ")";
    }
}
