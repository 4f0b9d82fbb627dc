package mjc.compiler.hir;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backward liveness over a (normalized) coroutine body: for each statement that awaits, the
 * variables whose values are still needed after it. Only those are spilled into the state
 * machine's fields at that suspension point, so a suspended task keeps exactly the values live
 * across its await.
 */
public final class Liveness {
    private final Map<HStmt, Set<Variable>> liveAfter = new IdentityHashMap<>();
    private final Set<Variable> exitLive;

    private Liveness(Set<Variable> exitLive) {
        this.exitLive = exitLive;
    }

    /** Analyses fn's body; the result maps each await statement to the variables live after it. */
    public static Map<HStmt, Set<Variable>> analyse(HFunction fn) {
        Set<Variable> exit = new HashSet<>(fn.outputs);
        Liveness l = new Liveness(exit);
        l.block(fn.body, exit, null, new HashSet<>());
        return l.liveAfter;
    }

    private record Loop(Set<Variable> breakLive, Set<Variable> continueLive) {
    }

    private Set<Variable> block(List<HStmt> body, Set<Variable> after, Loop loop, Set<Variable> handlerLive) {
        Set<Variable> live = new HashSet<>(after);
        if (body == null) {
            return live;
        }
        for (int i = body.size() - 1; i >= 0; i--) {
            live = statement(body.get(i), live, loop, handlerLive);
        }
        return live;
    }

    private static boolean awaits(HStmt s) {
        if (s instanceof HStmt.Assign a) {
            return a.value instanceof HExpr.Await;
        }
        if (s instanceof HStmt.Eval e) {
            return e.expr instanceof HExpr.Await;
        }
        if (s instanceof HStmt.MultiAssign m) {
            return m.value instanceof HExpr.Await;
        }
        return false;
    }

    private Set<Variable> statement(HStmt s, Set<Variable> after, Loop loop, Set<Variable> handlerLive) {
        if (awaits(s)) {
            Set<Variable> rec = new HashSet<>(after);
            rec.addAll(handlerLive);
            if (s instanceof HStmt.Assign a && a.target.isPlain()) {
                rec.remove(a.target.root);
            }
            liveAfter.merge(s, rec, (x, y) -> {
                x.addAll(y);
                return x;
            });
        }
        Set<Variable> live = new HashSet<>(after);
        if (s instanceof HStmt.Assign a) {
            if (a.target.isPlain()) {
                live.remove(a.target.root);
            }
            uses(a.value, live);
            uses(a.target, live);
            return live;
        }
        if (s instanceof HStmt.MultiAssign m) {
            for (LValue t : m.targets) {
                if (t != null && t.isPlain()) {
                    live.remove(t.root);
                }
            }
            uses(m.value, live);
            for (LValue t : m.targets) {
                if (t != null) {
                    uses(t, live);
                }
            }
            return live;
        }
        if (s instanceof HStmt.Eval e) {
            uses(e.expr, live);
            return live;
        }
        if (s instanceof HStmt.If i) {
            Set<Variable> out = new HashSet<>();
            for (List<HStmt> b : i.bodies) {
                out.addAll(block(b, after, loop, handlerLive));
            }
            out.addAll(i.elseBody != null ? block(i.elseBody, after, loop, handlerLive) : after);
            for (HExpr c : i.conditions) {
                uses(c, out);
            }
            return out;
        }
        if (s instanceof HStmt.While w) {
            Set<Variable> head = new HashSet<>(after);
            uses(w.condition, head);
            while (true) {
                Set<Variable> bodyIn = block(w.body, head, new Loop(after, head), handlerLive);
                Set<Variable> next = new HashSet<>(after);
                next.addAll(bodyIn);
                uses(w.condition, next);
                if (next.equals(head)) {
                    return head;
                }
                head = next;
            }
        }
        if (s instanceof HStmt.For f) {
            Set<Variable> head = new HashSet<>(after);
            while (true) {
                Set<Variable> bodyIn = block(f.body, head, new Loop(after, head), handlerLive);
                bodyIn.remove(f.var);
                Set<Variable> next = new HashSet<>(after);
                next.addAll(bodyIn);
                if (next.equals(head)) {
                    break;
                }
                head = next;
            }
            Set<Variable> before = new HashSet<>(head);
            uses(f.range, before);
            return before;
        }
        if (s instanceof HStmt.Switch sw) {
            Set<Variable> out = new HashSet<>();
            for (List<HStmt> b : sw.caseBodies) {
                out.addAll(block(b, after, loop, handlerLive));
            }
            out.addAll(sw.otherwise != null ? block(sw.otherwise, after, loop, handlerLive) : after);
            uses(sw.subject, out);
            for (HExpr c : sw.caseValues) {
                uses(c, out);
            }
            return out;
        }
        if (s instanceof HStmt.Try t) {
            Set<Variable> handlerIn = block(t.handler, after, loop, handlerLive);
            if (t.catchVar != null) {
                handlerIn.remove(t.catchVar);
            }
            Set<Variable> inner = new HashSet<>(handlerLive);
            inner.addAll(handlerIn);
            Set<Variable> bodyIn = block(t.body, after, loop, inner);
            bodyIn.addAll(handlerIn);
            return bodyIn;
        }
        if (s instanceof HStmt.Break) {
            return loop == null ? live : new HashSet<>(loop.breakLive());
        }
        if (s instanceof HStmt.Continue) {
            return loop == null ? live : new HashSet<>(loop.continueLive());
        }
        if (s instanceof HStmt.Return r) {
            Set<Variable> out = new HashSet<>(exitLive);
            if (r.value != null) {
                if (r.firstOutput != null) {
                    out.remove(r.firstOutput);
                }
                uses(r.value, out);
            }
            return out;
        }
        if (s instanceof HStmt.Clear c) {
            live.removeAll(c.vars);
            return live;
        }
        return live;
    }

