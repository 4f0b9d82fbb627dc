package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task finished with its outputs. */
@Name("mjc.TaskCompleted")
@Label("Task Completed")
@Description("A task finished with its outputs")
final class TaskCompleted extends TaskEvent {
}
