package mjc.compiler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mjc.compiler.jupyter.MjcKernel;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mjc jupyter install} writes a kernelspec; {@code mjc jupyter kernel FILE} is what Jupyter starts. */
@Command(name = "jupyter", description = "Jupyter kernel: 'install' writes the kernelspec, 'kernel FILE' runs it.")
final class JupyterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "install|kernel")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CONNECTION_FILE")
    String connectionFile;

    @Option(names = "--dir", paramLabel = "DIR",
        description = "Kernels folder to install into (default ~/.local/share/jupyter/kernels).")
    String dir;

    @Override
    public Integer call() throws Exception {
        switch (action) {
            case "install":
                return install();
            case "kernel":
                if (connectionFile == null) {
                    System.err.println("mjc: jupyter kernel needs the connection file Jupyter passes");
                    return 2;
                }
                return kernel(Path.of(connectionFile));
            default:
                System.err.println("mjc: unknown jupyter action '" + action + "' (install or kernel)");
                return 2;
        }
    }

    private int install() throws Exception {
        Path kernels = dir != null ? Path.of(dir)
            : Path.of(System.getProperty("user.home"), ".local", "share", "jupyter", "kernels");
        Path spec = kernels.resolve("mjc");
        Files.createDirectories(spec);
        // the class path this mjc runs with (the mjc jar itself when started by ./mjc)
        String jar = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String json = "{\n  \"argv\": [" + q(java) + ", \"-cp\", " + q(jar) + ", \"mjc.compiler.cli.Main\", \"jupyter\", "
            + "\"kernel\", \"{connection_file}\"],\n  \"display_name\": \"MATLAB (mjc)\",\n  \"language\": \"matlab\",\n"
            + "  \"interrupt_mode\": \"message\"\n}\n";
        Files.writeString(spec.resolve("kernel.json"), json);
        System.out.println("installed the mjc kernel in " + spec);
        return 0;
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private int kernel(Path file) throws Exception {
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(file));
        JupyterConnection connection = new JupyterConnection(props);
        MjcKernel kernel = MjcKernel.builder().build();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        return 0;
    }
}
