package mjc.runtime.trace;

import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/** JFR event: one poll of a task ran longer than the threshold. */
@Name("mjc.LongPoll")
@Label("Long Poll")
@Description("One poll of a task ran longer than the threshold")
final class LongPoll extends TaskEvent {

    @Label("Poll Duration")
    @Timespan(Timespan.NANOSECONDS)
    long pollNanos;
}
