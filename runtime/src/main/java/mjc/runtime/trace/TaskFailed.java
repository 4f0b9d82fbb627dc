package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task finished with an error. */
@Name("mjc.TaskFailed")
@Label("Task Failed")
@Description("A task finished with an error")
final class TaskFailed extends TaskEvent {

    @Label("Error")
    String error;
}
