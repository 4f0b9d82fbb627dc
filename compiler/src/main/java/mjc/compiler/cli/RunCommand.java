package mjc.compiler.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.ProgramClassLoader;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.frontend.Diagnostic;
import mjc.stdlib.launch.ProgramLauncher;
import mjc.stdlib.launch.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mjc run FILE.m [ARGS...]}: compile in memory and run. */
@Command(name = "run", description = "Compile a script or function file in memory and run it.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--virtual-time", description = "Run on the deterministic executor with a virtual clock.")
    boolean virtualTime;

    @Option(names = "--trace", paramLabel = "FILE.jfr", description = "Record task events to a JFR file.")
    String trace;

    @Option(names = "--generic", hidden = true, description = "Compile with every specialization off.")
    boolean generic;

    @Option(names = "--path", paramLabel = "DIR", description = "Add a folder of function files (repeatable).")
    List<String> path = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE.m", description = "The script or function file to run.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments passed to the program unchanged.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Inputs.generic(generic);
        if (Inputs.notSource(file, false)) {
            return 2;
        }
        List<Path> search = Inputs.searchPath(path);
        if (search == null) {
            return 2;
        }
        CompiledProgram program;
        Compiler compiler = new Compiler(search);
        try {
            program = compiler.compile(Path.of(file), file);
        } catch (CompileError e) {
            System.err.print(e.render());
            return 2;
        }
        for (Diagnostic w : program.warnings()) {
            System.err.print(w.render(compiler.sources().get(w.file())));
        }
        PrintStream out = mjc.stdlib.launch.ProcessOutput.stdout();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        ProgramClassLoader loader = new ProgramClassLoader(program.classes(), RunCommand.class.getClassLoader());
        ProgramLauncher.Entry entry = new ProgramLauncher.Entry(program.entryClass(), program.entryIsScript(),
            program.entryName());
        RunOptions options = new RunOptions();
        options.virtualTime = virtualTime;
        options.traceFile = trace;
        return ProgramLauncher.run(loader, entry, args.toArray(new String[0]), out, err, options);
    }
}
