package mjc.stdlib.launch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The Main-Class of a jar built by {@code mjc build}: reads the entry from
 * META-INF/mjc/program.properties, takes the run options ({@code --virtual-time},
 * {@code --trace FILE}) that come before the program's own arguments, and runs the program.
 */
public final class JarMain {
    private JarMain() {
    }

    public static void main(String[] args) throws IOException {
        Properties p = new Properties();
        try (InputStream in = JarMain.class.getClassLoader().getResourceAsStream("META-INF/mjc/program.properties")) {
            if (in == null) {
                System.err.println("error: this jar holds no mjc program");
                System.exit(2);
                return;
            }
            p.load(in);
        }
        List<String> rest = new ArrayList<>();
        int i = 0;
        RunOptions options = new RunOptions();
        while (i < args.length) {
            if (args[i].equals("--virtual-time")) {
                options.virtualTime = true;
                i++;
            } else if (args[i].equals("--trace") && i + 1 < args.length) {
                options.traceFile = args[i + 1];
                i += 2;
            } else if (args[i].equals("--")) {
                i++;
                break;
            } else {
                break;
            }
        }
        while (i < args.length) {
            rest.add(args[i++]);
        }
        PrintStream out = ProcessOutput.stdout();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        ProgramLauncher.Entry entry = new ProgramLauncher.Entry(p.getProperty("entry.class"),
            Boolean.parseBoolean(p.getProperty("entry.script")), p.getProperty("entry.name"));
        int status = ProgramLauncher.run(JarMain.class.getClassLoader(), entry, rest.toArray(new String[0]), out, err,
            options);
        out.flush();
        System.exit(status);
    }
}
