package mjc.compiler.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import mjc.compiler.golden.ProgramRun;
import mjc.stdlib.launch.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --trace: task life-cycle events recorded with JFR and read back with RecordingFile. */
class TraceTest {
    @TempDir
    Path dir;

    @Test
    void taskEventsCarryIdFunctionAndLine() throws Exception {
        Path f = dir.resolve("traced.m");
        Files.writeString(f, String.join("\n",
            "a = async @() do",
            "  await(sleep_ms(5));",
            "  1",
            "end;",
            "b = async @() do",
            "  error('my:id', 'boom');",
            "end;",
            "x = await(a);",
            "try",
            "  await(b);",
            "catch e",
            "end",
            "c = spawn(async @() do",
            "  await(sleep_ms(1000));",
            "end);",
            "await(sleep_ms(1));",
            "cancel(c);",
            ""));
        Path jfr = dir.resolve("out.jfr");
        RunOptions o = new RunOptions();
        o.virtualTime = true;
        o.traceFile = jfr.toString();
        ProgramRun r = ProgramRun.of(f, "traced.m", List.of(), o);
        assertThat(r.exit()).as(r.stderr()).isZero();

        List<RecordedEvent> events = RecordingFile.readAllEvents(jfr).stream()
            .filter(e -> e.getEventType().getName().startsWith("mjc.")).toList();
        Map<String, Long> counts = events.stream()
            .collect(Collectors.groupingBy(e -> e.getEventType().getName(), Collectors.counting()));
        assertThat(counts).containsKeys("mjc.TaskCreated", "mjc.TaskStarted", "mjc.TaskSuspended", "mjc.TaskResumed",
            "mjc.TaskCompleted", "mjc.TaskFailed", "mjc.TaskCancelled");
        RecordedEvent suspended = events.stream()
            .filter(e -> e.getEventType().getName().equals("mjc.TaskSuspended")
                && e.getString("function").startsWith("traced>@do"))
            .findFirst().orElseThrow();
        assertThat(suspended.getInt("line")).isEqualTo(2);
        assertThat(suspended.getLong("taskId")).isNotZero();
        RecordedEvent failed = events.stream().filter(e -> e.getEventType().getName().equals("mjc.TaskFailed"))
            .findFirst().orElseThrow();
        assertThat(failed.getString("error")).isEqualTo("my:id: boom");
        // the same task id runs through created, started, completed
        long id = suspended.getLong("taskId");
        assertThat(events.stream().filter(e -> e.getLong("taskId") == id).map(e -> e.getEventType().getName()))
            .contains("mjc.TaskCreated", "mjc.TaskStarted", "mjc.TaskCompleted");
    }
}
