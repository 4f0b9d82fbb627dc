package mjc.compiler.frontend.ast;

/** Every AST node knows where it starts in the source (1-based line and column). */
public abstract class Node {
    public final int line;
    public final int col;

    protected Node(int line, int col) {
        this.line = line;
        this.col = col;
    }
}
