package mjc.compiler.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mjc}: the command line. Exit status: 0 success, 1 an uncaught MATLAB error at run
 * time, 2 compile errors, bad usage or a missing input file.
 */
@Command(name = "mjc", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Compile MATLAB .m files to JVM bytecode and run them.",
    subcommands = {RunCommand.class, BuildCommand.class, CheckCommand.class, ReplCommand.class, DemoServerCommand.class, JupyterCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    static final String VERSION = "mjc 0.1.0";

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Version text for --version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {VERSION};
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(System.err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("mjc: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'mjc help' for usage.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("mjc: internal error: " + ex);
            return 2;
        });
        return cl.execute(args);
    }
}
