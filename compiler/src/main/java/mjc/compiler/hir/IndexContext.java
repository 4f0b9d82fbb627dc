package mjc.compiler.hir;

/**
 * The object an {@code end} refers to: the innermost enclosing index expression whose base is
 * a value (not a function call). The back end keeps that base in a temporary local of each method it compiles.
 */
public final class IndexContext {
    public boolean used;
}
