package mjc.stdlib.async;

import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.task.TimerQueue;
import mjc.runtime.value.Value;

/** sleep_ms: registers a timer when started (time counts from the start) and finishes when it fires. */
final class SleepBody extends Coroutine implements mjc.runtime.task.Waker {
    @Override
    public boolean mayBlockInThread() {
        return false;
    }

    private static final Value[] NOTHING = new Value[0];
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
            if (ms == 0) {
                t.executor().addZeroTimer(this);
            } else {
                timer = t.executor().addTimer(ms, this);
            }
            return SUSPENDED;
        }
        return NOTHING;
    }

    /** The timer fired: the sleep is over. */
    @Override
    public void wake() {
        timer = null;
        Task t = task;
        task = null;
        if (t != null) {
            t.resolve(NOTHING);
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
