package mjc.runtime.call;

import java.util.LinkedHashMap;
import java.util.Map;
import mjc.runtime.value.Value;

/**
 * A function's variables by name, for code that reaches them by name at run time (eval,
 * evalc, assignin). Compiled functions that call those copy their locals into a Workspace
 * before the call and back after it; everything else keeps variables in JVM locals.
 */
public final class Workspace {
    private final Map<String, Value> vars = new LinkedHashMap<>();

    public Value get(String name) {
        return vars.get(name);
    }

    /** Binds name (null unbinds, as clear does). */
    public void put(String name, Value v) {
        if (v == null) {
            vars.remove(name);
        } else {
            vars.put(name, v);
        }
    }

    /** Generated code: hands over a local's current value (null: unassigned, so unbound). */
    public void set(String name, Value v) {
        if (v == null) {
            vars.remove(name);
        } else {
            vars.put(name, v.share());
        }
    }

    public boolean has(String name) {
        return vars.containsKey(name);
    }

    public Map<String, Value> asMap() {
        return vars;
    }
}
