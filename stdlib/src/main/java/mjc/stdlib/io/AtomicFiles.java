package mjc.stdlib.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replacing a file so that it holds its old content or its new content, never a mix: the new
 * content goes to a temporary file beside it, which is synced and then atomically moved over it.
 *
 * Temporary files are named {@code .NAME.mjc-PID-N.tmp}. Those of a JVM that ends before moving
 * them (an error, SIGTERM, Ctrl-C) are deleted by a shutdown hook; those of a JVM killed outright
 * (SIGKILL, power loss) are deleted the next time a program writes the same file, since their
 * PID no longer runs.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    private static final long PID = ProcessHandle.current().pid();
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : LIVE) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | RuntimeException e) {
                    // nothing more can be done while the JVM stops
                }
            }
        }, "mjc-temp-files"));
    }

    /** A new, empty temporary file beside target (whose folder must exist). */
    static Path create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        sweepStale(dir, abs.getFileName().toString());
        Path tmp = dir.resolve("." + abs.getFileName() + ".mjc-" + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
        Files.createFile(tmp);
        LIVE.add(tmp);
        return tmp;
    }

    /** Moves tmp over target after syncing it: from now on target has the new content. */
    static void commit(Path tmp, Path target) throws IOException {
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Path abs = target.toAbsolutePath();
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
        LIVE.remove(tmp);
    }

    /** Drops tmp without touching the target. */
    static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // left for the next sweep
        }
        LIVE.remove(tmp);
    }

    /** Deletes temporary files of name left by JVMs that no longer run. */
    private static void sweepStale(Path dir, String name) {
        String prefix = "." + name + ".mjc-";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : ds) {
                String rest = p.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != PID && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // sweeping is best effort: the write itself goes on
        }
    }
}
