package mjc.compiler.backend;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import mjc.compiler.hir.HExpr;
import mjc.compiler.hir.HStmt;
import mjc.compiler.hir.LValue;
import mjc.compiler.hir.Variable;

/**
 * What a for loop's body does with each variable, for versioned loops: which real double arrays
 * it touches only element by element (so their double[] can be indexed directly), which it
 * writes, and which variables it gives new values (a loop variable it never assigns can be kept
 * as an int too). An analysis of HIR only; the emitter supplies what it knows of types.
 */
final class LoopBodyScan {
    /** Read as v(i) with one double subscript, or written as v(i) = x. */
    final Set<Variable> ok = new HashSet<>();
    /** Used any other way. */
    final Set<Variable> bad = new HashSet<>();
    /** Written element by element. */
    final Set<Variable> written = new HashSet<>();
    /** Given a new value in any way (assignment, for, catch, clear, eval text). */
    final Set<Variable> defs = new HashSet<>();

    private final Predicate<HStmt.Assign> elementStore;
    private final Predicate<HExpr> isDouble;

    /**
     * elementStore: whether an assignment v(i) = x works on JVM doubles; isDouble: whether an
     * expression is a real double scalar.
     */
    LoopBodyScan(List<HStmt> body, Predicate<HStmt.Assign> elementStore, Predicate<HExpr> isDouble) {
        this.elementStore = elementStore;
        this.isDouble = isDouble;
        scanBody(body, ok, bad, written, defs);
    }

    /** Whether a statement list holds a for or while loop (at any depth). */
    static boolean hasLoop(List<HStmt> body) {
        if (body == null) {
            return false;
        }
        for (HStmt s : body) {
            if (s instanceof HStmt.For || s instanceof HStmt.While) {
                return true;
            }
            if (s instanceof HStmt.If i && (i.bodies.stream().anyMatch(LoopBodyScan::hasLoop) || hasLoop(i.elseBody))
                || s instanceof HStmt.Switch sw && (sw.caseBodies.stream().anyMatch(LoopBodyScan::hasLoop)
                    || hasLoop(sw.otherwise))
                || s instanceof HStmt.Try t && (hasLoop(t.body) || hasLoop(t.handler))) {
                return true;
            }
        }
        return false;
    }

    private void scanBody(List<HStmt> body, Set<Variable> ok, Set<Variable> bad,
        Set<Variable> written, Set<Variable> defs) {
        if (body == null) {
            return;
        }
        for (HStmt s : body) {
            if (s instanceof HStmt.Assign a) {
                LValue t = a.target;
                defs.add(t.root);
                if (!a.delete && t.chain.size() == 1 && t.chain.get(0).kind == LValue.Accessor.Kind.PAREN
                    && t.chain.get(0).args.size() == 1 && (t.chain.get(0).context == null || !t.chain.get(0).context.used)
                    && elementStore.test(a)) {
                    ok.add(t.root);
                    written.add(t.root);
                } else {
                    bad.add(t.root);
                }
                t.chain.forEach(acc -> {
                    if (acc.args != null) {
                        acc.args.forEach(x -> scanExpr(x, ok, bad, defs));
                    }
                    scanExpr(acc.dynamicField, ok, bad, defs);
                });
                scanExpr(a.value, ok, bad, defs);
            } else if (s instanceof HStmt.MultiAssign m) {
                m.targets.forEach(t -> {
                    if (t != null) {
                        bad.add(t.root);
                        defs.add(t.root);
                    }
                });
                scanExpr(m.value, ok, bad, defs);
            } else if (s instanceof HStmt.Eval e) {
                bad.add(e.ans);
                defs.add(e.ans);
                scanExpr(e.expr, ok, bad, defs);
            } else if (s instanceof HStmt.If i) {
                i.conditions.forEach(c -> scanExpr(c, ok, bad, defs));
                i.bodies.forEach(b -> scanBody(b, ok, bad, written, defs));
                scanBody(i.elseBody, ok, bad, written, defs);
            } else if (s instanceof HStmt.For g) {
                bad.add(g.var);
                defs.add(g.var);
                scanExpr(g.range, ok, bad, defs);
                scanBody(g.body, ok, bad, written, defs);
            } else if (s instanceof HStmt.While w) {
                scanExpr(w.condition, ok, bad, defs);
                scanBody(w.body, ok, bad, written, defs);
            } else if (s instanceof HStmt.Switch sw) {
                scanExpr(sw.subject, ok, bad, defs);
                sw.caseValues.forEach(c -> scanExpr(c, ok, bad, defs));
                sw.caseBodies.forEach(b -> scanBody(b, ok, bad, written, defs));
                scanBody(sw.otherwise, ok, bad, written, defs);
            } else if (s instanceof HStmt.Try t) {
                bad.add(t.catchVar);
                defs.add(t.catchVar);
                scanBody(t.body, ok, bad, written, defs);
                scanBody(t.handler, ok, bad, written, defs);
            } else if (s instanceof HStmt.Return r) {
                scanExpr(r.value, ok, bad, defs);
            } else if (s instanceof HStmt.Declare d) {
                bad.addAll(d.vars);
                defs.addAll(d.vars);
            } else if (s instanceof HStmt.Clear c) {
                bad.addAll(c.vars);
                defs.addAll(c.vars);
            }
        }
    }

