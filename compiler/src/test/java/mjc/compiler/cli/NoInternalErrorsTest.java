package mjc.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mjc.compiler.golden.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once reached users as Java exceptions ("internal error: ...") and now get MATLAB's
 * errors: break/continue outside a loop, files that are not .m files, arrays too large for the
 * JVM, an exhausted heap; and traces that name each MATLAB frame once.
 */
class NoInternalErrorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String source) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, source);
        return f;
    }

    private ProgramRun run(String name, String source) throws IOException {
        return ProgramRun.of(write(name, source), name, List.of());
    }

    private static void clean(String stderr) {
        assertThat(stderr).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void breakOutsideALoopIsACompileError() throws IOException {
        ProgramRun r = run("b.m", "x = 1;\nif x\n  break\nend\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith(
            "b.m:3:3: error: A BREAK statement appeared outside of a loop. Use RETURN instead.\n  break\n  ^");
        clean(r.stderr());
    }

    @Test
    void continueOutsideALoopIsACompileErrorInCheckToo() throws IOException {
        Path f = write("c.m", "function c()\n  continue\nend\n");
        CliRun r = CliRun.of("check", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains(":2:3: error: A CONTINUE may only be used within a FOR or WHILE loop.");
        clean(r.stderr());
    }

    @Test
    void awaitWithoutAnArgumentIsACompileError() throws IOException {
        ProgramRun r = run("aw.m", "t = async @() 1;\nfprintf('%d\\n', await());\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("aw.m:2:22: error: await takes exactly one argument");
        clean(r.stderr());
    }

    @Test
    void breakInsideASwitchInsideALoopIsFine() throws IOException {
        ProgramRun r = run("s.m", "for k = 1:5\n  switch k\n    case 3\n      break\n  end\n  disp(k)\nend\n");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).isEqualTo("1\n2\n");
    }

    @Test
    void aFileThatIsNotAnMFileIsRefused() throws IOException {
        Path f = write("notes.txt", "x = 1\n");
        for (String cmd : List.of("run", "check", "build")) {
            CliRun r = cmd.equals("build") ? CliRun.of(cmd, f.toString(), "-o", dir.resolve("x.jar").toString())
                : CliRun.of(cmd, f.toString());
            assertThat(r.exit()).as(cmd).isEqualTo(2);
            assertThat(r.stderr()).as(cmd).isEqualTo("mjc: not a MATLAB file (expected NAME.m): " + f + "\n");
        }
    }

    @Test
    void anMFileWhoseNameIsNoMatlabNameIsRefused() throws IOException {
        Path f = write("my-script.m", "x = 1\n");
        CliRun r = CliRun.of("run", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("'my-script' is not a valid MATLAB function or script name");
        clean(r.stderr());
    }

    @Test
    void arraysBeyondTheHeapRaiseSizeLimitExceeded() throws IOException {
        ProgramRun r = run("big.m", "try\n  z = zeros(1e6, 1e6);\ncatch e\n  disp(e.identifier)\nend\n"
            + "x = ones(1e6, 1e6);\n");
        assertThat(r.stdout()).isEqualTo("MATLAB:array:SizeLimitExceeded\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("error: Requested 1000000x1000000 (7450.6GB) array exceeds maximum array"
            + " size preference (").contains("    at big (big.m:6)");
        clean(r.stderr());
    }

    @Test
    void growingAnArrayBeyondTheHeapToo() throws IOException {
        ProgramRun r = run("grow.m", "x = 1;\nx(1e6, 1e6) = 2;\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("error: Requested 1000000x1000000 (7450.6GB) array exceeds");
        clean(r.stderr());
    }

    @Test
    void eachMatlabFrameOnceWithItsLine() throws IOException {
        // mid gets a version for double arguments (call$p); the hand-off is not a frame of its own
        ProgramRun r = run("top.m", "function top()\n  a = 1;\n  mid(a);\nend\nfunction mid(x)\n  y = [1 2 3];\n"
            + "  for k = 1:x\n    disp(y(x + 5));\n  end\nend\n");
        assertThat(r.stderr()).isEqualTo("error: Index exceeds the number of array elements. Index must not exceed 3.\n"
            + "    at top>mid (top.m:8)\n    at top (top.m:3)\n");
    }

    @Test
    void runawayRecursionShowsBothEndsOfTheStack() throws IOException {
        ProgramRun r = run("runaway.m", "down(1)\nfunction down(n)\n  down(n + 1);\nend\n");
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.stderr().lines().toList();
        assertThat(lines.get(0)).isEqualTo("error: Maximum recursion limit of 500 reached.");
        assertThat(lines.get(1)).isEqualTo("    at runaway>down (runaway.m:2)");
        assertThat(lines).hasSize(1 + 10 + 1 + 10);
        assertThat(lines.get(11)).matches("    \\.\\.\\. \\d+ more");
        assertThat(lines.subList(12, 21)).allMatch(l -> l.equals("    at runaway>down (runaway.m:3)"));
        assertThat(lines.get(21)).isEqualTo("    at runaway (runaway.m:1)");
    }

    /** The heap runs out in a child JVM with a small heap: MATLAB's error, catchable, exit 1. */
    @Test
    void outOfMemoryIsMatlabsError() throws Exception {
        Path f = write("oom.m", """
            try
              c = {};
              for k = 1:1e6
                c{k} = zeros(1, 1e5);
              end
            catch e
              disp(e.identifier)
            end
            clear c
            d = {};
            for k = 1:1e6
              d{k} = zeros(1, 1e5);
            end
            """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
            "mjc.compiler.cli.Main", "run", f.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("MATLAB:nomem\n");
        assertThat(err).startsWith("error: Out of memory.\n").contains("(" + f + ":12)");
        clean(err);
        assertThat(p.exitValue()).isEqualTo(1);
    }
}
