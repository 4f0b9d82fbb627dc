package mjc.compiler.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.frontend.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mjc check FILE.m...}: parse and analyse only. */
@Command(name = "check", description = "Parse and analyse files; print diagnostics; exit 0 when clean.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--generic", hidden = true, description = "Compile with every specialization off.")
    boolean generic;

    @Option(names = "--path", paramLabel = "DIR", description = "Add a folder of function files (repeatable).")
    List<String> path = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "FILE.m", description = "Files to check.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
        Inputs.generic(generic);
        int status = 0;
        List<Path> search = Inputs.searchPath(path);
        if (search == null) {
            return 2;
        }
        for (String f : files) {
            if (Inputs.notSource(f, false)) {
                status = 2;
                continue;
            }
            Compiler compiler = new Compiler(search);
            try {
                CompiledProgram p = compiler.compile(Path.of(f), f);
                for (Diagnostic w : p.warnings()) {
                    System.err.print(w.render(compiler.sources().get(w.file())));
                }
            } catch (CompileError e) {
                System.err.print(e.render());
                status = 2;
            }
        }
        return status;
    }
}
