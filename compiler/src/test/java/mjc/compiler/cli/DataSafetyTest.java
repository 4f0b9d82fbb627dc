package mjc.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program killed while it writes a file leaves the file's old content or its new content,
 * never a mix, and no temporary files; a program whose output pipe closes stops at once and
 * quietly. Each case runs `mjc run` in a child JVM, killed from here with SIGTERM or SIGKILL.
 */
class DataSafetyTest {
    private static final String OLD = "old content\nsecond old line\n";

    @TempDir
    Path dir;

    private Process start(Path program) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "mjc.compiler.cli.Main", "run",
            program.toString()).redirectError(stderr().toFile()).start();
    }

    private Path stderr() {
        return dir.resolve("stderr.log");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Waits (bounded) until a temporary file beside the target holds at least n bytes: the write is under way. */
    private void awaitWriting(Process p, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Path t : temporaryFiles()) {
                try {
                    if (Files.size(t) >= n) {
                        return;
                    }
                } catch (IOException e) {
                    // renamed or removed meanwhile
                }
            }
            assertThat(p.isAlive()).as("the writer ended before it was killed").isTrue();
            Thread.onSpinWait();
        }
        throw new AssertionError("the writer never started writing");
    }

    private void kill(Process p, boolean forcibly) throws InterruptedException {
        if (forcibly) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private void assertOldOrNew(Path target, String newContent) throws IOException {
        String now = Files.readString(target);
        assertThat(now.equals(OLD) || now.equals(newContent)).as("old or new content, not %d mixed chars", now.length())
            .isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void fprintfToAFileKilledMidWrite(boolean forcibly) throws Exception {
        Path target = dir.resolve("data.txt");
        Files.writeString(target, OLD);
        Path program = dir.resolve("writer.m");
        Files.writeString(program, "fid = fopen('" + target + "', 'w');\nfor k = 1:1e8\n"
            + "  fprintf(fid, 'new line %d\\n', k);\nend\nfclose(fid);\n");
        Process p = start(program);
        awaitWriting(p, 200_000);
        kill(p, forcibly);
        assertOldOrNew(target, null);
        if (forcibly) {
            // SIGKILL runs no clean-up: the next program writing the file removes what was left
            Path again = dir.resolve("again.m");
            Files.writeString(again, "fid = fopen('" + target + "', 'w');\nfprintf(fid, 'fresh\\n');\nfclose(fid);\n");
            Process q = start(again);
            assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(q.exitValue()).isZero();
            assertThat(Files.readString(target)).isEqualTo("fresh\n");
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writeTextAsyncKilledMidWrite(boolean forcibly) throws Exception {
        Path target = dir.resolve("big.txt");
        Files.writeString(target, OLD);
        Path program = dir.resolve("asyncwriter.m");
        Files.writeString(program, "s = repmat('0123456789', 1, 3e6);\nfor k = 1:100\n"
            + "  await(write_text_async('" + target + "', s));\nend\n");
        Process p = start(program);
        awaitWriting(p, 1);
        kill(p, forcibly);
        String now = Files.readString(target);
        assertThat(now.equals(OLD) || now.length() == 30_000_000 && now.startsWith("0123456789"))
            .as("old or whole new content, not %d chars", now.length()).isTrue();
        if (!forcibly) {
            assertThat(temporaryFiles()).isEmpty();
        }
    }

    @Test
    void filesLeftOpenAreWrittenWhenTheProgramEnds() throws Exception {
        Path target = dir.resolve("open.txt");
        Files.writeString(target, OLD);
        Path program = dir.resolve("leaves_open.m");
        Files.writeString(program, "fid = fopen('" + target + "', 'a');\nfprintf(fid, 'appended\\n');\n"
            + "error('stop:here', 'stopped before fclose');\n");
        Process p = start(program);
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(stderr())).startsWith("error: stopped before fclose");
        assertThat(Files.readString(target)).isEqualTo(OLD + "appended\n");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aClosedOutputPipeEndsTheProgramQuietly() throws Exception {
        Path program = dir.resolve("chatty.m");
        Files.writeString(program, "for k = 1:1e9\n  fprintf('line %d\\n', k);\nend\n");
        Process p = start(program);
        InputStream in = p.getInputStream();
        byte[] first = in.readNBytes(7);
        assertThat(new String(first, StandardCharsets.US_ASCII)).isEqualTo("line 1\n");
        in.close(); // as `| head -1` does
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the program stops once nobody reads").isTrue();
        assertThat(p.exitValue()).isEqualTo(141);
        assertThat(Files.readString(stderr())).as("nothing on stderr").isEmpty();
    }
}
