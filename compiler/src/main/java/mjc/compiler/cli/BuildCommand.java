package mjc.compiler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.packaging.JarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mjc build FILE.m|DIR -o APP.jar}: a self-contained runnable jar. */
@Command(name = "build", description = "Compile a file or a folder of .m files into a runnable jar.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "APP.jar", description = "The jar to write.")
    String output;

    @Option(names = "--main", paramLabel = "NAME", description = "The entry of a folder (a script or function name).")
    String main;

    @Option(names = "--generic", hidden = true, description = "Compile with every specialization off.")
    boolean generic;

    @Option(names = "--path", paramLabel = "DIR", description = "Add a folder of function files (repeatable).")
    List<String> path = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE.m|DIR", description = "What to compile.")
    String input;

    @Override
    public Integer call() {
        Inputs.generic(generic);
        if (Inputs.notSource(input, true)) {
            return 2;
        }
        List<Path> search = Inputs.searchPath(path);
        if (search == null) {
            return 2;
        }
        Compiler compiler = new Compiler(search);
        CompiledProgram program;
        try {
            Path in = Path.of(input);
            program = Files.isDirectory(in) ? compiler.compileFolder(in, input, main) : compiler.compile(in, input);
        } catch (CompileError e) {
            System.err.print(e.render());
            return 2;
        }
        try {
            JarBuilder.write(program, Path.of(output));
            if (program.needsCompiler()) {
                System.err.println("mjc: note: the program evaluates text at run time (eval, evalc or str2func of "
                    + "an anonymous function), so " + output + " includes the compiler");
            }
        } catch (IOException e) {
            System.err.println("mjc: cannot write " + output + ": " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
