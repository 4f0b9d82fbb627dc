package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task is polled again. */
@Name("mjc.TaskResumed")
@Label("Task Resumed")
@Description("A task is polled again")
final class TaskResumed extends TaskEvent {
}
