package mjc.compiler.hir;

/** Finds what a function name means from one file, in MATLAB's path order. */
public interface Resolver {
    /** Never null: an unresolved name gives a FunctionRef of kind UNRESOLVED. */
    FunctionRef resolve(String name);
}
