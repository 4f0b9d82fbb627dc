package mjc.stdlib.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mjc.runtime.error.Errors;
import mjc.runtime.session.ProgramExit;
import mjc.runtime.session.Session;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** The program and its process: input, exit/quit, system, setenv, the platform, today's date. */
public final class SystemFunctions {
    private static BufferedReader stdin;

    private SystemFunctions() {
    }

    private static synchronized String readLine() {
        if (stdin == null) {
            stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            return stdin.readLine();
        } catch (IOException e) {
            throw Errors.of("MATLAB:input:readError", "Cannot read standard input: " + e.getMessage());
        }
    }

    /**
     * input(prompt): prints the prompt, reads a line from standard input and evaluates it (an
     * empty line is []); input(prompt, 's') returns the line as text.
     */
    @Builtin("input")
    public static Value[] input(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        String prompt = Args.text(args[0], "input");
        boolean text = args.length == 2 && Args.text(args[1], "input").equals("s");
        if (args.length == 2 && !text) {
            throw Errors.of("MATLAB:input:badOption", "The second argument to INPUT must be 's'.");
        }
        Session.current().out().print(prompt);
        Session.current().out().flush();
        String line = readLine();
        if (line == null) {
            throw Errors.of("MATLAB:input:endOfInput", "Reached the end of standard input while waiting for input.");
        }
        if (text) {
            return new Value[] {CharArray.of(line)};
        }
        if (line.isBlank()) {
            return new Value[] {DoubleArray.empty()};
        }
        Value[] r = DynamicCode.provider().eval(line, new mjc.runtime.call.Workspace(), 1);
        return new Value[] {r.length == 0 || r[0] == null ? DoubleArray.empty() : r[0]};
    }

    /** exit / exit(status) / exit('force'): ends the program with that status (0 by default). */
    @Builtin({"exit", "quit"})
    public static Value[] exit(Value[] args, int nargout) {
        int status = 0;
        for (Value a : args) {
            if (a instanceof ArrayValue n && !(a instanceof CharArray)) {
                double s = Args.scalar(n, "exit");
                if (s != Math.floor(s)) {
                    throw Errors.of("MATLAB:quit:invalidExitCode", "Exit status must be an integer.");
                }
                status = (int) s;
            } else {
                String opt = Args.text(a, "exit");
                if (!opt.equals("force") && !opt.equals("cancel")) {
                    throw Errors.of("MATLAB:quit:invalidOption", "Invalid option '" + opt + "': use 'force'.");
                }
            }
        }
        throw new ProgramExit(status);
    }

    /** [status, out] = system(cmd): runs the command in the platform's shell. Without out, its output is printed. */
    @Builtin({"system", "unix"})
    public static Value[] system(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        String cmd = Args.text(args[0], "system");
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        ProcessBuilder pb = windows ? new ProcessBuilder("cmd.exe", "/c", cmd) : new ProcessBuilder("/bin/sh", "-c", cmd);
        pb.redirectErrorStream(true);
        Environment.applyTo(pb.environment());
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            if (nargout < 2) {
                Session.current().out().print(out);
                return new Value[] {DoubleArray.scalar(status)};
            }
            return new Value[] {DoubleArray.scalar(status), CharArray.of(out)};
        } catch (IOException e) {
            throw Errors.of("MATLAB:system:cannotRun", "Cannot run the command: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.of("MATLAB:system:interrupted", "The command was interrupted.");
        }
    }

    /** setenv(name, value): for this program and the commands it runs with system (getenv sees it). */
    @Builtin("setenv")
    public static Value[] setenv(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        String name = Args.text(args[0], "setenv");
        Environment.set(name, args.length == 2 ? Args.text(args[1], "setenv") : "");
        return new Value[0];
    }

    @Builtin("ispc")
    public static Value ispc() {
        return LogicalArray.of(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win"));
    }

    @Builtin("isunix")
    public static Value isunix() {
        return LogicalArray.of(!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win"));
    }

    @Builtin("ismac")
    public static Value ismac() {
        return LogicalArray.of(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac"));
    }

    /** computer: MATLAB's platform code (GLNXA64, MACA64, MACI64, PCWIN64). */
    @Builtin("computer")
    public static Value computer() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (os.contains("win")) {
            return CharArray.of("PCWIN64");
        }
        if (os.contains("mac")) {
            return CharArray.of(arch.contains("aarch64") ? "MACA64" : "MACI64");
        }
        return CharArray.of("GLNXA64");
    }

    /** version: mjc's version with the JVM's. */
    @Builtin("version")
    public static Value version() {
        return CharArray.of("0.1.0 (mjc on Java " + System.getProperty("java.version") + ")");
    }

    /** date: today as dd-mmm-yyyy. */
    @Builtin("date")
    public static Value date() {
        return CharArray.of(LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH)));
    }

    /** etime(t1, t0): seconds between two clock vectors. */
    @Builtin("etime")
    public static Value etime(Value t1, Value t0) {
        return DoubleArray.scalar(seconds(Args.array(t1, "etime")) - seconds(Args.array(t0, "etime")));
    }

    private static double seconds(ArrayValue c) {
        if (c.numel() != 6) {
            throw Errors.of("MATLAB:etime:InvalidInput", "Inputs must be 6-element clock vectors.");
        }
        java.time.LocalDateTime t = java.time.LocalDateTime.of((int) c.re(0), (int) c.re(1), (int) c.re(2), (int) c.re(3),
            (int) c.re(4), 0);
        return t.toEpochSecond(java.time.ZoneOffset.UTC) + c.re(5);
    }
}
