package mjc.compiler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mjc.compiler.Compiler;
import mjc.compiler.golden.ProgramRun;
import mjc.runtime.call.Interrupts;
import mjc.stdlib.launch.RunOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of the golden programs that still compile are odd programs no one would write - a
 * loop bound gone, a statement twice, operands swapped - and so good inputs for the optimizer:
 * each runs compiled with and without specializations and must do the same. Loops are compiled
 * to check for interrupts and a watchdog interrupts a mutant that runs too long (its loop may no
 * longer end); such a run proves nothing and is skipped. Runs use the virtual clock.
 */
class MutantsBothWaysTest {
    /** Per golden program; a longer run: -Dmjc.fuzz.runMutants=100. */
    private static final int MUTANTS = Integer.getInteger("mjc.fuzz.runMutants", 3);
    private static final long WATCHDOG_MS = 3000;
    private static ScheduledExecutorService watchdog;

    @TempDir
    Path dir;

    @BeforeAll
    static void startWatchdog() {
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mutant-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopWatchdog() {
        watchdog.shutdownNow();
        Interrupts.clear();
    }

    @TestFactory
    Stream<DynamicTest> compilingMutantsAgreeBothWays() throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("../test-programs"))) {
            s.filter(p -> p.toString().endsWith(".m") && !p.getParent().endsWith("async")).sorted().forEach(programs::add);
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            String text = Files.readString(p);
            Random random = new Random(31L * p.toString().hashCode() + 7);
            for (int k = 0; k < MUTANTS; k++) {
                String mutant = MutationCorpusTest.mutate(text, random);
                // a mutant is a one-file program: it keeps the name of its golden program
                Path file = dir.resolve(p.getFileName());
                Files.writeString(file, mutant);
                check(file, "mutant " + k + " of " + p + ":\n" + mutant);
            }
        }));
    }

    private static void check(Path file, String what) {
        ProgramRun fast = run(file, false);
        if (fast == null) {
            return;
        }
        ProgramRun generic = run(file, true);
        if (generic == null) {
            return;
        }
        // an internal error is a bug whatever both runs say (and its text may differ between runs:
        // the JVM drops the message of an exception thrown often)
        assertThat(fast.stdout() + fast.stderr()).as("internal error in %s", what).doesNotContain("internal error")
            .doesNotContain("Internal error");
        assertThat(fast.stdout()).as("stdout, optimized vs generic, of %s", what).isEqualTo(generic.stdout());
        assertThat(fast.stderr()).as("stderr, optimized vs generic, of %s", what).isEqualTo(generic.stderr());
        assertThat(fast.exit()).as("exit status, optimized vs generic, of %s", what).isEqualTo(generic.exit());
    }

    /** The run, or null when the watchdog had to stop it (or the mutant does not compile). */
    private static ProgramRun run(Path file, boolean generic) {
        RunOptions options = new RunOptions();
        options.virtualTime = true;
        Interrupts.clear();
        boolean[] fired = {false};
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            fired[0] = true;
            Interrupts.request();
        }, WATCHDOG_MS, TimeUnit.MILLISECONDS);
        ProgramRun r = ProgramRun.of(new Compiler(List.of()).generic(generic).interruptible(true), file,
            file.getFileName().toString(), options);
        dog.cancel(false);
        Interrupts.clear();
        if (fired[0] || r.exit() == 2) {
            return null;
        }
        return r;
    }
}
