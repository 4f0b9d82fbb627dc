package mjc.compiler.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mjc.compiler.dynamic.RuntimeCompiler;
import mjc.runtime.call.Interrupts;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.runtime.task.Async;
import mjc.runtime.task.Executor;
import mjc.runtime.task.IoCoroutine;
import mjc.runtime.task.Task;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Value;
import mjc.stdlib.launch.ProgramLauncher;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive prompt. Each input (continued over lines until its blocks close) is compiled
 * against one workspace that lives for the session, so variables persist; results display as a
 * script's would. The prompt is read on a thread of its own while the executor keeps running,
 * so spawned tasks go on between inputs; {@code await} at the prompt waits right there. Ctrl-C
 * at the prompt drops the input; during an evaluation it interrupts it (loops typed at the
 * prompt check for it) and returns to the prompt. Errors print as the CLI prints them.
 */
public final class Repl {
    private static final long STACK_BYTES = 1L << 30;

    private final Terminal terminal;
    private final LineReader reader;
    private final PrintStream out;
    private final Session session;
    private final Workspace workspace = new Workspace();
    /** Function and class files of the current folder are callable at the prompt (MATLAB's path starts there). */
    private final RuntimeCompiler compiler = new RuntimeCompiler().usePath(new mjc.compiler.dynamic.PathFunctions(
        () -> java.util.List.of(java.nio.file.Path.of(System.getProperty("user.dir")).toAbsolutePath())));
    private final ExecutorService input = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "repl-input");
        t.setDaemon(true);
        return t;
    });

    public Repl(Terminal terminal, boolean virtualTime, Path history) {
        this.terminal = terminal;
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("mjc");
        if (history != null) {
            b.variable(LineReader.HISTORY_FILE, history);
        }
        this.reader = b.build();
        this.out = new PrintStream(new AbovePrompt(), true, StandardCharsets.UTF_8);
        this.session = new Session(out, out);
        session.setExecutor(virtualTime ? Executor.virtual() : Executor.real());
        terminal.handle(Terminal.Signal.INT, s -> Interrupts.request());
        Interrupts.onRequest(session.executor()::wakeUp);
    }

    /** Runs the prompt until end of input or exit/quit; returns the exit status. */
    public int run() {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = loop(), "matlab", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        input.shutdownNow();
        return status[0];
    }

    private int loop() {
        Session.install(session);
        try {
            while (true) {
                String text = readInput();
                if (text == null) {
                    break;
                }
                String cmd = text.strip();
                if (cmd.equals("exit") || cmd.equals("quit")) {
                    break;
                }
                if (!cmd.isEmpty()) {
                    try {
                        evaluate(text);
                    } catch (mjc.runtime.session.ProgramExit x) {
                        session.executor().finishProgram(session);
                        out.flush();
                        return x.status(); // exit(n) typed or called at the prompt
                    }
                }
            }
            session.executor().finishProgram(session);
            out.flush();
            return 0;
        } catch (MatlabError e) {
            ProgramLauncher.report(e, session); // the terminal itself failed
            return 1;
        } finally {
            try {
                session.end(); // files left open are closed, as MATLAB does when it exits
            } catch (MatlabError e) {
                ProgramLauncher.report(e, session);
            }
            Session.install(null);
        }
    }

    private void evaluate(String text) {
        Interrupts.clear();
        try {
            compiler.runReplInput(text, workspace);
        } catch (MatlabError | StackOverflowError e) {
            ProgramLauncher.report(e, session);
        } catch (RuntimeException e) {
            ProgramLauncher.report(e, session);
        } finally {
            Interrupts.clear();
            out.flush();
        }
    }

    /** One whole input, over as many lines as its blocks need; null at end of input. */
    private String readInput() {
        StringBuilder buf = new StringBuilder();
        String prompt = ">> ";
        while (true) {
            String line = nextLine(prompt);
            if (line == null) {
                return buf.length() == 0 ? null : buf.toString();
            }
            if (line.equals(INTERRUPTED)) {
                buf.setLength(0);
                prompt = ">> ";
                continue;
            }
            buf.append(line).append('\n');
            if (InputCompleteness.isComplete(buf.toString())) {
                return buf.toString();
            }
            prompt = "";
        }
    }

    private static final String INTERRUPTED = "\u0000interrupted";

    /**
     * Reads a line on the input thread while this thread keeps the executor running (spawned
     * tasks, timers and I/O go on while the user types).
     */
    private String nextLine(String prompt) {
        Task t = session.executor().newTask(new IoCoroutine<String>() {
            @Override
            protected CompletableFuture<String> start() {
                return CompletableFuture.supplyAsync(() -> {
                    reading = true;
                    try {
                        return reader.readLine(prompt);
                    } catch (UserInterruptException e) {
                        return INTERRUPTED;
                    } catch (EndOfFileException e) {
                        return null;
                    } finally {
                        reading = false;
                    }
                }, input);
            }

            @Override
            protected Value[] convert(String line) {
                return line == null ? new Value[0] : new Value[] {CharArray.of(line)};
            }

            @Override
            protected MatlabError failure(Throwable cause) {
                return new MatlabError("mjc:repl:input", "Cannot read input: " + cause);
            }
        });
        while (true) {
            try {
                Value[] r = Async.block(t);
                return r.length == 0 ? null : ((CharArray) r[0]).string();
            } catch (MatlabError e) {
                // Ctrl-C while the prompt waits is the line editor's business: keep waiting
                if (!e.exception().identifier().equals("mjc:interrupted")) {
                    throw e;
                }
            }
        }
    }

    /** Set while the input thread waits in readLine. */
    private volatile boolean reading;

    /**
     * The session's output: straight to the terminal, except while the prompt waits for input,
     * when whole lines (a spawned task printing) go above the prompt instead of through it.
     */
    private final class AbovePrompt extends java.io.OutputStream {
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) throws IOException {
            if (!reading) {
                flushLine();
                terminal.output().write(b);
                return;
            }
            if (b == '\n') {
                reader.printAbove(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        private void flushLine() throws IOException {
            if (line.size() > 0) {
                terminal.output().write(line.toByteArray());
                line.reset();
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            if (!reading) {
                flushLine();
                terminal.output().flush();
            }
        }
    }

    public void close() throws IOException {
        terminal.close();
    }
}
