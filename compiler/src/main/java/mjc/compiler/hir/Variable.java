package mjc.compiler.hir;

/**
 * A MATLAB variable of one function (or closure body). The back end gives each a JVM local
 * slot; globals and persistents live in the session and in a static field instead, and a
 * variable shared with nested functions in a slot of its owner's {@code Frame}.
 */
public final class Variable {
    public enum Storage { LOCAL, GLOBAL, PERSISTENT, SHARED }

    public final String name;
    public Storage storage = Storage.LOCAL;
    /** JVM local slot, assigned by the back end. */
    public int slot = -1;
    /** Index in the closure's capture array, when this variable holds a captured value. */
    public int captureIndex = -1;
    public Type type = Type.UNKNOWN;
    /** For SHARED: the local holding a frame ({@code $frame} or {@code $outer}), how many parents up, which slot. */
    public Variable frameVar;
    public int frameHops;
    public int frameIndex;

    public Variable(String name) {
        this.name = name;
    }

    /** A variable the compiler made ({@code $frame}, {@code $outer}): no MATLAB code names it. */
    public boolean isHidden() {
        return name.startsWith("$");
    }

    @Override
    public String toString() {
        return name;
    }
}
