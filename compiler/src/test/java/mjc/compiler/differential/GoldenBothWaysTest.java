package mjc.compiler.differential;

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
 * Every golden program and every example, compiled with the optimizer and without it: the
 * same output, the same errors, the same exit status, and classes the JVM accepts either way.
 */
class GoldenBothWaysTest {
    @TestFactory
    Stream<DynamicTest> goldenProgramsAndExamples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("../test-programs", "../examples")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".m")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
    }

    private static void check(Path f) throws IOException {
        RunOptions options = new RunOptions();
        String base = f.getFileName().toString().replaceAll("\\.m$", "");
        Path flags = f.resolveSibling(base + ".flags");
        // examples run on the virtual clock: their timers then give the same interleaving every run
        options.virtualTime = f.startsWith(Path.of("../examples"))
            || Files.exists(flags) && Files.readString(flags).contains("--virtual-time");
        BothWays.assertSame(f, f.toString(), List.of(), options);
    }
}
