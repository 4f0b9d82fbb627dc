package mjc.runtime.task;

/** Observes task life cycles (the JFR tracing hooks in here). All methods default to nothing. */
public interface TaskListener {
    TaskListener NONE = new TaskListener() {
    };

    default void created(Task t) {
    }

    default void started(Task t) {
    }

    default void resumed(Task t) {
    }

    default void suspended(Task t) {
    }

    default void completed(Task t) {
    }

    default void failed(Task t) {
    }

    default void cancelled(Task t) {
    }

    default void polled(Task t, long nanos) {
    }
}
