package mjc.compiler.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in process with System.out/err captured (for commands that print before running a program). */
record CliRun(String stdout, String stderr, int exit) {
    static synchronized CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new CliRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
