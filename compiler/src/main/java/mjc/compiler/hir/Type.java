package mjc.compiler.hir;

/**
 * The inferred type of an HIR expression. Everything is {@link #UNKNOWN} until the
 * specialization pass runs; the back end compiles UNKNOWN through the generic Value path and
 * may compile narrower types to JVM primitives.
 */
public enum Type {
    UNKNOWN,
    DOUBLE_SCALAR,
    LOGICAL_SCALAR,
    CHAR_ROW,
    DOUBLE_ARRAY
}
