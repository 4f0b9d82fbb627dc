package mjc.compiler.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import mjc.compiler.embed.Engine;
import mjc.compiler.embed.Execution;
import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5 memory rules: a suspended task keeps the values live across its await (and only
 * those); a finished or cancelled task keeps none, so a large array it held can be collected.
 */
class TaskMemoryTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static final String SCRIPT = String.join("\n",
        "t = spawn(async @() do",
        "  big = zeros(1, 2000000);",
        "  small = 1;",
        "  await(sleep_ms(100));",
        "  disp(numel(big) + small);",
        "end);",
        "await(sleep_ms(1));",
        "holder = t;",
        "await(sleep_ms(1000));",
        "");

    private static WeakReference<Value> bigArrayHeldBy(Task t) throws IllegalAccessException {
        Coroutine body = t.body();
        assertThat(body).isNotNull();
        for (Field f : body.getClass().getDeclaredFields()) {
            if (Value.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                Value v = (Value) f.get(body);
                if (v instanceof DoubleArray d && d.numel() == 2_000_000) {
                    return new WeakReference<>(v);
                }
            }
        }
        throw new AssertionError("the suspended frame does not hold the live array");
    }

    private static boolean collected(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return ref.get() == null;
    }

    private static Task spawnedTask(Engine e) {
        return e.executor().spawnedTasks().get(0);
    }

    @Test
    void aCancelledTaskReleasesItsFrame() throws Exception {
        Engine e = new Engine(QUIET, QUIET, true);
        Execution x = e.execute(SCRIPT);
        e.executor().advanceTime(50);
        Task t = spawnedTask(e);
        WeakReference<Value> big = bigArrayHeldBy(t);
        t.cancel();
        assertThat(collected(big)).isTrue();
        e.executor().runUntilIdle();
        assertThat(x.isDone()).isTrue();
    }

    @Test
    void aFinishedTaskReleasesItsFrame() throws Exception {
        Engine e = new Engine(QUIET, QUIET, true);
        e.execute(SCRIPT);
        e.executor().advanceTime(50);
        Task t = spawnedTask(e);
        WeakReference<Value> big = bigArrayHeldBy(t);
        e.executor().advanceTime(100);
        assertThat(t.state()).isEqualTo(Task.State.DONE);
        assertThat(collected(big)).isTrue();
    }
}
