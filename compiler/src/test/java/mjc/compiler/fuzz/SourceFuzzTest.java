package mjc.compiler.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer fuzzing of the whole compiler (lexer, parser, lowering, type inference, bytecode):
 * any bytes as a .m file give a program or located diagnostics, never a Java exception.
 *
 * Under {@code mvn verify} this runs in Jazzer's regression mode: every input kept in
 * src/test/resources/mjc/compiler/fuzz/SourceFuzzTestInputs/compileAnyBytes/ (crashers found
 * so far and seeds) runs once, in a JVM of its own (the surefire execution fuzz-regression). A
 * fuzzing run that looks for new inputs, after {@code mvn -q install -DskipTests}:
 * {@code JAZZER_FUZZ=1 mvn -pl compiler test-compile surefire:test@fuzz-regression -Djazzer.hooks=true
 * -Djazzer.max_duration=10m} (new crashing inputs are written to that folder; keep them).
 */
class SourceFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "5m")
    void compileAnyBytes(byte[] source) {
        SourceChecks.checkNeverThrows(dir, source, "fuzzer input of " + source.length + " bytes");
    }
}
