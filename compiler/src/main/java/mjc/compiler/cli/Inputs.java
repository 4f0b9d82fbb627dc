package mjc.compiler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks shared by the commands: input files exist, --path folders are folders. */
final class Inputs {
    private Inputs() {
    }

    static boolean missing(String file) {
        Path p = Path.of(file);
        if (!Files.exists(p)) {
            System.err.println("mjc: file not found: " + file);
            return true;
        }
        return false;
    }

    static List<Path> searchPath(List<String> dirs) {
        List<Path> out = new ArrayList<>();
        if (dirs != null) {
            for (String d : dirs) {
                Path p = Path.of(d).toAbsolutePath().normalize();
                if (!Files.isDirectory(p)) {
                    System.err.println("mjc: --path folder not found: " + d);
                    return null;
                }
                out.add(p);
            }
        }
        return out;
    }
}
