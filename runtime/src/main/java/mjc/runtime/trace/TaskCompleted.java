package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task finished with its outputs. */
@Name("mjc.TaskCompleted")
@Label("Task Completed")
@Category({"mjc", "Tasks"})
@Description("A task finished with its outputs")
final class TaskCompleted extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;
}
