package mjc.compiler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mjc repl}: the interactive prompt (comes with the hosts work). */
@Command(name = "repl", description = "Interactive prompt (not available in this build yet).")
final class ReplCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mjc: the REPL is not available in this build yet");
        return 2;
    }
}
