package mjc.compiler.hir;

/**
 * The object an {@code end} refers to: the innermost enclosing index expression whose base is
 * a value (not a function call). The back end keeps that base in a temporary local.
 */
public final class IndexContext {
    /** JVM local slot holding the indexed value, assigned by the back end. */
    public int slot = -1;
    public boolean used;
}
