package mjc.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mjc.compiler.backend.ProgramEmitter;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.frontend.Frontend;
import mjc.compiler.frontend.ast.FunctionDef;
import mjc.compiler.frontend.ast.SourceFile;
import mjc.compiler.hir.FunctionRef;
import mjc.compiler.hir.HFunction;
import mjc.compiler.hir.Lowering;
import mjc.stdlib.BuiltinRegistry;

/**
 * Compiles a program: the entry file and every function file it reaches, found as MATLAB
 * finds functions (local functions of the file, then NAME.m in the file's folder, then the
 * --path folders, then builtins). All errors of all files are collected before giving up.
 */
public final class Compiler {
    private final List<Path> searchPath;
    private final Map<Path, Unit> units = new LinkedHashMap<>();
    private final Deque<Unit> pending = new ArrayDeque<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();
    /** Some file evaluates text at run time, so the program needs the compiler with it. */
    private boolean needsCompiler;

    /** One .m file of the program. */
    private final class Unit {
        final Path path;
        final String display;
        final String base;
        /** The name MATLAB code uses: pkg.sub.name for a file in +pkg/+sub, else the base name. */
        final String qualified;
        /** The folder whose files (and private/ folder) this file sees: above any +pkg and @Class folders. */
        final Path home;
        /** For a file in a private/ folder: that folder (its files see each other and the folder above). */
        final Path privateDir;
        SourceFile ast;
        HFunction main;
        final Map<String, HFunction> functions = new LinkedHashMap<>();
        final Map<FunctionDef, HFunction> byDef = new LinkedHashMap<>();
        /** For a classdef file: its class. */
        mjc.compiler.hir.HClass cls;

