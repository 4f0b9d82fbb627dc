package mjc.compiler.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mjc.compiler.embed.Engine;
import mjc.compiler.embed.Execution;
import mjc.runtime.error.MatlabError;
import org.junit.jupiter.api.Test;

/** SPEC §5: execute(source) returns a future; code without await completes on its first poll. */
class EmbeddingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);

    @Test
    void codeWithoutAwaitIsDoneWhenExecuteReturns() {
        Engine e = new Engine(ps, ps, true);
        Execution x = e.execute("x = sum([1 2 3]);\nfprintf('%d\\n', x);\n");
        assertThat(x.isDone()).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("6\n");
    }

    @Test
    void asyncCodeCompletesWhenTheVirtualClockRuns() throws Exception {
        Engine e = new Engine(ps, ps, true);
        Execution x = e.execute("fprintf('before\\n');\nawait(sleep_ms(500));\nfprintf('after\\n');\n");
        assertThat(x.isDone()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("before\n");
        e.executor().advanceTime(499);
        assertThat(x.isDone()).isFalse();
        e.executor().advanceTime(1);
        assertThat(x.toCompletableFuture().get(1, TimeUnit.SECONDS)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("before\nafter\n");
    }

    @Test
    void realClockExecutionsAreDrivenInTheBackground() throws Exception {
        Engine e = new Engine(ps, ps, false);
        Execution x = e.execute("await(sleep_ms(20));\nfprintf('done\\n');\n");
        x.toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("done\n");
    }

    @Test
    void errorsCompleteTheFutureExceptionally() {
        Engine e = new Engine(ps, ps, true);
        Execution x = e.execute("await(sleep_ms(1));\nerror('my:id', 'boom');\n");
        e.executor().runUntilIdle();
        assertThatThrownBy(() -> x.toCompletableFuture().get()).isInstanceOf(ExecutionException.class)
            .hasCauseInstanceOf(MatlabError.class).hasMessageContaining("boom");
    }
}
