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

    /** A missing file, or one that is not a .m file (a folder too, unless folders are allowed). */
    static boolean notSource(String file, boolean folderAllowed) {
        if (missing(file)) {
            return true;
        }
        Path p = Path.of(file);
        if (Files.isDirectory(p)) {
            if (folderAllowed) {
                return false;
            }
            System.err.println("mjc: " + file + " is a folder; give a .m file");
            return true;
        }
        if (!file.endsWith(".m")) {
            System.err.println("mjc: not a MATLAB file (expected NAME.m): " + file);
            return true;
        }
        String base = p.getFileName().toString();
        base = base.substring(0, base.length() - 2);
        if (!base.matches("[A-Za-z][A-Za-z0-9_]*")) {
            System.err.println("mjc: '" + base + "' is not a valid MATLAB function or script name"
                + " (a letter, then letters, digits or underscores): " + file);
            return true;
        }
        return false;
    }

    /** The hidden --generic switch: compile with every specialization off (differential testing). */
    static void generic(boolean on) {
        if (on) {
            System.setProperty("mjc.generic", "true");
        }
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
