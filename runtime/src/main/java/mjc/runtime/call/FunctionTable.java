package mjc.runtime.call;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import mjc.runtime.value.Callable;

/**
 * Name lookups at run time, for the calls that name a function only in data: {@code feval('f')},
 * {@code str2func('f')}, {@code cellfun('isempty', ...)}. Compiled programs register their
 * functions here; builtins are reached through a fallback installed by stdlib.
 */
public final class FunctionTable {
    private static final Map<String, Callable> USER = new ConcurrentHashMap<>();
    private static volatile Function<String, Callable> fallback = name -> null;

    private FunctionTable() {
    }

    public static void register(String name, Callable c) {
        USER.put(name, c);
    }

    public static void setFallback(Function<String, Callable> f) {
        fallback = f;
    }

    /** The function a name means at run time, or null. */
    public static Callable lookup(String name) {
        Callable c = USER.get(name);
        return c != null ? c : fallback.apply(name);
    }
}
