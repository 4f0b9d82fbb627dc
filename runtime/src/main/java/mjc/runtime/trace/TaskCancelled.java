package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task was cancelled. */
@Name("mjc.TaskCancelled")
@Label("Task Cancelled")
@Category({"mjc", "Tasks"})
@Description("A task was cancelled")
final class TaskCancelled extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;
}
