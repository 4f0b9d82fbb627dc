package mjc.compiler.frontend.ast;

import java.util.List;

/**
 * One parsed {@code .m} file: a script (statements, then optional local functions) or a
 * function file (its first function is the public one).
 */
public final class SourceFile {
    public final String path;
    public final String name;
    public final List<Stmt> script;
    public final List<FunctionDef> functions;
    public final boolean isScript;

    public SourceFile(String path, String name, List<Stmt> script, List<FunctionDef> functions, boolean isScript) {
        this.path = path;
        this.name = name;
        this.script = script;
        this.functions = functions;
        this.isScript = isScript;
    }
}
