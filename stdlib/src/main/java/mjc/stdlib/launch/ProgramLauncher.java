package mjc.stdlib.launch;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import mjc.runtime.error.MException;
import mjc.runtime.error.Throwables;
import mjc.runtime.session.Session;
import mjc.runtime.task.Async;
import mjc.runtime.task.Executor;
import mjc.runtime.task.Task;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Value;
import mjc.stdlib.display.Display;

/**
 * Runs a compiled program, from a built jar or from memory: installs a session, registers the
 * program's functions, calls the entry on a thread with a large stack, and turns an uncaught
 * MATLAB error into SPEC §6's report (message, then one "at FUNCTION (FILE:LINE)" per frame)
 * with exit status 1. No Java stack trace reaches the user for a MATLAB error.
 */
public final class ProgramLauncher {
    private static final long STACK_BYTES = 1L << 30;

    private ProgramLauncher() {
    }

    /** Describes what to run. */
    public record Entry(String className, boolean script, String name) {
    }

    public static int run(ClassLoader loader, Entry entry, String[] args, PrintStream out, PrintStream err) {
        return run(loader, entry, args, out, err, new RunOptions());
    }

    public static int run(ClassLoader loader, Entry entry, String[] args, PrintStream out, PrintStream err,
                          RunOptions options) {
        Session session = new Session(out, err);
        session.setExecutor(options.virtualTime ? Executor.virtual() : Executor.real());
        jdk.jfr.Recording recording = null;
        if (options.traceFile != null) {
            recording = startTrace(session, options.traceFile, err);
            if (recording == null) {
                return 2;
            }
        }
        int[] status = {0};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = runHere(loader, entry, args, session);
            } catch (ProcessOutput.Closed e) {
                status[0] = ProcessOutput.CLOSED_STATUS; // the reader of stdout went away: stop quietly
            }
        }, "matlab", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        out.flush();
        err.flush();
        if (recording != null) {
            recording.stop(); // writes the .jfr file
            recording.close();
        }
        return status[0];
    }

    /** --trace FILE: task events go to a JFR recording written to FILE when the program ends. */
    private static jdk.jfr.Recording startTrace(Session session, String file, PrintStream err) {
        try {
            jdk.jfr.Recording r = new jdk.jfr.Recording();
            for (String name : mjc.runtime.trace.JfrTaskListener.EVENT_NAMES) {
                r.enable(name).withoutStackTrace(); // the function and line fields say where
            }
            r.setDestination(java.nio.file.Path.of(file));
            r.setToDisk(true);
            r.start();
            long threshold = Long.getLong("mjc.trace.longPollMs", 10) * 1_000_000L;
            session.executor().setListener(new mjc.runtime.trace.JfrTaskListener(threshold));
            return r;
        } catch (java.io.IOException | RuntimeException e) {
            err.println("mjc: cannot record a trace to " + file + ": " + e.getMessage());
            return null;
        }
    }

    private static int runHere(ClassLoader loader, Entry entry, String[] args, Session session) {
        Session.install(session);
        try {
            Class<?> program = Class.forName("mjcprog.$Program", true, loader);
            program.getMethod("init").invoke(null);
            Class<?> cls = Class.forName(entry.className().replace('/', '.'), true, loader);
            Method call = cls.getMethod("call", Value[].class, int.class);
            Value[] argv = new Value[entry.script() ? 0 : args.length];
            for (int i = 0; i < argv.length; i++) {
                argv[i] = CharArray.of(args[i]);
            }
            Value[] result;
            try {
                result = (Value[]) call.invoke(null, argv, 0);
                if (!entry.script() && result.length > 0 && result[0] instanceof Task t) {
                    // an async function as the entry: it is awaited
                    session.executor().runUntilSettled(t);
                    result = Async.outputs(t);
                }
            } finally {
                try {
                    session.executor().finishProgram(session);
                } finally {
                    session.end(); // open files are closed (and written ones replace their targets)
                }
            }
            if (!entry.script() && result.length > 0 && result[0] != null) {
                Display.show("ans", result[0]);
            }
            session.out().flush();
            return 0;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof mjc.runtime.session.ProgramExit x) {
                return x.status(); // exit(status): the session was finished above
            }
            return report(e.getCause(), session);
        } catch (ReflectiveOperationException e) {
            session.err().println("error: cannot start the program: " + e);
            return 1;
        } catch (mjc.runtime.session.ProgramExit x) {
            return x.status();
        } catch (RuntimeException | Error e) {
            return report(e, session);
        } finally {
            session.out().flush();
            session.err().flush();
        }
    }

    /** Frames printed at each end of a long stack (a runaway recursion); the rest are counted. */
    private static final int STACK_ENDS = 10;

    /** Prints an uncaught error as SPEC §6 says; returns exit status 1. */
    public static int report(Throwable t, Session session) {
        if (t instanceof ProcessOutput.Closed closed) {
            throw closed;
        }
        session.out().flush(); // what the program printed comes before its error
        PrintStream err = session.err();
        if (t instanceof ExceptionInInitializerError e && e.getCause() != null) {
            t = e.getCause();
        }
        MException ex = Throwables.toMException(t);
        if (ex == null) {
            // a failure of the JVM itself (a class that does not link, ...): a bug in mjc
            ex = new MException("mjc:internalError", "Internal error: " + t);
            ex.setStack(mjc.runtime.error.FrameRegistry.matlabFrames(t.getStackTrace()));
        }
        err.println("error: " + (ex.identifier().equals("mjc:internalError")
            ? "internal error: " + ex.message().substring("Internal error: ".length()) : ex.message()));
        List<MException.StackFrame> frames = ex.stack();
        int n = frames.size();
        for (int i = 0; i < n; i++) {
            if (n > 3 * STACK_ENDS && i == STACK_ENDS) {
                err.println("    ... " + (n - 2 * STACK_ENDS) + " more");
                i = n - STACK_ENDS - 1;
                continue;
            }
            MException.StackFrame f = frames.get(i);
            err.println("    at " + f.name() + " (" + f.file() + ":" + f.line() + ")");
        }
        err.flush();
        return 1;
    }
}
