package mjc.runtime.trace;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/** JFR event: one poll of a task ran longer than the threshold. */
@Name("mjc.LongPoll")
@Label("Long Poll")
@Category({"mjc", "Tasks"})
@Description("One poll of a task ran longer than the threshold")
final class LongPoll extends Event {
    @Label("Task Id")
    long taskId;

    @Label("Function")
    String function;

    @Label("Line")
    int line;

    @Label("Poll Duration")
    @Timespan(Timespan.NANOSECONDS)
    long pollNanos;
}
