package mjc.compiler.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import mjc.compiler.repl.Repl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mjc repl}: the interactive prompt. */
@Command(name = "repl", description = "Interactive prompt: variables persist, await works, Ctrl-C interrupts, Ctrl-D or exit leaves.")
final class ReplCommand implements Callable<Integer> {
    @Option(names = "--virtual-time", description = "Run the executor on a virtual clock.")
    boolean virtualTime;

    @Override
    public Integer call() throws Exception {
        // input from a pipe or a file gets a dumb terminal (no warning about it)
        boolean interactive = System.console() != null;
        Terminal terminal = TerminalBuilder.builder().name("mjc").system(true).dumb(!interactive).build();
        Path history = Path.of(System.getProperty("user.home"), ".mjc_history");
        Repl repl = new Repl(terminal, virtualTime, history);
        try {
            return repl.run();
        } finally {
            repl.close();
        }
    }
}
