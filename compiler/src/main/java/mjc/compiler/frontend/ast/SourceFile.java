package mjc.compiler.frontend.ast;

import java.util.List;

/**
 * One parsed {@code .m} file: a script (statements, then optional local functions) or a
 * function file (its first function is the public one), or a classdef file.
 */
public final class SourceFile {
    public final String path;
    public final String name;
    public final List<Stmt> script;
    public final List<FunctionDef> functions;
    public final boolean isScript;
    /** A classdef file's class (its functions are then the local functions after the classdef block). */
    public final ClassDef classDef;

    public SourceFile(String path, String name, List<Stmt> script, List<FunctionDef> functions, boolean isScript) {
        this(path, name, script, functions, isScript, null);
    }

    public SourceFile(String path, String name, List<Stmt> script, List<FunctionDef> functions, boolean isScript,
                      ClassDef classDef) {
        this.path = path;
        this.name = name;
        this.script = script;
        this.functions = functions;
        this.isScript = isScript;
        this.classDef = classDef;
    }
}
