package mjc.compiler.hir;

/**
 * A MATLAB variable of one function (or closure body). The back end gives each a JVM local
 * slot; globals and persistents live in the session and in a static field instead.
 */
public final class Variable {
    public enum Storage { LOCAL, GLOBAL, PERSISTENT }

    public final String name;
    public Storage storage = Storage.LOCAL;
    /** JVM local slot, assigned by the back end. */
    public int slot = -1;
    /** Index in the closure's capture array, when this variable holds a captured value. */
    public int captureIndex = -1;
    public Type type = Type.UNKNOWN;

    public Variable(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
