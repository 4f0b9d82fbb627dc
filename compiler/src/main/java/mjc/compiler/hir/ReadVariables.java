package mjc.compiler.hir;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The variables a function body ever reads (a loop variable nobody reads need not be stored). */
public final class ReadVariables {
    private ReadVariables() {
    }

    public static Set<Variable> of(HFunction fn) {
        Set<Variable> out = new HashSet<>(fn.outputs);
        if (fn.expression != null) {
            Liveness.uses(fn.expression, out);
        }
        block(fn.body, out);
        return out;
    }

    private static void block(List<HStmt> body, Set<Variable> out) {
        if (body == null) {
            return;
        }
        for (HStmt s : body) {
            if (s instanceof HStmt.Assign a) {
                Liveness.uses(a.value, out);
                lvalue(a.target, out);
            } else if (s instanceof HStmt.MultiAssign m) {
                Liveness.uses(m.value, out);
                for (LValue t : m.targets) {
                    if (t != null) {
                        lvalue(t, out);
                    }
                }
            } else if (s instanceof HStmt.Eval e) {
                Liveness.uses(e.expr, out);
            } else if (s instanceof HStmt.If i) {
                i.conditions.forEach(c -> Liveness.uses(c, out));
                i.bodies.forEach(b -> block(b, out));
                block(i.elseBody, out);
            } else if (s instanceof HStmt.While w) {
                Liveness.uses(w.condition, out);
                block(w.body, out);
            } else if (s instanceof HStmt.For f) {
                Liveness.uses(f.range, out);
                block(f.body, out);
            } else if (s instanceof HStmt.Switch sw) {
                Liveness.uses(sw.subject, out);
                sw.caseValues.forEach(c -> Liveness.uses(c, out));
                sw.caseBodies.forEach(b -> block(b, out));
                block(sw.otherwise, out);
            } else if (s instanceof HStmt.Try t) {
                block(t.body, out);
                block(t.handler, out);
            } else if (s instanceof HStmt.Return r) {
                Liveness.uses(r.value, out);
            } else if (s instanceof HStmt.Declare d) {
                out.addAll(d.vars);
            }
        }
    }

    private static void lvalue(LValue t, Set<Variable> out) {
        if (!t.isPlain()) {
            out.add(t.root);
        }
        for (LValue.Accessor a : t.chain) {
            if (a.args != null) {
                a.args.forEach(x -> Liveness.uses(x, out));
            }
            Liveness.uses(a.dynamicField, out);
        }
    }
}