        Unit(Path path, String display) {
            this.path = path;
            this.display = display;
            String fileName = path.getFileName().toString();
            this.base = fileName.endsWith(".m") ? fileName.substring(0, fileName.length() - 2) : fileName;
            Path dir = path.getParent();
            if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("@" + base)) {
                dir = dir.getParent();
            }
            StringBuilder q = new StringBuilder(base);
            while (dir != null && dir.getFileName() != null && dir.getFileName().toString().startsWith("+")) {
                q.insert(0, dir.getFileName().toString().substring(1) + ".");
                dir = dir.getParent();
            }
            this.qualified = q.toString();
            Path own = path.getParent();
            boolean isPrivate = own != null && own.getFileName() != null && own.getFileName().toString().equals("private");
            this.privateDir = isPrivate ? own : null;
            this.home = isPrivate ? own.getParent() : dir;
        }
    }

    public Compiler(List<Path> searchPath) {
        this.searchPath = searchPath;
    }

    /** Every specialization on or off (ProgramEmitter.generic); null: the emitter's default (mjc.generic). */
    private Boolean generic;

    public Compiler generic(boolean on) {
        this.generic = on;
        return this;
    }

    /** Loops check for an interrupt request (mjc.runtime.call.Interrupts), as REPL code does. */
    private boolean interruptible;

    public Compiler interruptible(boolean on) {
        this.interruptible = on;
        return this;
    }

    /** Compiles the program whose entry is file (display: the path as the user wrote it). */
    public CompiledProgram compile(Path file, String display) {
        return onLargeStack(() -> finish(load(file, display)));
    }

    /** The file being read, lowered or emitted (where a too-deep nesting is reported). */
    private String currentFile = "";

    /** Bytes of stack for compiling: parsing, lowering and emitting recurse once per nesting level. */
    private static final long STACK_BYTES = 512L << 20;

    /**
     * Runs a compilation on a thread with a large stack, so that deeply nested programs (5,000
     * levels of parentheses or blocks) compile; deeper still is a located compile error, never
     * a StackOverflowError.
     */
    private CompiledProgram onLargeStack(java.util.function.Supplier<CompiledProgram> work) {
        CompiledProgram[] result = new CompiledProgram[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (StackOverflowError e) {
                diagnostics.add(Diagnostic.error(currentFile, 1, 1,
                    "the file is nested too deeply to compile (parentheses, brackets or blocks)"));
                failure[0] = new CompileError(sortedDiagnostics(), sources);
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "mjc-compile", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        return result[0];
    }

    /** Compiles every .m file of a folder; the entry is the named function or the folder's only script. */
    public CompiledProgram compileFolder(Path dir, String displayDir, String mainName) {
        return onLargeStack(() -> compileFolderHere(dir, displayDir, mainName));
    }

    private CompiledProgram compileFolderHere(Path dir, String displayDir, String mainName) {
        Unit entry = null;
        List<Unit> scripts = new ArrayList<>();
        for (Unit u : loadAll(dir, displayDir)) {
            if (u != null && u.ast != null && u.ast.isScript) {
                scripts.add(u);
            }
            if (u != null && mainName != null && u.base.equals(mainName)) {
                entry = u;
            }
        }
        if (entry == null) {
            if (mainName != null) {
                diagnostics.add(Diagnostic.error(displayDir, 1, 1, "no file " + mainName + ".m in this folder"));
                throw new CompileError(diagnostics, sources);
            }
            if (scripts.size() != 1) {
                diagnostics.add(Diagnostic.error(displayDir, 1, 1, scripts.isEmpty()
                    ? "the folder holds no script; name the entry function with --main NAME"
                    : "the folder holds " + scripts.size() + " scripts; choose one with --main NAME"));
                throw new CompileError(diagnostics, sources);
            }
            entry = scripts.get(0);
        }
        return finish(entry);
    }

    /**
     * Compiles every .m file of a folder as a library: no entry is needed (the classes register
     * their functions in $Program.init for callers); with mainName, that file is the entry.
     */
    public CompiledProgram compileLibrary(Path dir, String displayDir, String mainName) {
        return onLargeStack(() -> compileLibraryHere(dir, displayDir, mainName));
    }

    private CompiledProgram compileLibraryHere(Path dir, String displayDir, String mainName) {
        Unit entry = null;
        Unit any = null;
        for (Unit u : loadAll(dir, displayDir)) {
            if (u != null && any == null) {
                any = u;
            }
            if (u != null && mainName != null && u.base.equals(mainName)) {
                entry = u;
            }
        }
        if (mainName != null && entry == null) {
            diagnostics.add(Diagnostic.error(displayDir, 1, 1, "no file " + mainName + ".m in this folder"));
            throw new CompileError(diagnostics, sources);
        }
        if (any == null) {
            diagnostics.add(Diagnostic.error(displayDir, 1, 1, "no .m files in this folder"));
            throw new CompileError(diagnostics, sources);
        }
        return finish(entry != null ? entry : any);
    }

    /** Loads every .m file under dir, in path order (display paths relative to displayDir). */
    private List<Unit> loadAll(Path dir, String displayDir) {
        List<Path> files;
        try (var s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".m") && Files.isRegularFile(p) && !isMethodFile(p))
                .sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(displayDir, 1, 1, "cannot read folder: " + e.getMessage()));
            throw new CompileError(diagnostics, sources);
        }
        List<Unit> out = new ArrayList<>();
        for (Path p : files) {
            String rel = dir.relativize(p).toString();
            out.add(load(p, displayDir.endsWith("/") ? displayDir + rel : displayDir + "/" + rel));
        }
        return out;
    }

    /** A function or class file compiled for callers outside the program (the REPL), and what its name means. */
    public record Library(CompiledProgram program, mjc.compiler.hir.FunctionRef ref) {
    }

    /**
     * Compiles the file (a function or a classdef) with what it uses, as code a REPL or
     * notebook calls: {@code ref} is what its qualified name resolves to.
     */
    public Library compileOnPath(Path file, String display) {
        return onLargeStackLibrary(() -> {
            Unit u = load(file, display);
            CompiledProgram p = finish(u, true);
            return new Library(p, u.cls != null ? mjc.compiler.hir.FunctionRef.constructor(u.cls)
                : mjc.compiler.hir.FunctionRef.user(u.qualified, u.main));
        });
    }

    private Library onLargeStackLibrary(java.util.function.Supplier<Library> work) {
        Library[] out = new Library[1];
        onLargeStack(() -> {
            out[0] = work.get();
            return out[0].program();
        });
        return out[0];
    }

    private CompiledProgram finish(Unit entry) {
        return finish(entry, false);
    }

    private CompiledProgram finish(Unit entry, boolean library) {
        while (!pending.isEmpty()) {
            lower(pending.poll());
        }
        boolean errors = diagnostics.stream().anyMatch(d -> !d.warning());
        if (library && !errors && entry != null && entry.ast != null && entry.ast.isScript) {
            diagnostics.add(Diagnostic.error(entry.display, 1, 1, "'" + entry.base + "' is a script: run it by name at"
                + " the prompt only as a function or class file is supported here"));
            errors = true;
        }
        if (library && !errors && entry != null && (entry.main != null || entry.cls != null)) {
            return emitAll(entry);
        }
        if (!errors && entry != null && entry.cls != null) {
            diagnostics.add(Diagnostic.error(entry.display, entry.cls.constructor != null ? entry.cls.constructor.line : 1, 1,
                "a classdef file defines a class and cannot be run; run a script or function that uses '"
                    + entry.cls.name + "'"));
            errors = true;
        }
        if (errors || entry == null || entry.main == null) {
            throw new CompileError(sortedDiagnostics(), sources);
        }
        return emitAll(entry);
    }

    private CompiledProgram emitAll(Unit entry) {
        ProgramEmitter emitter = new ProgramEmitter(diagnostics);
        if (generic != null) {
            emitter.generic(generic);
        }
        if (interruptible) {
            emitter.interruptible();
        }
        List<HFunction> all = new ArrayList<>();
        for (Unit u : units.values()) {
            if (u.main != null) {
                all.addAll(u.functions.values());
            }
        }
        emitter.analyse(all);
        java.util.Set<String> methodNames = new java.util.HashSet<>();
        for (Unit u : units.values()) {
            if (u.cls != null) {
                methodNames.addAll(u.cls.methods.keySet());
                methodNames.addAll(List.of("delete", "isvalid", "eq", "ne", "notify", "addlistener"));
            }
        }
        emitter.methodNames(methodNames);
        for (Unit u : units.values()) {
            if (u.cls != null) {
                currentFile = u.display;
                for (HFunction f : u.byDef.values()) {
                    emitter.emit(f);
                }
                emitter.emitClass(u.cls);
            }
        }
        Map<String, HFunction> named = new LinkedHashMap<>();
        for (Unit u : units.values()) {
            if (u.main == null) {
                continue;
            }
            currentFile = u.display;
            for (HFunction f : u.functions.values()) {
                emitter.emit(f);
                named.putIfAbsent(f.name, f);
            }
            for (HFunction f : u.byDef.values()) {
                if (f.nestParent != null) {
                    emitter.emit(f);
                }
            }
            if (u.ast.isScript) {
                emitter.emit(u.main);
            }
        }
        for (Unit u : units.values()) {
            if (u.main != null && !u.ast.isScript) {
                named.put(u.qualified, u.main);
            }
        }
        emitter.emitProgram(named);
        if (diagnostics.stream().anyMatch(d -> !d.warning())) {
            throw new CompileError(sortedDiagnostics(), sources);
        }
        return new CompiledProgram(emitter.classes(), entry.main != null ? entry.main.className : entry.cls.jvmName,
            entry.ast.isScript, entry.base, needsCompiler, diagnostics.stream().filter(Diagnostic::warning).toList());
    }

    private List<Diagnostic> sortedDiagnostics() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort((a, b) -> a.file().equals(b.file())
            ? (a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.col(), b.col())) : 0);
        return out;
    }

    private Unit load(Path file, String display) {
        Path key = file.toAbsolutePath().normalize();
        Unit existing = units.get(key);
        if (existing != null) {
            return existing;
        }
        Unit u = new Unit(key, display);
        units.put(key, u);
        currentFile = display;
        String text;
        try {
            text = mjc.compiler.frontend.SourceText.decode(Files.readAllBytes(file), display, diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(display, 1, 1, "cannot read file: " + e.getMessage()));
            return u;
        }
        sources.put(display, text);
        Frontend.Result r = Frontend.parse(display, u.base, text);
        diagnostics.addAll(r.diagnostics());
        if (r.file() == null) {
            return u;
        }
        u.ast = r.file();
        if (u.ast.classDef != null && isClassFolder(u.path)) {
            mergeMethodFiles(u);
        }
        if (u.ast.classDef != null) {
            u.cls = ClassUnits.declare(u.ast, u.qualified, display, u.byDef, u.functions, diagnostics,
                n -> classNamed(u, n));
            pending.add(u);
            return u;
        }
        String classBase = "mjcprog/" + u.qualified.replace('.', '/');
        if (u.ast.isScript) {
            u.main = new HFunction(HFunction.Kind.SCRIPT, u.base, u.base, display);
            u.main.className = classBase;
            u.main.line = 1;
        }
        boolean first = true;
        for (FunctionDef def : u.ast.functions) {
            boolean isMain = first && !u.ast.isScript;
            String frame = isMain ? u.qualified : u.qualified + ">" + def.name;
            HFunction f = new HFunction(HFunction.Kind.FUNCTION, isMain ? u.qualified : def.name, frame, display);
            f.className = isMain ? classBase : classBase + "$" + def.name;
            f.line = def.line;
            if (isMain) {
                u.main = f;
                u.functions.put(u.base, f);
                if (!def.name.equals(u.base)) {
                    u.functions.putIfAbsent(def.name, f);
                }
            } else {
                u.functions.putIfAbsent(def.name, f);
            }
            u.byDef.put(def, f);
            mjc.compiler.hir.NestedScopes.declare(def, f, u.byDef, diagnostics);
            first = false;
        }
        pending.add(u);
        return u;
    }

    private void lower(Unit u) {
        if (u.ast == null) {
            return;
        }
        currentFile = u.display;
        Lowering lowering = new Lowering(u.display, u.base, name -> resolve(u, name), diagnostics);
        if (u.ast.isScript) {
            lowering.lowerScript(u.main, u.ast.script);
        }
        for (Map.Entry<FunctionDef, HFunction> e : u.byDef.entrySet()) {
            lowering.lowerFunction(e.getValue(), e.getKey());
        }
        needsCompiler |= lowering.usesDynamicCode();
    }

    /** {@code @Name/Name.m}: a class whose methods may be in files of their own beside it. */
    private static boolean isClassFolder(Path file) {
        Path dir = file.getParent();
        String f = file.getFileName().toString();
        return dir != null && dir.getFileName() != null
            && dir.getFileName().toString().equals("@" + f.substring(0, f.length() - 2));
    }

    /** A method file of an @Name folder (not Name.m itself): compiled with its class, not on its own. */
    private static boolean isMethodFile(Path file) {
        Path dir = file.getParent();
        return dir != null && dir.getFileName() != null && dir.getFileName().toString().startsWith("@")
            && !isClassFolder(file);
    }

    /**
     * The other files of an @Name folder are methods of Name: each file's first function replaces
     * the signature the classdef declares for it (keeping that block's attributes) or joins the
     * public methods; the files' other functions become local functions of the class.
     */
    private void mergeMethodFiles(Unit u) {
        List<Path> files;
        try (var s = Files.list(u.path.getParent())) {
            files = s.filter(p -> p.toString().endsWith(".m") && !p.equals(u.path) && Files.isRegularFile(p))
                .sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(u.display, 1, 1, "cannot read class folder: " + e.getMessage()));
            return;
        }
        mjc.compiler.frontend.ast.ClassDef cd = u.ast.classDef;
        List<FunctionDef> extra = new ArrayList<>();
        for (Path file : files) {
            String display = Path.of(u.display).resolveSibling(file.getFileName()).toString(); // beside the class file
            String text;
            try {
                text = mjc.compiler.frontend.SourceText.decode(Files.readAllBytes(file), display, diagnostics);
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(display, 1, 1, "cannot read file: " + e.getMessage()));
                continue;
            }
            sources.put(display, text);
            String base = file.getFileName().toString().replaceFirst("\\.m$", "");
            Frontend.Result r = Frontend.parse(display, base, text);
            diagnostics.addAll(r.diagnostics());
            if (r.file() == null || r.file().functions.isEmpty()) {
                if (r.file() != null) {
                    diagnostics.add(Diagnostic.error(display, 1, 1, "a file in a class folder must define a method"));
                }
                continue;
            }
            for (FunctionDef fd : r.file().functions) {
                fd.sourceFile = display; // stack frames name the method's own file
            }
            FunctionDef method = r.file().functions.get(0);
            boolean declared = false;
            for (mjc.compiler.frontend.ast.ClassDef.MethodBlock b : cd.methods) {
                List<FunctionDef> fns = b.functions();
                for (int i = 0; i < fns.size(); i++) {
                    if (fns.get(i).name.equals(method.name) && fns.get(i).body == null) {
                        fns.set(i, method);
                        declared = true;
                    }
                }
            }
            if (!declared) {
                extra.add(method);
            }
            u.ast.functions.addAll(r.file().functions.subList(1, r.file().functions.size()));
        }
        if (!extra.isEmpty()) {
            cd.methods.add(new mjc.compiler.frontend.ast.ClassDef.MethodBlock(List.of(), extra));
        }
    }

    /** Whether each candidate function file exists, asked once per compilation (a name is resolved at every use). */
    private final Map<Path, Boolean> fileExists = new HashMap<>();

    private boolean isFile(Path candidate) {
        return fileExists.computeIfAbsent(candidate, Files::isRegularFile);
    }

    /** MATLAB's function precedence, seen from file u. */
    private FunctionRef resolve(Unit u, String name) {
        if (u.cls != null && (u.cls.name.equals(name) || u.base.equals(name))) {
            return FunctionRef.constructor(u.cls);
        }
        HFunction local = u.functions.get(name);
        if (local != null) {
            return FunctionRef.user(name, local);
        }
        if (!name.contains(".")) {
            // MATLAB's order: private functions, then the folder's own files and classes, then the path
            List<Path> folders = new ArrayList<>();
            if (u.privateDir != null) {
                folders.add(u.privateDir);
            } else if (u.home != null) {
                folders.add(u.home.resolve("private"));
            }
            folders.add(u.home);
            folders.addAll(searchPath);
            for (Path folder : folders) {
                FunctionRef r = fileIn(u, folder, name, name);
                if (r != null) {
                    return r;
                }
            }
        } else {
            FunctionRef r = packageMember(u, name);
            if (r != null) {
                return r;
            }
        }
        int dot = name.indexOf('.');
        if (dot > 0 && name.indexOf('.', dot + 1) < 0) {
            FunctionRef owner = resolve(u, name.substring(0, dot));
            if (owner.kind == FunctionRef.Kind.CLASS) {
                return FunctionRef.member(owner.cls, name.substring(dot + 1));
            }
        }
        if (BuiltinRegistry.exists(name)) {
            return FunctionRef.builtin(name, null);
        }
        return FunctionRef.unresolved(name);
    }

    /** {@code name.m} or {@code @name/name.m} in folder, as the function or class it defines (null: none there). */
    private FunctionRef fileIn(Unit u, Path folder, String name, String qualified) {
        if (folder == null) {
            return null;
        }
        for (Path candidate : List.of(folder.resolve(name + ".m"), folder.resolve("@" + name).resolve(name + ".m"))) {
            if (isFile(candidate) && !candidate.toAbsolutePath().normalize().equals(u.path)) {
                Unit other = load(candidate, displayFor(u, candidate));
                if (other.cls != null) {
                    return FunctionRef.constructor(other.cls);
                }
                if (other.main != null) {
                    return FunctionRef.user(qualified, other.main);
                }
                return FunctionRef.unresolved(qualified);
            }
        }
        return null;
    }

    /**
     * {@code pkg.sub.f} in {@code +pkg/+sub/f.m} (a function or class) or {@code pkg.Cls.member}
     * (a static method or constant of the class {@code +pkg/Cls.m}), looked up from the file's
     * folder and the path.
     */
    private FunctionRef packageMember(Unit u, String name) {
        String[] parts = name.split("\\.");
        List<Path> roots = new ArrayList<>();
        roots.add(u.home);
        roots.addAll(searchPath);
        for (Path root : roots) {
            if (root == null) {
                continue;
            }
            for (int k = parts.length - 1; k >= Math.max(1, parts.length - 2); k--) {
                Path dir = root;
                for (int i = 0; i < k; i++) {
                    dir = dir.resolve("+" + parts[i]);
                }
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                String qualified = String.join(".", java.util.Arrays.copyOfRange(parts, 0, k + 1));
                FunctionRef r = fileIn(u, dir, parts[k], qualified);
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
        return null;
    }

    /** The class a classdef file of that name on the path defines (a superclass), or null. */
    private mjc.compiler.hir.HClass classNamed(Unit from, String name) {
        if (name.equals("event.EventData")) {
            return mjc.compiler.hir.HClass.eventData();
        }
        FunctionRef r = resolve(from, name);
        return r.kind == FunctionRef.Kind.CLASS ? r.cls : null;
    }

    private String displayFor(Unit from, Path candidate) {
        Path dirOfDisplay = Path.of(from.display).getParent();
        if (candidate.getParent() != null && candidate.toAbsolutePath().normalize().getParent()
            .equals(from.path.getParent())) {
            return dirOfDisplay == null ? candidate.getFileName().toString()
                : dirOfDisplay.resolve(candidate.getFileName()).toString();
        }
        return candidate.toString();
    }

    public Map<String, String> sources() {
        return sources;
    }
}
