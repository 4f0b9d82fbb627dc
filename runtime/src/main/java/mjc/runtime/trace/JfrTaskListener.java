package mjc.runtime.trace;

import java.util.List;
import mjc.runtime.task.Task;
import mjc.runtime.task.TaskListener;

/**
 * Task life cycles as JDK Flight Recorder events (SPEC §5): created, started, suspended,
 * resumed, completed, failed, cancelled, and polls longer than a threshold. Each event carries
 * the task's id and the .m function and line it is at. Installed only when tracing is asked for.
 */
public final class JfrTaskListener implements TaskListener {
    /** Names of the events, for enabling them in a Recording. */
    public static final List<String> EVENT_NAMES = List.of("mjc.TaskCreated", "mjc.TaskStarted", "mjc.TaskSuspended",
        "mjc.TaskResumed", "mjc.TaskCompleted", "mjc.TaskFailed", "mjc.TaskCancelled", "mjc.LongPoll");

    private final long longPollNanos;

    public JfrTaskListener(long longPollNanos) {
        this.longPollNanos = longPollNanos;
    }

    /** Fills the common fields and commits (the check first: no work when the event is off). */
    private static void emit(TaskEvent e, Task t) {
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.commit();
        }
    }

    @Override
    public void created(Task t) {
        emit(new TaskCreated(), t);
    }

    @Override
    public void started(Task t) {
        emit(new TaskStarted(), t);
    }

    @Override
    public void suspended(Task t) {
        emit(new TaskSuspended(), t);
    }

    @Override
    public void resumed(Task t) {
        emit(new TaskResumed(), t);
    }

    @Override
    public void completed(Task t) {
        emit(new TaskCompleted(), t);
    }

    @Override
    public void failed(Task t) {
        TaskFailed e = new TaskFailed();
        e.error = t.error() == null ? "" : t.error().identifier() + ": " + t.error().message();
        emit(e, t);
    }

    @Override
    public void cancelled(Task t) {
        emit(new TaskCancelled(), t);
    }

    @Override
    public void polled(Task t, long nanos) {
        if (nanos >= longPollNanos) {
            LongPoll e = new LongPoll();
            e.pollNanos = nanos;
            emit(e, t);
        }
    }
}
