package mjc.stdlib.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Environment variables as the program sees them: the process's, with setenv's changes on top. */
public final class Environment {
    private static final Map<String, String> SET = new ConcurrentHashMap<>();

    private Environment() {
    }

    public static void set(String name, String value) {
        SET.put(name, value);
    }

    /** The variable's value, or null when it is not set. */
    public static String get(String name) {
        String v = SET.get(name);
        return v != null ? v : System.getenv(name);
    }

    /** setenv's changes, for the commands system() starts. */
    static void applyTo(Map<String, String> env) {
        env.putAll(SET);
    }
}
