package mjc.compiler.backend;

import java.util.List;
import mjc.compiler.hir.AwaitNormalizer;
import mjc.compiler.hir.HStmt;
import mjc.compiler.hir.LValue;

/** Whether statements contain an await outside nested closures (decides state-machine compilation). */
final class SuspensionScan {
    private SuspensionScan() {
    }

    static boolean any(List<HStmt> body) {
        if (body == null) {
            return false;
        }
        for (HStmt s : body) {
            if (stmt(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stmt(HStmt s) {
        if (s instanceof HStmt.Assign a) {
            return AwaitNormalizer.contains(a.value) || target(a.target);
        }
        if (s instanceof HStmt.MultiAssign m) {
            return AwaitNormalizer.contains(m.value);
        }
        if (s instanceof HStmt.Eval e) {
            return AwaitNormalizer.contains(e.expr);
        }
        if (s instanceof HStmt.If i) {
            for (var c : i.conditions) {
                if (AwaitNormalizer.contains(c)) {
                    return true;
                }
            }
            for (List<HStmt> b : i.bodies) {
                if (any(b)) {
                    return true;
                }
            }
            return any(i.elseBody);
        }
        if (s instanceof HStmt.While w) {
            return AwaitNormalizer.contains(w.condition) || any(w.body);
        }
        if (s instanceof HStmt.For f) {
            return AwaitNormalizer.contains(f.range) || any(f.body);
        }
        if (s instanceof HStmt.Switch sw) {
            if (AwaitNormalizer.contains(sw.subject)) {
                return true;
            }
            for (List<HStmt> b : sw.caseBodies) {
                if (any(b)) {
                    return true;
                }
            }
            return any(sw.otherwise);
        }
        if (s instanceof HStmt.Try t) {
            return any(t.body) || any(t.handler);
        }
        if (s instanceof HStmt.Return r) {
            return r.value != null && AwaitNormalizer.contains(r.value);
        }
        return false;
    }

    private static boolean target(LValue t) {
        for (LValue.Accessor a : t.chain) {
            if (a.args != null) {
                for (var x : a.args) {
                    if (AwaitNormalizer.contains(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
