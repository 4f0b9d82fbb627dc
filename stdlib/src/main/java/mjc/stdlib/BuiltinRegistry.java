package mjc.stdlib;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mjc.runtime.call.FunctionTable;
import mjc.runtime.error.Errors;
import mjc.runtime.value.Callable;
import mjc.runtime.value.Value;

/**
 * Every builtin, found by its {@link Builtin} annotation in the family classes listed in
 * {@link BuiltinFamilies}. The compiler asks for the methods of a name to bind calls statically;
 * {@code feval} and {@code str2func} ask for a {@link Callable} at run time.
 */
public final class BuiltinRegistry {
    private static final Map<String, List<Method>> METHODS = new HashMap<>();
    private static final Map<String, Callable> CALLABLES = new HashMap<>();

    static {
        for (Class<?> family : BuiltinFamilies.ALL) {
            for (Method m : family.getDeclaredMethods()) {
                Builtin b = m.getAnnotation(Builtin.class);
                if (b == null || !Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                for (String name : b.value()) {
                    METHODS.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
                }
            }
        }
        FunctionTable.setFallback(BuiltinRegistry::callable);
    }

    private BuiltinRegistry() {
    }

    /** Makes the registry the run-time fallback of name lookups (feval, str2func). */
    public static void install() {
        // class initialization does the work
    }

    public static boolean exists(String name) {
        return METHODS.containsKey(name);
    }

    public static List<Method> methods(String name) {
        return METHODS.getOrDefault(name, List.of());
    }

    public static java.util.Set<String> names() {
        return METHODS.keySet();
    }

    /** Whether calls of the builtin pass their arguments' variable names (table). */
    public static boolean wantsArgNames(String name) {
        for (Method m : methods(name)) {
            if (m.getAnnotation(Builtin.class).argNames()) {
                return true;
            }
        }
        return false;
    }

    /** The general entry of a builtin, or null. */
    public static Method general(String name) {
        for (Method m : methods(name)) {
            if (isGeneral(m)) {
                return m;
            }
        }
        return null;
    }

    public static boolean isGeneral(Method m) {
        Class<?>[] p = m.getParameterTypes();
        return p.length == 2 && p[0] == Value[].class && p[1] == int.class && m.getReturnType() == Value[].class;
    }

    /** A fixed-arity method for n arguments (returning Value or void), or null. */
    public static Method fixed(String name, int n) {
        for (Method m : methods(name)) {
            Class<?>[] p = m.getParameterTypes();
            if (p.length != n || (m.getReturnType() != Value.class && m.getReturnType() != void.class)) {
                continue;
            }
            boolean ok = true;
            for (Class<?> c : p) {
                if (c != Value.class) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return m;
            }
        }
        return null;
    }

    /** A run-time callable for a builtin name, or null if there is no such builtin. */
    public static synchronized Callable callable(String name) {
        Callable c = CALLABLES.get(name);
        if (c != null || !METHODS.containsKey(name)) {
            return c;
        }
        c = adapter(name);
        CALLABLES.put(name, c);
        return c;
    }

    private static Callable adapter(String name) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Method general = general(name);
        try {
            if (general != null) {
                MethodHandle h = lookup.unreflect(general).asType(java.lang.invoke.MethodType.methodType(Value[].class,
                    Value[].class, int.class));
                return (args, nargout) -> invoke(h, args, nargout);
            }
            // one spreading handle per arity, made once (invokeWithArguments would adapt on every call)
            Map<Integer, MethodHandle> byArity = new HashMap<>();
            Map<Integer, Boolean> isVoid = new HashMap<>();
            for (Method m : methods(name)) {
                if (!isGeneral(m)) {
                    MethodHandle h = lookup.unreflect(m);
                    int n = m.getParameterCount();
                    byArity.put(n, h.asType(h.type().generic()).asSpreader(Object[].class, n));
                    isVoid.put(n, m.getReturnType() == void.class);
                }
            }
            return (args, nargout) -> {
                MethodHandle h = byArity.get(args.length);
                if (h == null) {
                    int max = byArity.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                    throw args.length > max ? Errors.tooManyInputs() : Errors.notEnoughInputs();
                }
                try {
                    Object r = (Object) h.invokeExact((Object[]) args);
                    if (isVoid.get(args.length)) {
                        if (nargout > 0) {
                            throw Errors.tooManyOutputs();
                        }
                        return new Value[0];
                    }
                    return new Value[] {(Value) r};
                } catch (RuntimeException e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            };
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Value[] invoke(MethodHandle h, Value[] args, int nargout) {
        try {
            return (Value[]) h.invokeExact(args, nargout);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
