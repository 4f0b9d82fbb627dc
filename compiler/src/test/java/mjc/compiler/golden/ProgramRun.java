package mjc.compiler.golden;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.ProgramClassLoader;
import mjc.compiler.frontend.CompileError;
import mjc.stdlib.launch.ProgramLauncher;
import mjc.stdlib.launch.RunOptions;

/**
 * Runs a program through the same code path as {@code ./mjc run} (compile in memory, launch
 * with a fresh session), capturing stdout, stderr and the exit status.
 */
public record ProgramRun(String stdout, String stderr, int exit) {

    public static ProgramRun of(Path file, String display, List<Path> searchPath, String... args) {
        return of(file, display, searchPath, new RunOptions(), args);
    }

    public static ProgramRun of(Path file, String display, List<Path> searchPath, RunOptions options, String... args) {
        return of(new Compiler(searchPath), file, display, options, args);
    }

    /** The same through a given compiler (e.g. one with every specialization off). */
    public static ProgramRun of(Compiler compiler, Path file, String display, RunOptions options, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status;
        try {
            CompiledProgram p = compiler.compile(file, display);
            ProgramClassLoader loader = new ProgramClassLoader(p.classes(), ProgramRun.class.getClassLoader());
            status = ProgramLauncher.run(loader, new ProgramLauncher.Entry(p.entryClass(), p.entryIsScript(),
                p.entryName()), args, o, e, options);
        } catch (CompileError ce) {
            e.print(ce.render());
            status = 2;
        }
        o.flush();
        e.flush();
        return new ProgramRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}
