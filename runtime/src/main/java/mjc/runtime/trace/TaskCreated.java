package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task was made (lazy: not started yet). */
@Name("mjc.TaskCreated")
@Label("Task Created")
@Description("A task was made (lazy: not started yet)")
final class TaskCreated extends TaskEvent {
}
