package mjc.compiler.hir;

/**
 * The target of a call or a named handle, resolved at compile time as MATLAB's path rules say:
 * a local function of the file, a function file of the program, a builtin, or nothing (a
 * run-time "Unrecognized function or variable" error, since the call might never run).
 */
public final class FunctionRef {
    public enum Kind { USER, BUILTIN, UNRESOLVED, CLASS, CLASS_MEMBER, SUPER_CONSTRUCTOR, SUPER_METHOD }

    public final Kind kind;
    public final String name;
    /** For USER: the compiled function. */
    public final HFunction function;
    /** For BUILTIN: the implementing class (internal name resolved by the back end). */
    public final Class<?> builtin;

    /** For CLASS (its constructor) and CLASS_MEMBER ({@code Name.member}: name is the member). */
    public final HClass cls;
    /** For USER calls of a nested function: the frame it is passed (its parent's, as seen from the caller). */
    public final HExpr frame;

    private FunctionRef(Kind kind, String name, HFunction function, Class<?> builtin) {
        this(kind, name, function, builtin, null);
    }

    private FunctionRef(Kind kind, String name, HFunction function, Class<?> builtin, HClass cls) {
        this(kind, name, function, builtin, cls, null);
    }

    private FunctionRef(Kind kind, String name, HFunction function, Class<?> builtin, HClass cls, HExpr frame) {
        this.frame = frame;
        this.kind = kind;
        this.name = name;
        this.function = function;
        this.builtin = builtin;
        this.cls = cls;
    }

    public static FunctionRef constructor(HClass c) {
        return new FunctionRef(Kind.CLASS, c.name, null, null, c);
    }

    /** {@code obj@Base(args)} (name: Base) or {@code m@Base(obj, ...)} (name: m). */
    public static FunctionRef superclass(HClass base, String name, boolean constructor) {
        return new FunctionRef(constructor ? Kind.SUPER_CONSTRUCTOR : Kind.SUPER_METHOD, name, null, null, base);
    }

    public static FunctionRef member(HClass c, String member) {
        return new FunctionRef(Kind.CLASS_MEMBER, member, null, null, c);
    }

    public static FunctionRef user(String name, HFunction f) {
        return new FunctionRef(Kind.USER, name, f, null);
    }

    /** A nested function, called with {@code frame} as its hidden first argument. */
    public static FunctionRef nested(String name, HFunction f, HExpr frame) {
        return new FunctionRef(Kind.USER, name, f, null, null, frame);
    }

    public static FunctionRef builtin(String name, Class<?> impl) {
        return new FunctionRef(Kind.BUILTIN, name, null, impl);
    }

    public static FunctionRef unresolved(String name) {
        return new FunctionRef(Kind.UNRESOLVED, name, null, null);
    }
}
