package mjc.compiler.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Scripted REPL sessions on JLine's dumb terminal. */
class ReplTest {
    private static String session(String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            out, StandardCharsets.UTF_8);
        t.setSize(new Size(80, 24));
        Repl repl = new Repl(t, true, null);
        int status = repl.run();
        repl.close();
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    @Test
    void multiLineLoopAndVariablesKeptAcrossInputs() throws IOException {
        String o = session("x = 10;\nfor i = 1:3\n  x = x + i;\nend\nx\n");
        assertThat(o).contains("x = 16");
    }

    @Test
    void topLevelAwaitAndSpawnedTasksRunBetweenInputs() throws IOException {
        String o = session("t = spawn(async @() do\n  await(sleep_ms(5));\n  disp('spawned ran');\nend);\n"
            + "await(sleep_ms(10))\nr = await(async @() 6 * 7)\n");
        assertThat(o).contains("spawned ran").contains("r = 42");
        assertThat(o.indexOf("spawned ran")).isLessThan(o.indexOf("r = 42"));
    }

    @Test
    void errorsDoNotEndTheSession() throws IOException {
        String o = session("a = 1;\nb = a + undefined_name\nerror('my:id', 'custom %d', 5)\nc = a + 1\n");
        assertThat(o).contains("error: Unrecognized function or variable 'undefined_name'.")
            .contains("error: custom 5").contains("c = 2");
        assertThat(o).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void syntaxErrorsAreReportedAndTheSessionGoesOn() throws IOException {
        String o = session("x = (1 + ;\ny = 3\nexit\nz = 4\n");
        assertThat(o).contains("error: ").contains("y = 3").doesNotContain("z = 4");
    }

    @Test
    void ctrlCInterruptsACpuBoundLoopAndTheSessionGoesOn() throws Exception {
        java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(feed, 1 << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = new DumbTerminal("test", "dumb", in, out, StandardCharsets.UTF_8);
        t.setSize(new Size(80, 24));
        Repl repl = new Repl(t, true, null);
        java.util.concurrent.CompletableFuture<Integer> done = java.util.concurrent.CompletableFuture.supplyAsync(repl::run);
        feed.write("k = 0;\nwhile true\n  k = k + 1;\nend\n".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        // Ctrl-C arrives while the loop runs (repeated until the REPL reports it)
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains("Interrupted") && System.nanoTime() < deadline) {
            mjc.runtime.call.Interrupts.request();
            Thread.onSpinWait();
        }
        feed.write("disp(k >= 0)\nexit\n".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        assertThat(done.get(20, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        String o = out.toString(StandardCharsets.UTF_8);
        assertThat(o).contains("error: Interrupted (Ctrl-C).");
        assertThat(o.substring(o.indexOf("Interrupted"))).contains("1");
        repl.close();
    }

    @Test
    void inputCompleteness() {
        assertThat(InputCompleteness.isComplete("for i = 1:3\n")).isFalse();
        assertThat(InputCompleteness.isComplete("for i = 1:3\n x(end) = 1;\nend\n")).isTrue();
        assertThat(InputCompleteness.isComplete("if x, y, end\n")).isTrue();
        assertThat(InputCompleteness.isComplete("t = spawn(async @() do\n  disp('a');\n")).isFalse();
        assertThat(InputCompleteness.isComplete("t = spawn(async @() do\n  disp('a');\nend);\n")).isTrue();
        assertThat(InputCompleteness.isComplete("s = 'for if while';\n")).isTrue();
        assertThat(InputCompleteness.isComplete("x = [1 2 ...\n")).isFalse();
        assertThat(InputCompleteness.isComplete("x = [1 2\n")).isFalse();
        assertThat(InputCompleteness.isComplete("a = b'; % for\n")).isTrue();
    }
}
