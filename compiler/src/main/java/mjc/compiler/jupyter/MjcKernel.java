package mjc.compiler.jupyter;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mjc.compiler.dynamic.RuntimeCompiler;
import mjc.compiler.repl.InputCompleteness;
import mjc.runtime.call.Interrupts;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.runtime.task.Executor;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

/**
 * The Jupyter kernel, on jjava's kernel base (it speaks the wire protocol). Cells run like REPL
 * inputs in one session: variables persist, output and displayed results go to the cell's
 * stdout, errors print as the CLI prints them and mark the cell failed, await works at the cell's
 * top level, and an interrupt request stops a running loop.
 */
public final class MjcKernel extends BaseKernel {
    /** Function and class files of the current folder are callable at the prompt (MATLAB's path starts there). */
    private final RuntimeCompiler compiler = new RuntimeCompiler().usePath(new mjc.compiler.dynamic.PathFunctions(
        () -> java.util.List.of(java.nio.file.Path.of(System.getProperty("user.dir")).toAbsolutePath())));
    private final Workspace workspace = new Workspace();
    private final Session session = new Session(System.out, System.err);

    private MjcKernel(Builder b) {
        super(b.buildName(), b.buildVersion(), new LanguageInfo.Builder("matlab").version("mjc")
                .mimetype("text/x-matlab").fileExtension(".m").pygments("matlab").codemirror("octave").build(),
            List.of(), b.buildHistoryManager(), b.buildJupyterIO(StandardCharsets.UTF_8), b.buildCommManager(),
            b.buildRenderer(), new MagicParser("\u0000%", "\u0000%%", b.buildMagicTranspiler()), b.buildMagicsRegistry(),
            false, b.buildErrorStyler());
        session.setExecutor(Executor.real());
        Interrupts.onRequest(session.executor()::wakeUp);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs a cell; its output (displayed results included) goes to the cell's stdout. */
    @Override
    public Object evalRaw(String code) {
        Session previous = Session.install(session);
        PrintStream out = System.out; // the kernel base points System.out at the cell's stream
        session.pushOutput(out);
        Interrupts.clear();
        try {
            compiler.runReplInput(code, workspace);
            return null;
        } finally {
            out.flush();
            session.popOutput();
            Interrupts.clear();
            Session.install(previous);
        }
    }

    /** Errors as the CLI prints them: error: MESSAGE, then the MATLAB frames. */
    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof MatlabError m) {
            java.util.ArrayList<String> lines = new java.util.ArrayList<>();
            lines.add("error: " + m.exception().message());
            for (var f : m.exception().stack()) {
                lines.add("    at " + f.name() + " (" + f.file() + ":" + f.line() + ")");
            }
            return lines;
        }
        return super.formatError(e);
    }

    @Override
    public void interrupt() {
        Interrupts.request();
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return null;
    }

    @Override
    public String isComplete(String code) {
        return InputCompleteness.isComplete(code) ? IS_COMPLETE_YES : "  ";
    }

    @Override
    public String getBanner() {
        return "mjc: MATLAB compiled for the JVM, with async/await";
    }

    /** Builds the kernel with jjava's defaults for I/O, history and rendering. */
    public static final class Builder extends BaseKernelBuilder<Builder, MjcKernel> {
        private Builder() {
            name("mjc");
            version("0.1.0");
        }

        @Override
        public MjcKernel build() {
            return new MjcKernel(this);
        }

        @Override
        protected String buildName() {
            return super.buildName();
        }

        @Override
        protected String buildVersion() {
            return super.buildVersion();
        }

        @Override
        protected org.dflib.jjava.jupyter.kernel.history.HistoryManager buildHistoryManager() {
            return super.buildHistoryManager();
        }

        @Override
        protected org.dflib.jjava.jupyter.kernel.JupyterIO buildJupyterIO(java.nio.charset.Charset cs) {
            return super.buildJupyterIO(cs);
        }

        @Override
        protected org.dflib.jjava.jupyter.kernel.comm.CommManager buildCommManager() {
            return super.buildCommManager();
        }

        @Override
        protected org.dflib.jjava.jupyter.kernel.display.Renderer buildRenderer() {
            return super.buildRenderer();
        }

        @Override
        protected org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler buildMagicTranspiler() {
            return super.buildMagicTranspiler();
        }

        @Override
        protected org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry buildMagicsRegistry() {
            return super.buildMagicsRegistry();
        }

        @Override
        protected org.dflib.jjava.jupyter.kernel.util.StringStyler buildErrorStyler() {
            return super.buildErrorStyler();
        }
    }
}
