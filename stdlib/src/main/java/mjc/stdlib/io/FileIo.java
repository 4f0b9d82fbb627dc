package mjc.stdlib.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MatlabError;
import mjc.runtime.task.Async;
import mjc.runtime.task.Executor;
import mjc.runtime.task.IoCoroutine;
import mjc.runtime.task.Task;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * Text files without blocking the program: read_text_async and write_text_async return tasks
 * (SPEC §4 library table); fileread keeps MATLAB's synchronous signature and suspends only the
 * calling task (rule 8). Writes are atomic: a temporary file beside the target is moved over it,
 * so readers see the old content or the new, never a mix.
 */
public final class FileIo {
    private FileIo() {
    }

    // ---------------------------------------------------------------- Java API (takes a Path)

    /** The text of a file, read on the I/O pool (UTF-8; malformed bytes become U+FFFD). */
    public static CompletableFuture<String> readText(Path p) {
        return IoPool.run(() -> new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    }

    /** Writes text to a file atomically, on the I/O pool. */
    public static CompletableFuture<Void> writeTextAtomic(Path p, String text) {
        return IoPool.run(() -> {
            writeAtomic(p, text);
            return null;
        });
    }

    static void writeAtomic(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "No such directory");
        }
        if (Files.isDirectory(abs)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        Path tmp = AtomicFiles.create(abs);
        boolean moved = false;
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
            AtomicFiles.commit(tmp, abs);
            moved = true;
        } finally {
            if (!moved) {
                AtomicFiles.discard(tmp);
            }
        }
    }

    /** A lazy task reading a file: a string scalar, or the char row fileread returns. */
    public static Task readTask(Path p, boolean asChar) {
        return Executor.current().newTask(new IoCoroutine<String>() {
            @Override
            protected CompletableFuture<String> start() {
                return readText(p);
            }

            @Override
            protected Value[] convert(String text) {
                return new Value[] {asChar ? CharArray.of(text) : StringArray.of(text)};
            }

            @Override
            protected MatlabError failure(Throwable cause) {
                return readError(p, cause);
            }

            @Override
            public String describe() {
                return "read " + p;
            }
        });
    }

    public static Task writeTask(Path p, String text) {
        return Executor.current().newTask(new IoCoroutine<Void>() {
            @Override
            protected CompletableFuture<Void> start() {
                return writeTextAtomic(p, text);
            }

            @Override
            protected Value[] convert(Void nothing) {
                return new Value[0];
            }

            @Override
            protected MatlabError failure(Throwable cause) {
                return Errors.of("mjc:io:cannotWrite", "Could not write file " + p + ". " + reason(cause));
            }

            @Override
            public String describe() {
                return "write " + p;
            }
        });
    }

    static MatlabError readError(Path p, Throwable cause) {
        return Errors.of("MATLAB:fileread:cannotOpenFile", "Could not open file " + p + ". " + reason(cause));
    }

    private static String reason(Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return "No such file or directory.";
        }
        if (cause instanceof AccessDeniedException) {
            return "Permission denied.";
        }
        if (cause instanceof FileSystemException fse && fse.getReason() != null) {
            String r = fse.getReason();
            return Character.toUpperCase(r.charAt(0)) + r.substring(1) + ".";
        }
        if (cause instanceof java.nio.channels.ClosedByInterruptException
            || cause instanceof java.util.concurrent.CancellationException) {
            return "The operation was cancelled.";
        }
        String m = cause.getMessage();
        return m == null ? cause.getClass().getSimpleName() + "." : m + ".";
    }

    // ---------------------------------------------------------------- builtins

    private static Path path(Value v, String fn) {
        String s = Args.text(v, fn);
        if (s.isEmpty()) {
            throw Errors.of("MATLAB:" + fn + ":emptyFileName", "File name must not be empty.");
        }
        try {
            return Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw Errors.of("MATLAB:" + fn + ":invalidFileName", "Invalid file name '" + s + "'.");
        }
    }

    @Builtin("read_text_async")
    public static Value readTextAsync(Value file) {
        return readTask(path(file, "read_text_async"), false);
    }

    @Builtin("write_text_async")
    public static Value writeTextAsync(Value file, Value text) {
        return writeTask(path(file, "write_text_async"), Args.text(text, "write_text_async"));
    }

    /** fileread(name): the file's text as a char row; waits only the calling task (rule 8). */
    @Builtin("fileread")
    public static Value fileread(Value file) {
        Path p = path(file, "fileread");
        if (Files.isDirectory(p)) {
            throw readError(p, new FileSystemException(p.toString(), null, "is a directory"));
        }
        return Async.block(readTask(p, true))[0];
    }

    /** type(name): prints a file's text (name.m when name has no such file). */
    @Builtin("type")
    public static void type(Value name) {
        String n = Args.text(name, "type");
        Path p = path(name, "type");
        if (!Files.isRegularFile(p) && Files.isRegularFile(Path.of(n + ".m"))) {
            p = Path.of(n + ".m");
        }
        if (!Files.isRegularFile(p)) {
            throw Errors.of("MATLAB:type:fileNotFound", "File '" + n + "' not found.");
        }
        String text = ((CharArray) Async.block(readTask(p, true))[0]).string();
        mjc.runtime.session.Session.current().out().print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
    }
}
