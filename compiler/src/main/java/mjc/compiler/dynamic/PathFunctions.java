package mjc.compiler.dynamic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.Compiler;
import mjc.compiler.ProgramClassLoader;
import mjc.compiler.hir.FunctionRef;
import mjc.runtime.error.Errors;

/**
 * Function and class files on the REPL's path (the current folder first): a name typed at the
 * prompt that names {@code name.m}, {@code @name/name.m}, a package member ({@code pkg.f},
 * {@code pkg.Cls}, {@code pkg.Cls.member}) is compiled with everything it uses, loaded, and
 * bound like a function of the program. A file is compiled again when it changed since (its
 * modification time), so edits are seen on the next call.
 */
public final class PathFunctions {
    private final Supplier<List<Path>> folders;
    /** Every compiled class by binary name, to the loader that defined it (the newest wins). */
    private final Map<String, ClassLoader> loaderOf = new ConcurrentHashMap<>();
    private final Map<Path, Compiled> compiled = new HashMap<>();

    private record Compiled(FileTime modified, FunctionRef ref) {
    }

    /** The parent loader of code typed at the prompt: it sees every class compiled from the path. */
    private final ClassLoader loader = new ClassLoader(PathFunctions.class.getClassLoader()) {
        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ClassLoader l = loaderOf.get(name);
            if (l == null) {
                throw new ClassNotFoundException(name);
            }
            return l.loadClass(name);
        }
    };

    public PathFunctions(Supplier<List<Path>> folders) {
        this.folders = folders;
    }

    ClassLoader loader() {
        return loader;
    }

    /** What the name means on the path, or null when no file defines it. */
    synchronized FunctionRef resolve(String name) {
        String[] parts = name.split("\\.");
        for (Path folder : folders.get()) {
            if (parts.length == 1) {
                FunctionRef r = file(folder, name);
                if (r != null) {
                    return r;
                }
                continue;
            }
            for (int k = parts.length - 1; k >= Math.max(1, parts.length - 2); k--) {
                Path dir = folder;
                for (int i = 0; i < k; i++) {
                    dir = dir.resolve("+" + parts[i]);
                }
                FunctionRef r = Files.isDirectory(dir) ? file(dir, parts[k]) : null;
                if (r == null) {
                    continue;
                }
                if (k == parts.length - 1) {
                    return r;
                }
                if (r.kind == FunctionRef.Kind.CLASS) {
                    return FunctionRef.member(r.cls, parts[parts.length - 1]);
                }
            }
        }
        if (parts.length == 2) {
            // Cls.member of a class file
            FunctionRef r = resolve(parts[0]);
            if (r != null && r.kind == FunctionRef.Kind.CLASS) {
                return FunctionRef.member(r.cls, parts[1]);
            }
        }
        return null;
    }

    private FunctionRef file(Path folder, String base) {
        for (Path f : List.of(folder.resolve(base + ".m"), folder.resolve("@" + base).resolve(base + ".m"))) {
            if (Files.isRegularFile(f)) {
                return compile(f.toAbsolutePath().normalize());
            }
        }
        return null;
    }

    private FunctionRef compile(Path file) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
        Compiled c = compiled.get(file);
        if (c != null && c.modified().equals(modified)) {
            return c.ref();
        }
        Compiler.Library lib;
        try {
            lib = new Compiler(folders.get()).compileOnPath(file, file.getFileName().toString());
        } catch (CompileError e) {
            throw Errors.of("MATLAB:m_invalid_syntax", "cannot compile " + file.getFileName() + ":\n" + e.getMessage());
        }
        ProgramClassLoader programLoader = new ProgramClassLoader(lib.program().classes(),
            PathFunctions.class.getClassLoader());
        for (String cls : lib.program().classes().keySet()) {
            loaderOf.put(cls.replace('/', '.'), programLoader);
        }
        try {
            // the program's functions by name, for feval and late-bound calls
            Class.forName("mjcprog.$Program", true, programLoader).getMethod("init").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load " + file, e);
        }
        compiled.put(file, new Compiled(modified, lib.ref()));
        return lib.ref();
    }
}
