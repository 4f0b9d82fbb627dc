package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task started (awaited, spawned or started by a combinator). */
@Name("mjc.TaskStarted")
@Label("Task Started")
@Category({"mjc", "Tasks"})
@Description("A task started (awaited, spawned or started by a combinator)")
final class TaskStarted extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;
}
