package mjc.compiler.embed.script;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import mjc.compiler.dynamic.RuntimeCompiler;
import mjc.compiler.embed.JavaValues;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.runtime.task.Executor;
import mjc.runtime.value.Value;

/**
 * MATLAB through {@code javax.script}. The engine-scope bindings are the workspace: each entry
 * becomes a MATLAB variable before the script runs (Java values converted by
 * {@link JavaValues}) and every variable comes back afterwards. {@code eval} returns the value
 * of {@code ans} when the script set it. Output goes to the context's writers; {@code await}
 * works at the script's top level (the engine's executor runs until the awaited task settles).
 */
public final class MatlabScriptEngine extends AbstractScriptEngine {
    private final ScriptEngineFactory factory;
    private final RuntimeCompiler compiler = new RuntimeCompiler();
    private final Executor executor = Executor.real();

    MatlabScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Bindings bindings = context.getBindings(ScriptContext.ENGINE_SCOPE);
        Workspace ws = new Workspace();
        for (Map.Entry<String, Object> e : bindings.entrySet()) {
            if (isVariableName(e.getKey())) {
                ws.put(e.getKey(), JavaValues.toValue(e.getValue()).share());
            }
        }
        Value ansBefore = ws.get("ans");
        PrintStream out = stream(context.getWriter());
        PrintStream err = stream(context.getErrorWriter());
        Session session = new Session(out, err);
        session.setExecutor(executor);
        Session previous = Session.install(session);
        try {
            compiler.runReplInput(script, ws);
        } catch (MatlabError e) {
            throw new ScriptException(e.exception().identifier() + ": " + e.exception().message());
        } finally {
            out.flush();
            err.flush();
            Session.install(previous);
            for (Map.Entry<String, Value> e : ws.asMap().entrySet()) {
                bindings.put(e.getKey(), JavaValues.toJava(e.getValue()));
            }
        }
        Value ans = ws.get("ans");
        return ans != null && ans != ansBefore ? JavaValues.toJava(ans) : null;
    }

    private static boolean isVariableName(String s) {
        return s.matches("[A-Za-z][A-Za-z0-9_]{0,62}");
    }

    private static PrintStream stream(Writer w) {
        if (w == null) {
            return new PrintStream(OutputStream.nullOutputStream());
        }
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                w.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                w.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() throws IOException {
                w.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        try {
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(sb.toString(), context);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }
}
