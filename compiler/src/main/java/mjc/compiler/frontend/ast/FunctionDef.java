package mjc.compiler.frontend.ast;

import java.util.ArrayList;
import java.util.List;

/** {@code [async] function [outs] = name(params) ... [end]}. */
public final class FunctionDef extends Node {
    public final String name;
    public final List<String> params;
    public final List<String> outputs;
    public final List<Stmt> body;
    public final boolean async;
    public final boolean hasEnd;
    public final int endLine;
    /** Functions nested in this one's body (between its statements and its 'end'), in order. */
    public final List<FunctionDef> nested = new ArrayList<>();
    /** {@code arguments} blocks at the start of the body (declarations as in a properties block). */
    public final List<ClassDef.PropertyBlock> arguments = new ArrayList<>();
    /** The file this function was read from when it is compiled with another file's unit (an @Class method file), else null. */
    public String sourceFile;

    public FunctionDef(int line, int col, String name, List<String> params, List<String> outputs, List<Stmt> body,
                       boolean async, boolean hasEnd, int endLine) {
        super(line, col);
        this.name = name;
        this.params = params;
        this.outputs = outputs;
        this.body = body;
        this.async = async;
        this.hasEnd = hasEnd;
        this.endLine = endLine;
    }
}
