package mjc.compiler.backend;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.TraceClassVisitor;

/** Debugging aid: prints the bytecode generated for a .m file. */
public final class DumpClasses {
    public static void main(String[] args) {
        CompiledProgram p = new Compiler(List.of()).compile(Path.of(args[0]), args[0]);
        for (var e : p.classes().entrySet()) {
            if (args.length > 1 && !e.getKey().contains(args[1])) {
                continue;
            }
            new ClassReader(e.getValue()).accept(new TraceClassVisitor(new PrintWriter(System.out)), 0);
        }
    }
}
