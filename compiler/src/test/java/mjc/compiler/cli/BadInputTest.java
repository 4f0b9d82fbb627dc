package mjc.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.golden.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the real run path: the message, its location, the exit status, and never a
 * Java stack trace.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private ProgramRun run(String name, String source) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, source);
        return ProgramRun.of(f, name, List.of());
    }

    private static void noJavaTrace(ProgramRun r) {
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at java.");
    }

    @Test
    void threeSyntaxErrorsAllReported() throws IOException {
        ProgramRun r = run("three.m", "a = 1 +;\nb = (2;\nc = 3 * ;\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("three.m:1:8: error:").contains("three.m:2:").contains("three.m:3:9: error:");
        assertThat(r.stderr()).contains("a = 1 +;\n       ^");
        noJavaTrace(r);
    }

    @Test
    void undefinedNameIsARuntimeErrorWithItsLine() throws IOException {
        ProgramRun r = run("undef.m", "disp(1)\ny = nosuchthing + 1;\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).isEqualTo("1\n");
        assertThat(r.stderr()).startsWith("error: Unrecognized function or variable 'nosuchthing'.\n")
            .contains("    at undef (undef.m:2)");
        noJavaTrace(r);
    }

    @Test
    void indexOutOfBoundsNamesTheFunctionAndLine() throws IOException {
        ProgramRun r = run("oob.m", "v = [1 2 3];\nshow(v)\nfunction show(x)\n  disp(x(5))\nend\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("error: Index exceeds the number of array elements. Index must not exceed 3.")
            .contains("    at oob>show (oob.m:4)").contains("    at oob (oob.m:2)");
        noJavaTrace(r);
    }

    @Test
    void dimensionMismatch() throws IOException {
        ProgramRun r = run("dims.m", "x = [1 2 3] + [1 2];\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("error: Arrays have incompatible sizes for this operation.")
            .contains("at dims (dims.m:1)");
        noJavaTrace(r);
    }

    @Test
    void errorsCanBeCaught() throws IOException {
        ProgramRun r = run("caught.m", "try\n  x = [1 2] * [3 4];\ncatch e\n  disp(e.identifier)\nend\n");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.stdout()).isEqualTo("MATLAB:innerdim\n");
    }

    @Test
    void unboundedRecursionIsCatchable() throws IOException {
        ProgramRun r = run("rec.m", "try\n  f(1)\ncatch e\n  disp(e.identifier)\nend\nfunction f(n)\n  f(n + 1);\nend\n");
        assertThat(r.stdout()).isEqualTo("MATLAB:recursionLimit\n");
        assertThat(r.exit()).isEqualTo(0);
    }

    @Test
    void missingFileGivenToRun() {
        CliRun r = CliRun.of("run", dir.resolve("missing.m").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("file not found");
        assertThat(r.stderr()).doesNotContain("Exception");
    }

    @Test
    void badUsage() {
        CliRun r = CliRun.of("run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("Missing required parameter");
    }
}
