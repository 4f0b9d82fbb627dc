package mjc.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import org.junit.jupiter.api.Test;

/** The executor's order rules (SPEC §4 rule 5) on the virtual clock, with hand-written bodies. */
class ExecutorTest {
    private final Executor ex = Executor.virtual();
    private final List<String> log = new ArrayList<>();

    /** A body that logs, sleeps ms on the executor's timers, logs again and finishes with a value. */
    private final class Sleeper extends Coroutine {
        final String name;
        final double ms;

        Sleeper(String name, double ms) {
            this.name = name;
            this.ms = ms;
        }

        @Override
        public Value[] resume(Task t) {
            if (state == 0) {
                log.add(name + " start@" + (int) ex.now());
                state = 1;
                ex.addTimer(ms, t);
                return SUSPENDED;
            }
            log.add(name + " end@" + (int) ex.now());
            return new Value[] {DoubleArray.scalar(ms)};
        }
    }

    @Test
    void spawnedTasksRunFifoAndTimersFireInDeadlineThenRegistrationOrder() {
        ex.spawn(ex.newTask(new Sleeper("a", 30)));
        ex.spawn(ex.newTask(new Sleeper("b", 10)));
        ex.spawn(ex.newTask(new Sleeper("c", 30)));
        assertThat(log).isEmpty();
        ex.runUntilIdle();
        assertThat(log).containsExactly("a start@0", "b start@0", "c start@0", "b end@10", "a end@30", "c end@30");
        assertThat(ex.now()).isEqualTo(30.0);
    }

    @Test
    void advanceTimeRunsOnlyWhatIsDue() {
        Task t = ex.spawn(ex.newTask(new Sleeper("x", 50)));
        ex.advanceTime(20);
        assertThat(log).containsExactly("x start@0");
        assertThat(t.state()).isEqualTo(Task.State.RUNNING);
        ex.advanceTime(30);
        assertThat(log).containsExactly("x start@0", "x end@50");
        assertThat(t.state()).isEqualTo(Task.State.DONE);
        assertThat(t.outputs()[0]).isInstanceOf(DoubleArray.class);
    }

    @Test
    void startingInlineRunsTheBodyInsideTheCallAndWakingNeverPollsInline() {
        Task child = ex.newTask(new Sleeper("child", 5));
        List<String> order = new ArrayList<>();
        Task parent = ex.newTask(new Coroutine() {
            @Override
            public Value[] resume(Task t) {
                if (state == 0) {
                    state = 1;
                    Async.start(child);
                    order.add("after inline start: " + log);
                    Async.suspendOn(t, child);
                    return SUSPENDED;
                }
                order.add("parent resumed");
                return new Value[0];
            }
        });
        ex.runUntilSettled(parent);
        assertThat(order).containsExactly("after inline start: [child start@0]", "parent resumed");
    }

    @Test
    void deferredDecisionsWaitForTasksMadeReadyAtTheSameInstant() {
        List<String> seen = new ArrayList<>();
        Task worker = ex.spawn(ex.newTask(new Sleeper("w", 10)));
        ex.addTimer(10, () -> ex.defer(() -> seen.add("decision sees worker " + worker.state())));
        ex.runUntilIdle();
        assertThat(seen).containsExactly("decision sees worker DONE");
    }

    @Test
    void cancelDropsASuspendedTaskAndReleasesItsBody() {
        Task t = ex.spawn(ex.newTask(new Sleeper("s", 100)));
        ex.advanceTime(1);
        t.cancel();
        assertThat(t.state()).isEqualTo(Task.State.CANCELLED);
        assertThat(t.body()).isNull();
        ex.runUntilIdle();
        assertThat(log).containsExactly("s start@0");
    }

    @Test
    void aHundredThousandSpawnedTasksComplete() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            tasks.add(ex.spawn(ex.newTask(new Sleeper("t", i % 7))));
        }
        ex.runUntilIdle();
        assertThat(tasks).allMatch(t -> t.state() == Task.State.DONE);
    }
}
