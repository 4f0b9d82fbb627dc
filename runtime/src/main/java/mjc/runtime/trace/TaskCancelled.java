package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task was cancelled. */
@Name("mjc.TaskCancelled")
@Label("Task Cancelled")
@Description("A task was cancelled")
final class TaskCancelled extends TaskEvent {
}
