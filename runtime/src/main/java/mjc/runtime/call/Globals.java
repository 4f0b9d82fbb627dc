package mjc.runtime.call;

import mjc.runtime.session.Session;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;

/** Global variables, kept in the current session and bound by {@code global x}. */
public final class Globals {
    private Globals() {
    }

    public static void declare(String name) {
        Session s = Session.current();
        if (!s.hasGlobal(name)) {
            s.setGlobal(name, DoubleArray.empty().own());
        }
    }

    public static Value read(String name) {
        return Session.current().global(name);
    }

    public static void write(String name, Value v) {
        Session.current().setGlobal(name, v);
    }
}
