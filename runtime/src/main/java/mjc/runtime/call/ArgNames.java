package mjc.runtime.call;

/**
 * The variable names a call site passed as arguments, for the few builtins that name things after
 * them as MATLAB does ({@code table(Age, Height)} has variables Age and Height). The compiler sets
 * them after evaluating the arguments and just before the call; the builtin takes them once.
 */
public final class ArgNames {
    private static final ThreadLocal<String> PENDING = new ThreadLocal<>();

    private ArgNames() {
    }

    /** Names joined by newlines, "" for an argument that is not a plain variable. */
    public static void set(String joined) {
        PENDING.set(joined);
    }

    /** The names of the current call's n arguments (empty strings where unknown), clearing them. */
    public static String[] take(int n) {
        String joined = PENDING.get();
        PENDING.remove();
        String[] out = new String[n];
        String[] parts = joined == null ? new String[0] : joined.split("\n", -1);
        for (int i = 0; i < n; i++) {
            out[i] = i < parts.length && parts.length == n ? parts[i] : "";
        }
        return out;
    }
}
