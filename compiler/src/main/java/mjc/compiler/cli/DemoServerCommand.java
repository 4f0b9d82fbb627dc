package mjc.compiler.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import mjc.compiler.demo.DemoServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mjc demo-server}: the local HTTP server the fetch examples talk to. */
@Command(name = "demo-server", description = "Serve the examples' HTTP endpoints on 127.0.0.1 until stopped.")
final class DemoServerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8765", description = "Port to listen on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--delay-ms", defaultValue = "100", description = "Delay of each /item/N answer (default ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = "--seconds", defaultValue = "0", description = "Stop after this many seconds (0: run until killed).")
    long seconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        DemoServer server;
        try {
            server = new DemoServer(port, delayMs);
        } catch (java.net.BindException e) {
            System.err.println("mjc: port " + port + " is in use (is a demo server already running?)");
            return 2;
        }
        System.err.println("demo server on " + server.url("/") + " (/item/N answers after " + delayMs + " ms)");
        if (seconds > 0) {
            Thread.sleep(seconds * 1000);
            server.close();
        } else {
            Thread.currentThread().join();
        }
        return 0;
    }
}
