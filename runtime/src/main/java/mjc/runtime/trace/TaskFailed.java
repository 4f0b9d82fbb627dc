package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task finished with an error. */
@Name("mjc.TaskFailed")
@Label("Task Failed")
@Category({"mjc", "Tasks"})
@Description("A task finished with an error")
final class TaskFailed extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;

    @Label("Error")
    String error;
}