    private void scanExpr(HExpr e, Set<Variable> ok, Set<Variable> bad,
        Set<Variable> defs) {
        if (e == null) {
            return;
        }
        if (e instanceof HExpr.Index ix && !ix.brace && ix.base instanceof HExpr.VarRead b && ix.args.size() == 1
            && (ix.context == null || !ix.context.used) && isDouble.test(ix.args.get(0))) {
            ok.add(b.var);
            scanExpr(ix.args.get(0), ok, bad, defs);
            return;
        }
        if (e instanceof HExpr.VarRead r) {
            bad.add(r.var);
        } else if (e instanceof HExpr.VarOrCall v) {
            bad.add(v.var);
            v.args.forEach(x -> scanExpr(x, ok, bad, defs));
        } else if (e instanceof HExpr.Call c) {
            c.args.forEach(x -> scanExpr(x, ok, bad, defs));
        } else if (e instanceof HExpr.Index ix) {
            scanExpr(ix.base, ok, bad, defs);
            ix.args.forEach(x -> scanExpr(x, ok, bad, defs));
        } else if (e instanceof HExpr.FieldRead fr) {
            scanExpr(fr.base, ok, bad, defs);
            scanExpr(fr.dynamicName, ok, bad, defs);
        } else if (e instanceof HExpr.Binary b) {
            scanExpr(b.left, ok, bad, defs);
            scanExpr(b.right, ok, bad, defs);
        } else if (e instanceof HExpr.Unary u) {
            scanExpr(u.operand, ok, bad, defs);
        } else if (e instanceof HExpr.ShortCircuit sc) {
            scanExpr(sc.left, ok, bad, defs);
            scanExpr(sc.right, ok, bad, defs);
        } else if (e instanceof HExpr.Range r) {
            scanExpr(r.start, ok, bad, defs);
            scanExpr(r.step, ok, bad, defs);
            scanExpr(r.stop, ok, bad, defs);
        } else if (e instanceof HExpr.Matrix m) {
            m.rows.forEach(row -> row.forEach(x -> scanExpr(x, ok, bad, defs)));
        } else if (e instanceof HExpr.Lambda l) {
            bad.addAll(l.captured);
        } else if (e instanceof HExpr.EvalCall ev) {
            bad.addAll(ev.scopeVariables.values());
            defs.addAll(ev.scopeVariables.values());
            ev.args.forEach(x -> scanExpr(x, ok, bad, defs));
        } else if (e instanceof HExpr.ExistVar x) {
            bad.add(x.var);
        } else if (e instanceof HExpr.Await a) {
            scanExpr(a.task, ok, bad, defs);
        } else if (e instanceof HExpr.AsyncTask a) {
            scanExpr(a.closure, ok, bad, defs);
        }
    }
}
