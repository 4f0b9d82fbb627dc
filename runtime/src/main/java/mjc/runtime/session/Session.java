package mjc.runtime.session;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import mjc.runtime.value.Value;

/**
 * The state a running MATLAB program shares across functions: its output streams, the display
 * format ({@code format long}), global variables, and per-library state that stdlib keeps here
 * (random streams, timers) so that two embedded programs never see each other's state.
 *
 * <p>The current session is per thread; the executor installs it on every thread that runs
 * MATLAB code.
 */
public final class Session {
    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<>();
    private static volatile Session fallback;
    /** The last installation, so the common case (one thread runs MATLAB code) skips the ThreadLocal. */
    private static volatile Binding last;

    private record Binding(Thread thread, Session session) {
    }

    private PrintStream out;
    private final java.util.ArrayDeque<PrintStream> savedOut = new java.util.ArrayDeque<>();
    private final PrintStream err;
    private boolean longFormat;
    private final Map<String, Value> globals = new HashMap<>();
    private final Map<Class<?>, Object> libraryState = new HashMap<>();
    private mjc.runtime.task.Executor executor;

    public Session(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static Session current() {
        Binding b = last;
        if (b != null && b.thread == Thread.currentThread()) {
            return b.session;
        }
        Session s = CURRENT.get();
        if (s != null) {
            return s;
        }
        Session f = fallback;
        if (f == null) {
            synchronized (Session.class) {
                if (fallback == null) {
                    fallback = new Session(System.out, System.err);
                }
                f = fallback;
            }
        }
        return f;
    }

    /** Installs s as the current session of this thread; returns the previous one (may be null). */
    public static Session install(Session s) {
        Session prev = CURRENT.get();
        if (s == null) {
            CURRENT.remove();
            last = null;
        } else {
            CURRENT.set(s);
            last = new Binding(Thread.currentThread(), s);
        }
        return prev;
    }

    public PrintStream out() {
        return out;
    }

    /** Sends program output to p until popOutput (evalc). */
    public void pushOutput(PrintStream p) {
        savedOut.push(out);
        out = p;
    }

    public void popOutput() {
        out.flush();
        out = savedOut.pop();
    }

    /** The error stream; program output is flushed first so the two interleave in order. */
    public PrintStream err() {
        out.flush();
        return err;
    }

    public boolean longFormat() {
        return longFormat;
    }

    public void setLongFormat(boolean longFormat) {
        this.longFormat = longFormat;
    }

    public mjc.runtime.task.Executor executor() {
        return executor;
    }

    public void setExecutor(mjc.runtime.task.Executor e) {
        executor = e;
        if (e != null) {
            e.attach(this);
        }
    }

    public Value global(String name) {
        return globals.get(name);
    }

    public void setGlobal(String name, Value v) {
        globals.put(name, v);
    }

    public boolean hasGlobal(String name) {
        return globals.containsKey(name);
    }

    @SuppressWarnings("unchecked")
    private final java.util.List<Runnable> atEnd = new java.util.ArrayList<>();

    /** Runs r when the program ends (after its last statement or its uncaught error): open files are closed. */
    public void atEnd(Runnable r) {
        atEnd.add(r);
    }

    /** Ends the program's session: the atEnd actions run once each, in order. */
    public void end() {
        java.util.List<Runnable> actions = new java.util.ArrayList<>(atEnd);
        atEnd.clear();
        for (Runnable r : actions) {
            r.run();
        }
    }

    public <T> T state(Class<T> key, Supplier<T> init) {
        return (T) libraryState.computeIfAbsent(key, k -> init.get());
    }

    /** MATLAB's warning(...) output: "Warning: MESSAGE" on stderr. */
    public void warn(String message) {
        err().println("Warning: " + message);
        err.flush();
    }
}