    private static void uses(LValue t, Set<Variable> live) {
        if (!t.isPlain()) {
            live.add(t.root);
        }
        for (LValue.Accessor a : t.chain) {
            if (a.args != null) {
                for (HExpr x : a.args) {
                    uses(x, live);
                }
            }
            uses(a.dynamicField, live);
        }
    }

    static void uses(HExpr e, Set<Variable> live) {
        if (e == null) {
            return;
        }
        if (e instanceof HExpr.VarRead r) {
            live.add(r.var);
        } else if (e instanceof HExpr.VarOrCall v) {
            live.add(v.var);
            v.args.forEach(x -> uses(x, live));
        } else if (e instanceof HExpr.Call c) {
            c.args.forEach(x -> uses(x, live));
        } else if (e instanceof HExpr.Index ix) {
            uses(ix.base, live);
            ix.args.forEach(x -> uses(x, live));
        } else if (e instanceof HExpr.FieldRead f) {
            uses(f.base, live);
            uses(f.dynamicName, live);
        } else if (e instanceof HExpr.Binary b) {
            uses(b.left, live);
            uses(b.right, live);
        } else if (e instanceof HExpr.Unary u) {
            uses(u.operand, live);
        } else if (e instanceof HExpr.ShortCircuit s) {
            uses(s.left, live);
            uses(s.right, live);
        } else if (e instanceof HExpr.Range r) {
            uses(r.start, live);
            uses(r.step, live);
            uses(r.stop, live);
        } else if (e instanceof HExpr.Matrix m) {
            m.rows.forEach(row -> row.forEach(x -> uses(x, live)));
        } else if (e instanceof HExpr.Lambda l) {
            live.addAll(l.captured);
        } else if (e instanceof HExpr.Await a) {
            uses(a.task, live);
        } else if (e instanceof HExpr.AsyncTask a) {
            uses(a.closure, live);
        } else if (e instanceof HExpr.ExistVar x) {
            live.add(x.var);
            uses(x.fallback, live);
        } else if (e instanceof HExpr.EvalCall ev) {
            ev.args.forEach(x -> uses(x, live));
            live.addAll(ev.scopeVariables.values());
        }
    }
}
