package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task is polled again. */
@Name("mjc.TaskResumed")
@Label("Task Resumed")
@Category({"mjc", "Tasks"})
@Description("A task is polled again")
final class TaskResumed extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;
}
