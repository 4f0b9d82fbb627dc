package mjc.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mjc.stdlib.launch.RunOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per golden program under test-programs/: NAME.m with NAME.out (expected
 * stdout), optional NAME.exit (expected status) and NAME.flags (extra run options). A folder
 * holding main.m and function files is one multi-file program. No program may print a Java
 * stack trace.
 */
class GoldenProgramsTest {
    static final Path ROOT = Path.of("..", "test-programs");

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(p -> p.toString().endsWith(".m")).sorted().forEach(p -> {
                Path dir = p.getParent();
                String base = p.getFileName().toString().replaceAll("\\.m$", "");
                if (Files.exists(dir.resolve(base + ".out"))) {
                    programs.add(p);
                }
            });
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        Path dir = program.getParent();
        String base = program.getFileName().toString().replaceAll("\\.m$", "");
        String expected = Files.readString(dir.resolve(base + ".out"));
        Path exitFile = dir.resolve(base + ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        RunOptions options = new RunOptions();
        Path flags = dir.resolve(base + ".flags");
        if (Files.exists(flags)) {
            String f = Files.readString(flags);
            options.virtualTime = f.contains("--virtual-time");
        }
        ProgramRun run = ProgramRun.of(program, program.getFileName().toString(), List.of(), options);
        assertEquals(stripEnd(expected), stripEnd(run.stdout()), () -> "stdout of " + program + "\nstderr:\n" + run.stderr());
        assertEquals(expectedExit, run.exit(), () -> "exit status of " + program + "\nstderr:\n" + run.stderr());
        assertFalse(run.stderr().contains("\tat java.") || run.stderr().contains("Exception in thread"),
            () -> "Java stack trace in stderr of " + program + ":\n" + run.stderr());
    }

    static String stripEnd(String s) {
        return s.replaceAll("\\s+\\z", "");
    }
}
