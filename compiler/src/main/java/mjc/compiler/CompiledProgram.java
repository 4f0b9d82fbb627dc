package mjc.compiler;

import java.util.List;
import java.util.Map;
import mjc.compiler.frontend.Diagnostic;

/** The output of compiling: generated classes by internal name, and what to run. */
public record CompiledProgram(Map<String, byte[]> classes, String entryClass, boolean entryIsScript,
                              String entryName, boolean needsCompiler, List<Diagnostic> warnings) {
}
