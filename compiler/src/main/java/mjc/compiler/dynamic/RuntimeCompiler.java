package mjc.compiler.dynamic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import mjc.compiler.ProgramClassLoader;
import mjc.compiler.backend.ProgramEmitter;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.frontend.Frontend;
import mjc.compiler.hir.FunctionRef;
import mjc.compiler.hir.HFunction;
import mjc.compiler.hir.Lowering;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MatlabError;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.Value;
import mjc.stdlib.BuiltinRegistry;
import mjc.stdlib.lang.DynamicCode;

/**
 * The compiler behind eval, evalc and str2func of an anonymous function: the text is compiled
 * like a script whose variables are those of the caller's workspace, loaded as a class of its
 * own, and run. Compiled code is cached by its text and the names bound when it was compiled,
 * so an eval in a loop compiles once.
 */
public final class RuntimeCompiler implements DynamicCode.Provider {
    private static final int CACHE_SIZE = 256;
    private static final String OUT = "mjc_eval_out";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Map<String, MethodHandle> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MethodHandle> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** For the REPL and notebooks: function and class files on the path (null: late binding only). */
    private PathFunctions path;
    /** import pkg.* typed at the prompt lasts for the session, as in MATLAB's base workspace. */
    private final List<String> replImports = new java.util.concurrent.CopyOnWriteArrayList<>();

    public RuntimeCompiler usePath(PathFunctions functions) {
        this.path = functions;
        return this;
    }

    @Override
    public Value[] eval(String code, Workspace ws, int nargout) {
        if (nargout <= 0) {
            run(code, ws);
            return new Value[0];
        }
        // an expression with outputs: [o1, ..., on] = code
        StringBuilder src = new StringBuilder("[");
        for (int i = 1; i <= nargout; i++) {
            src.append(i > 1 ? ", " : "").append(OUT).append(i);
        }
        src.append("] = ").append(stripTerminator(code)).append(';');
        run(src.toString(), ws);
        Value[] out = new Value[nargout];
        for (int i = 0; i < nargout; i++) {
            out[i] = ws.get(OUT + (i + 1));
            ws.put(OUT + (i + 1), null);
        }
        return out;
    }

    @Override
    public FunctionHandle lambda(String text) {
        Workspace ws = new Workspace();
        run(OUT + "1 = " + stripTerminator(text) + ";", ws);
        if (ws.get(OUT + "1") instanceof FunctionHandle h) {
            return h;
        }
        throw Errors.of("MATLAB:str2func:invalidFunctionName",
            "Invalid function name '" + text + "'.");
    }

    private static String stripTerminator(String code) {
        String s = code.strip();
        while (s.endsWith(";") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * One input of the REPL: like eval, but await at its top level waits in place (driving the
     * executor, so spawned tasks run) and loops check for Ctrl-C.
     */
    public void runReplInput(String code, Workspace ws) {
        invoke(compiled(code, ws, true), ws);
    }

    private void run(String code, Workspace ws) {
        invoke(compiled(code, ws, false), ws);
    }

    private static void invoke(MethodHandle run, Workspace ws) {
        try {
            run.invokeExact(ws);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private MethodHandle compiled(String code, Workspace ws, boolean repl) {
        TreeSet<String> bound = new TreeSet<>(ws.asMap().keySet());
        if (repl && path != null) {
            return compile(code, bound, true); // not cached: files on the path may have changed since
        }
        String key = (repl ? "repl:" : "") + String.join(",", bound) + "\n" + code;
        synchronized (cache) {
            MethodHandle h = cache.get(key);
            if (h != null) {
                return h;
            }
        }
        MethodHandle h = compile(code, bound, repl);
        synchronized (cache) {
            cache.put(key, h);
        }
        return h;
    }

    private MethodHandle compile(String code, TreeSet<String> bound, boolean repl) {
        String file = repl ? "input" : "eval";
        Frontend.Result parsed = Frontend.parse(file, file, code);
        if (!parsed.ok()) {
            throw syntaxError(code, parsed.diagnostics());
        }
        if (!parsed.file().isScript || !parsed.file().functions.isEmpty()) {
            throw Errors.of("MATLAB:m_function_definition",
                "Function definitions are not supported in evaluated text.");
        }
        String className = "mjcdyn/Eval" + COUNTER.incrementAndGet();
        HFunction fn = new HFunction(HFunction.Kind.SCRIPT, file, file, file);
        fn.className = className;
        fn.line = 1;
        List<Diagnostic> diagnostics = new ArrayList<>();
        PathFunctions onPath = repl ? path : null;
        Lowering lowering = new Lowering(file, file, name -> resolve(onPath, name), diagnostics);
        if (repl) {
            lowering.earlierImports(replImports);
            lowering.lowerReplInput(fn, parsed.file().script, bound);
        } else {
            lowering.lowerSnippet(fn, parsed.file().script, bound);
        }
        ProgramEmitter emitter = new ProgramEmitter(diagnostics).lateBinding();
        if (repl) {
            emitter.interruptible();
        }
        if (diagnostics.stream().noneMatch(d -> !d.warning())) {
            emitter.emitSnippet(fn);
        }
        if (diagnostics.stream().anyMatch(d -> !d.warning())) {
            throw syntaxError(code, diagnostics);
        }
        if (repl) {
            for (String imp : Lowering.importsOf(parsed.file().script)) {
                if (!replImports.contains(imp)) {
                    replImports.add(imp);
                }
            }
        }
        ProgramClassLoader loader = new ProgramClassLoader(emitter.classes(),
            onPath != null ? onPath.loader() : RuntimeCompiler.class.getClassLoader());
        try {
            Class<?> c = loader.loadClass(className.replace('/', '.'));
            return MethodHandles.publicLookup().findStatic(c, "run",
                MethodType.methodType(Value[].class, Workspace.class)).asType(
                MethodType.methodType(void.class, Workspace.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load code compiled for eval", e);
        }
    }

    /**
     * A file on the REPL's path (ahead of builtins, as MATLAB's path puts the current folder
     * first), else a builtin; every other name is looked up in the program when called.
     */
    private static FunctionRef resolve(PathFunctions onPath, String name) {
        if (onPath != null && !name.startsWith("mjc_")) {
            FunctionRef r = onPath.resolve(name);
            if (r != null) {
                return r;
            }
        }
        return BuiltinRegistry.exists(name) ? FunctionRef.builtin(name, null) : FunctionRef.unresolved(name);
    }

    private static MatlabError syntaxError(String code, List<Diagnostic> diagnostics) {
        Diagnostic d = diagnostics.stream().filter(x -> !x.warning()).findFirst().orElseThrow();
        String[] lines = code.split("\n", -1);
        String line = d.line() >= 1 && d.line() <= lines.length ? lines[d.line() - 1] : code;
        String caret = " ".repeat(Math.max(0, d.col() - 1)) + "^";
        return Errors.of("MATLAB:m_invalid_syntax",
            "parse error:\n\n  " + d.message() + "\n\n>>> " + line + "\n    " + caret);
    }
}
