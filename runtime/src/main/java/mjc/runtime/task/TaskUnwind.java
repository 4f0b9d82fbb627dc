package mjc.runtime.task;

/**
 * Unwinds the Java frames of a task that was parked inside plain code (a helper that called
 * pause) when it is cancelled or abandoned: no MATLAB code runs on the way out. An Error, so
 * MATLAB's catch never sees it ({@code Statements.caught} rethrows Errors).
 */
final class TaskUnwind extends Error {
    TaskUnwind() {
        super("task unwound", null, false, false);
    }
}
