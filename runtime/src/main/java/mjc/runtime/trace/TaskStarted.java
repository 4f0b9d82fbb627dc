package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JFR event: a task started (awaited, spawned or started by a combinator). */
@Name("mjc.TaskStarted")
@Label("Task Started")
@Description("A task started (awaited, spawned or started by a combinator)")
final class TaskStarted extends TaskEvent {
}
