package mjc.compiler.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.ProgramClassLoader;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.golden.ProgramRun;
import mjc.stdlib.launch.RunOptions;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Differential testing of the optimizer: a program compiled with every specialization on
 * (double locals, call$d/call$p, versioned and fused loops) must behave exactly as the same
 * program compiled to generic Value paths only, and every class either way must verify.
 */
public final class BothWays {
    private BothWays() {
    }

    /** What one program did, compiled one way. */
    public record Outcome(String stdout, String stderr, int exit) {
    }

    /** Runs file compiled both ways; fails unless stdout, stderr and exit status agree. */
    public static Outcome assertSame(Path file, String display, List<Path> searchPath, RunOptions options) {
        verifyClasses(file, display, searchPath, false);
        verifyClasses(file, display, searchPath, true);
        ProgramRun fast = ProgramRun.of(new Compiler(searchPath).generic(false), file, display, options);
        ProgramRun generic = ProgramRun.of(new Compiler(searchPath).generic(true), file, display, options);
        assertThat(fast.stdout()).as("stdout of %s, optimized vs generic (stderr: %s)", display, fast.stderr())
            .isEqualTo(generic.stdout());
        assertThat(fast.stderr()).as("stderr of %s, optimized vs generic", display).isEqualTo(generic.stderr());
        assertThat(fast.exit()).as("exit status of %s, optimized vs generic", display).isEqualTo(generic.exit());
        return new Outcome(fast.stdout(), fast.stderr(), fast.exit());
    }

    /**
     * Every class generated for file passes ASM's CheckClassAdapter (with a class loader, so
     * frames are checked against real types) and the JVM's own verifier, which runs when the
     * class is linked: initializing it forces that.
     */
    public static void verifyClasses(Path file, String display, List<Path> searchPath, boolean generic) {
        CompiledProgram p;
        try {
            p = new Compiler(searchPath).generic(generic).compile(file, display);
        } catch (CompileError e) {
            return; // nothing was generated
        }
        verifyClasses(p.classes(), display + (generic ? " (generic)" : ""));
    }

    public static void verifyClasses(Map<String, byte[]> classes, String what) {
        ProgramClassLoader loader = new ProgramClassLoader(classes, BothWays.class.getClassLoader());
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            if (sw.toString().contains("LimitExceededException")) {
                continue; // too large for ASM's analyzer (deep nesting): the JVM's verifier below still checks it
            }
            assertThat(sw.toString()).as("CheckClassAdapter on %s of %s", e.getKey(), what).isEmpty();
        }
        for (String name : classes.keySet()) {
            try {
                Class.forName(name.replace('/', '.'), true, loader);
            } catch (ClassNotFoundException | LinkageError ex) {
                throw new AssertionError("the JVM refuses " + name + " of " + what + ": " + ex, ex);
            }
        }
    }
}
