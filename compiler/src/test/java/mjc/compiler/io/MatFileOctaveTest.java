package mjc.compiler.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mjc.compiler.golden.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MAT-file written by save is read by GNU Octave, and one Octave writes is read by load (skipped without Octave). */
class MatFileOctaveTest {
    @TempDir
    Path dir;

    private static boolean octave() {
        try {
            Process p = new ProcessBuilder("octave", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String runOctave(String code) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("octave", "--no-gui", "--quiet", "--norc", "--eval", code)
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void octaveReadsWhatSaveWritesAndLoadReadsWhatOctaveWrites() throws Exception {
        assumeTrue(octave(), "GNU Octave is not installed");
        Path mat = dir.resolve("from_mjc.mat");
        Path prog = dir.resolve("w.m");
        Files.writeString(prog, "x = [1 2; 3 4]; name = 'mjc'; c = {7, 'two'}; s.a = 5; k = int16(-3);\n"
            + "save('" + mat + "', 'x', 'name', 'c', 's', 'k');\n");
        ProgramRun w = ProgramRun.of(prog, "w.m", List.of());
        assertThat(w.exit()).as(w.stderr()).isZero();
        String read = runOctave("load('" + mat + "'); printf('%d ', x); printf('%s %d %s %d %s %d\\n', name, c{1}, c{2},"
            + " s.a, class(k), k);");
        assertThat(read).contains("1 3 2 4 mjc 7 two 5 int16 -3");

        Path fromOctave = dir.resolve("from_octave.mat");
        runOctave("y = [10 20 30]; t = 'oct'; b = true; save('-v7', '" + fromOctave + "', 'y', 't', 'b');");
        Path reader = dir.resolve("r.m");
        Files.writeString(reader, "load('" + fromOctave + "');\nfprintf('%d %d %d %s %s\\n', y, t, class(b));\n");
        ProgramRun r = ProgramRun.of(reader, "r.m", List.of());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("10 20 30 oct logical\n");
    }
}
