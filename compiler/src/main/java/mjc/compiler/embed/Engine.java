package mjc.compiler.embed;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.ProgramClassLoader;
import mjc.compiler.frontend.CompileError;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.runtime.task.Executor;
import mjc.runtime.task.Task;
import mjc.runtime.value.Value;

/**
 * The embedding API: compile MATLAB source and run it from Java. {@link #execute} returns an
 * {@link Execution}, a future over the program's main task with a CompletableFuture bridge.
 * Code that never awaits completes inside execute (on its first poll). On a virtual clock the
 * host drives the executor ({@code executor().runUntilIdle()}); on the real clock a driver
 * thread runs the event loop until the program settles.
 */
public final class Engine {
    private final Session session;
    private final Executor executor;
    private int counter;

    public Engine(PrintStream out, PrintStream err, boolean virtualTime) {
        this.session = new Session(out, err);
        this.executor = virtualTime ? Executor.virtual() : Executor.real();
        session.setExecutor(executor);
    }

    /** An engine on the real clock printing to System.out and System.err. */
    public static Engine create() {
        return new Engine(System.out, System.err, false);
    }

    public Session session() {
        return session;
    }

    public Executor executor() {
        return executor;
    }

    /** Compiles source as a script and starts it; compile errors are thrown as CompileError. */
    public Execution execute(String source) {
        Path dir;
        try {
            dir = Files.createTempDirectory("mjc-embed");
            String name = "snippet" + (++counter);
            Path file = dir.resolve(name + ".m");
            Files.writeString(file, source);
            CompiledProgram p = new Compiler(List.of()).compile(file, name + ".m");
            return start(p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot stage the source: " + e.getMessage(), e);
        }
    }

    private Execution start(CompiledProgram p) {
        Session prev = Session.install(session);
        try {
            ProgramClassLoader loader = new ProgramClassLoader(p.classes(), Engine.class.getClassLoader());
            Class.forName("mjcprog.$Program", true, loader).getMethod("init").invoke(null);
            Class<?> cls = Class.forName(p.entryClass().replace('/', '.'), true, loader);
            Method task = findTask(cls);
            if (task == null) {
                // code that never awaits: runs to the end now
                try {
                    cls.getMethod("call", Value[].class, int.class).invoke(null, new Value[0], 0);
                    return Execution.done(new Value[0]);
                } catch (InvocationTargetException e) {
                    return Execution.failed(e.getCause());
                }
            }
            Task t = (Task) task.invoke(null);
            executor.runCurrentTask(t);
            Execution ex = new Execution(t);
            if (!t.isSettled() && !executor.clock().isVirtual()) {
                Thread driver = new Thread(null, () -> {
                    Session.install(session);
                    executor.runUntilSettled(t);
                }, "mjc-executor", 1L << 28);
                driver.setDaemon(true);
                driver.start();
            }
            return ex;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            Session.install(prev);
        }
    }

    private final java.util.Map<Path, Method> functions = new java.util.HashMap<>();

    /**
     * Calls the function of a .m function file (found with the function files beside it) with
     * Java values converted to MATLAB ones ({@link JavaValues}); returns its first output as a
     * Java value (null when it returns nothing).
     */
    public Object call(Path file, Object... args) {
        Object[] r = callOutputs(file, 1, args);
        return r.length == 0 ? null : r[0];
    }

    /** Like {@link #call(Path, Object...)} with nargout outputs, each converted to a Java value. */
    public Object[] callOutputs(Path file, int nargout, Object... args) {
        Session prev = Session.install(session);
        try {
            Method m = functions.get(file.toAbsolutePath().normalize());
            if (m == null) {
                CompiledProgram p = new Compiler(List.of()).compile(file, file.toString());
                if (p.entryIsScript()) {
                    throw new IllegalArgumentException(file + " is a script, not a function file");
                }
                ProgramClassLoader loader = new ProgramClassLoader(p.classes(), Engine.class.getClassLoader());
                Class.forName("mjcprog.$Program", true, loader).getMethod("init").invoke(null);
                Class<?> cls = Class.forName(p.entryClass().replace('/', '.'), true, loader);
                m = cls.getMethod("call", Value[].class, int.class);
                functions.put(file.toAbsolutePath().normalize(), m);
            }
            Value[] in = new Value[args.length];
            for (int i = 0; i < in.length; i++) {
                in[i] = JavaValues.toValue(args[i]);
            }
            Value[] out;
            try {
                out = (Value[]) m.invoke(null, in, nargout);
            } catch (InvocationTargetException e) {
                throw rethrow(e.getCause());
            }
            Object[] r = new Object[Math.min(nargout, out.length)];
            for (int i = 0; i < r.length; i++) {
                r[i] = JavaValues.toJava(out[i]);
            }
            return r;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            Session.install(prev);
        }
    }

    private static Method findTask(Class<?> cls) {
        try {
            return cls.getMethod("task");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    static RuntimeException rethrow(Throwable t) {
        if (t instanceof MatlabError m) {
            return m;
        }
        if (t instanceof CompileError c) {
            return c;
        }
        return new IllegalStateException(t);
    }
}
