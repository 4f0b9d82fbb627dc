package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task suspended at an await. */
@Name("mjc.TaskSuspended")
@Label("Task Suspended")
@Category({"mjc", "Tasks"})
@Description("A task suspended at an await")
final class TaskSuspended extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;
}
