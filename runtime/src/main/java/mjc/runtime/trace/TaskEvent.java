package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;

/** The fields every task event carries: which task, and the .m function and line it is at. */
@Category({"mjc", "Tasks"})
abstract class TaskEvent extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;
}
