package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task was made (lazy: not started yet). */
@Name("mjc.TaskCreated")
@Label("Task Created")
@Category({"mjc", "Tasks"})
@Description("A task was made (lazy: not started yet)")
final class TaskCreated extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;
}
