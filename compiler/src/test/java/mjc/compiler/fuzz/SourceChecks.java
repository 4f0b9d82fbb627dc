package mjc.compiler.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.Compiler;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.frontend.Diagnostic;

/**
 * What every input to {@code mjc check} must get, however broken: either a compiled program or
 * diagnostics that each name the file, a line and a column inside it - never a Java exception.
 */
final class SourceChecks {
    private SourceChecks() {
    }

    /** Compiles bytes as NAME.m in dir; fails with the input's description on any other outcome. */
    static void checkNeverThrows(Path dir, byte[] source, String what) {
        Path file = dir.resolve("fuzz.m");
        try {
            Files.write(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int lines = 1;
        for (int i = 0; i < source.length; i++) {
            // a line ends at \n, \r\n or a lone \r
            if (source[i] == '\n' || source[i] == '\r' && (i + 1 == source.length || source[i + 1] != '\n')) {
                lines++;
            }
        }
        try {
            mjc.compiler.CompiledProgram p = new Compiler(List.of()).compile(file, "fuzz.m");
            // whatever compiles must be valid bytecode too
            mjc.compiler.differential.BothWays.verifyClasses(p.classes(), what);
        } catch (CompileError e) {
            if (e.diagnostics().isEmpty()) {
                throw new AssertionError("a compile error without diagnostics for " + what);
            }
            for (Diagnostic d : e.diagnostics()) {
                if (!d.file().equals("fuzz.m") || d.line() < 1 || d.line() > lines || d.col() < 1) {
                    throw new AssertionError("diagnostic not located in the file (" + d + ") for " + what);
                }
            }
            e.render(); // rendering must not fail either
        } catch (AssertionError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("Java exception escaped the compiler for " + what + ": " + e, e);
        }
    }
}
