package mjc.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.ProgramClassLoader;
import mjc.runtime.session.Session;
import mjc.runtime.value.Value;

/** A .m function from the benchmark resources, compiled by mjc and loaded for calling from Java. */
final class CompiledFunction {
    private final MethodHandle call;

    /** The function file {@code name}.m, with the class files it uses ({@code classes}) beside it. */
    CompiledFunction(String name, String... classes) {
        try {
            Path dir = Files.createTempDirectory("mjc-bench");
            Path file = dir.resolve(name + ".m");
            copy(name, file);
            for (String c : classes) {
                copy(c, dir.resolve(c + ".m"));
            }
            CompiledProgram p = new Compiler(List.of()).compile(file, name + ".m");
            ProgramClassLoader loader = new ProgramClassLoader(p.classes(), CompiledFunction.class.getClassLoader());
            Session.install(new Session(System.out, System.err));
            Class.forName("mjcprog.$Program", true, loader).getMethod("init").invoke(null);
            Class<?> cls = Class.forName(p.entryClass().replace('/', '.'), true, loader);
            call = MethodHandles.publicLookup().findStatic(cls, "call",
                MethodType.methodType(Value[].class, Value[].class, int.class));
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = CompiledFunction.class.getResourceAsStream("/bench/" + resource + ".m")) {
            Files.write(to, in.readAllBytes());
        }
    }

    Value call1(Value... args) throws Throwable {
        return ((Value[]) call.invokeExact(args, 1))[0];
    }

    /** Calls an async function and runs its task to the end on the session's executor. */
    Value runAsync(mjc.runtime.session.Session session, Value... args) throws Throwable {
        mjc.runtime.task.Task t = (mjc.runtime.task.Task) call1(args);
        session.executor().runUntilSettled(t);
        return mjc.runtime.task.Async.valueOrNull(t);
    }
}
