package mjc.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mjc.compiler.demo.DemoServer;
import mjc.compiler.golden.ProgramRun;
import mjc.stdlib.launch.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * The examples README shows: each prints exactly its .out file, and README shows that output.
 * The fan-out example runs as its own process against a demo server on a free port.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static void readmeShows(String expected) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(expected.strip());
    }

    private static void virtualTimeExample(String rel, String out) throws IOException {
        Path program = EXAMPLES.resolve(rel);
        RunOptions o = new RunOptions();
        o.virtualTime = true;
        ProgramRun r = ProgramRun.of(program, program.toString(), List.of(), o);
        String expected = Files.readString(EXAMPLES.resolve(out));
        assertThat(r.stdout()).as(r.stderr()).isEqualTo(expected);
        assertThat(r.exit()).isZero();
        readmeShows(expected);
    }

    @Test
    void waitFileEquals() throws IOException {
        virtualTimeExample("wait_file/main.m", "wait_file/main.out");
    }

    @Test
    void timeoutsAndCancellation() throws IOException {
        virtualTimeExample("timeouts/timeouts.m", "timeouts/timeouts.out");
    }

    @Test
    void fanOutAgainstTheDemoServer() throws Exception {
        try (DemoServer server = new DemoServer(0, 100)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "mjc.compiler.cli.Main", "run", EXAMPLES.resolve("fanout/fanout.m").toString());
            pb.environment().put("MJC_DEMO_URL", server.url(""));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String expected = Files.readString(EXAMPLES.resolve("fanout/fanout.out"));
            assertThat(out).as(err).isEqualTo(expected);
            assertThat(p.exitValue()).isZero();
            readmeShows(expected);
        }
    }
}
