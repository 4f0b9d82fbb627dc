package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task suspended at an await. */
@Name("mjc.TaskSuspended")
@Label("Task Suspended")
@Description("A task suspended at an await")
final class TaskSuspended extends TaskEvent {
}
