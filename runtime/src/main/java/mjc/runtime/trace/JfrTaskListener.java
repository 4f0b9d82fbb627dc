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

    @Override
    public void created(Task t) {
        TaskCreated e = new TaskCreated();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.commit();
        }
    }

    @Override
    public void started(Task t) {
        TaskStarted e = new TaskStarted();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.commit();
        }
    }

    @Override
    public void suspended(Task t) {
        TaskSuspended e = new TaskSuspended();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.commit();
        }
    }

    @Override
    public void resumed(Task t) {
        TaskResumed e = new TaskResumed();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.commit();
        }
    }

    @Override
    public void completed(Task t) {
        TaskCompleted e = new TaskCompleted();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.commit();
        }
    }

    @Override
    public void failed(Task t) {
        TaskFailed e = new TaskFailed();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.error = t.error() == null ? "" : t.error().identifier() + ": " + t.error().message();
            e.commit();
        }
    }

    @Override
    public void cancelled(Task t) {
        TaskCancelled e = new TaskCancelled();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.commit();
        }
    }

    @Override
    public void polled(Task t, long nanos) {
        if (nanos < longPollNanos) {
            return;
        }
        LongPoll e = new LongPoll();
        if (e.isEnabled()) {
            e.taskId = t.id();
            e.function = t.describe();
            e.line = t.line();
            e.pollNanos = nanos;
            e.commit();
        }
    }
}
