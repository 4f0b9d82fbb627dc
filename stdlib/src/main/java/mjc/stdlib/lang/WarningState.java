package mjc.stdlib.lang;

import java.util.HashSet;
import java.util.Set;
import mjc.runtime.session.Session;

/** Which warnings are switched off (warning('off', id) / warning('off', 'all')), per session. */
final class WarningState {
    private final Set<String> off = new HashSet<>();
    private boolean allOff;

    private static WarningState of(Session s) {
        return s.state(WarningState.class, WarningState::new);
    }

    static void set(Session s, String mode, String id) {
        WarningState w = of(s);
        if (mode.equals("off")) {
            if (id.equals("all")) {
                w.allOff = true;
            } else {
                w.off.add(id);
            }
        } else if (mode.equals("on")) {
            if (id.equals("all")) {
                w.allOff = false;
                w.off.clear();
            } else {
                w.off.remove(id);
            }
        }
    }

    static boolean enabled(Session s, String id) {
        WarningState w = of(s);
        return !w.allOff && !w.off.contains(id);
    }
}
