package mjc.compiler.hir;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a coroutine body so that every {@code await} is the whole right side of a statement
 * ({@code v = await(e)}, {@code await(e)}, {@code [a, b] = await(e)}) with no await inside e.
 * Nested awaits move into temporaries, evaluated in MATLAB's left-to-right order (operands left
 * of an await that may have effects move first), so the operand stack is empty at every
 * suspension point. Conditions of if/while/switch that await are evaluated into temporaries
 * at the place they used to be evaluated.
 */
public final class AwaitNormalizer {
    private final HFunction fn;
    private int temps;

    public AwaitNormalizer(HFunction fn) {
        this.fn = fn;
    }

    public static boolean contains(HExpr e) {
        if (e == null) {
            return false;
        }
        if (e instanceof HExpr.Await) {
            return true;
        }
        if (e instanceof HExpr.Binary b) {
            return contains(b.left) || contains(b.right);
        }
        if (e instanceof HExpr.Unary u) {
            return contains(u.operand);
        }
        if (e instanceof HExpr.ShortCircuit s) {
            return contains(s.left) || contains(s.right);
        }
        if (e instanceof HExpr.Range r) {
            return contains(r.start) || contains(r.step) || contains(r.stop);
        }
        if (e instanceof HExpr.Call c) {
            return any(c.args);
        }
        if (e instanceof HExpr.VarOrCall v) {
            return any(v.args);
        }
        if (e instanceof HExpr.EvalCall ev) {
            return any(ev.args);
        }
        if (e instanceof HExpr.Index ix) {
            return contains(ix.base) || any(ix.args);
        }
        if (e instanceof HExpr.FieldRead f) {
            return contains(f.base) || contains(f.dynamicName);
        }
        if (e instanceof HExpr.Matrix m) {
            for (List<HExpr> row : m.rows) {
                if (any(row)) {
                    return true;
                }
            }
            return false;
        }
        if (e instanceof HExpr.AsyncTask a) {
            return !(a.closure instanceof HExpr.Lambda) && contains(a.closure);
        }
        return false;
    }

    private static boolean any(List<HExpr> es) {
        for (HExpr e : es) {
            if (contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(LValue t) {
        for (LValue.Accessor a : t.chain) {
            if ((a.args != null && any(a.args)) || contains(a.dynamicField)) {
                return true;
            }
        }
        return false;
    }

    private Variable temp() {
        return fn.variable("$t" + (++temps));
    }

    private static HExpr read(int line, Variable v) {
        return new HExpr.VarRead(line, v, false);
    }

    public List<HStmt> block(List<HStmt> body) {
        List<HStmt> out = new ArrayList<>();
        if (body == null) {
            return null;
        }
        for (HStmt s : body) {
            statement(s, out);
        }
        return out;
    }

    private void statement(HStmt s, List<HStmt> out) {
        if (s instanceof HStmt.Assign a) {
            if (a.value instanceof HExpr.Await aw && !contains(aw.task) && a.target.isPlain()) {
                out.add(a);
                return;
            }
            if (!contains(a.value) && !contains(a.target)) {
                out.add(a);
                return;
            }
            HExpr v = flattenValue(a.value, out);
            LValue t = flattenTarget(a.target, out);
            out.add(new HStmt.Assign(a.line, t, v, a.print, a.delete));
            return;
        }
        if (s instanceof HStmt.Eval e) {
            if (e.expr instanceof HExpr.Await aw && !contains(aw.task)) {
                out.add(e);
                return;
            }
            if (!contains(e.expr)) {
                out.add(e);
                return;
            }
            if (e.expr instanceof HExpr.Await aw) {
                HExpr task = flattenValue(aw.task, out);
                out.add(new HStmt.Eval(e.line, new HExpr.Await(aw.line, task), e.print, e.ans));
                return;
            }
            out.add(new HStmt.Eval(e.line, flatten(e.expr, out), e.print, e.ans));
            return;
        }
        if (s instanceof HStmt.MultiAssign m) {
            boolean targetsAwait = false;
            for (LValue t : m.targets) {
                if (t != null && contains(t)) {
                    targetsAwait = true;
                }
            }
            if (!contains(m.value) && !targetsAwait) {
                out.add(m);
                return;
            }
            HExpr v = m.value;
            if (v instanceof HExpr.Await aw) {
                v = new HExpr.Await(aw.line, flattenValue(aw.task, out));
            } else {
                v = flattenCall(v, out);
            }
            List<LValue> targets = new ArrayList<>();
            for (LValue t : m.targets) {
                targets.add(t == null ? null : flattenTarget(t, out));
            }
            out.add(new HStmt.MultiAssign(m.line, targets, v, m.print));
            return;
        }
        if (s instanceof HStmt.If i) {
            out.addAll(ifChain(i, 0));
            return;
        }
        if (s instanceof HStmt.While w) {
            if (!contains(w.condition)) {
                out.add(new HStmt.While(w.line, w.condition, block(w.body)));
                return;
            }
            List<HStmt> body = new ArrayList<>();
            HExpr c = flattenValue(w.condition, body);
            List<HStmt> exit = new ArrayList<>();
            exit.add(new HStmt.Break(w.line));
            body.add(new HStmt.If(w.line, List.of(new HExpr.Unary(w.line, "~", truth(c))), List.of(exit), null));
            body.addAll(block(w.body));
            out.add(new HStmt.While(w.line, new HExpr.Const(w.line, HExpr.Const.Kind.DOUBLE, 1, null), body));
            return;
        }
        if (s instanceof HStmt.For f) {
            HExpr range = contains(f.range) ? flattenValue(f.range, out) : f.range;
            out.add(new HStmt.For(f.line, f.var, range, block(f.body)));
            return;
        }
        if (s instanceof HStmt.Switch sw) {
            HExpr subject = contains(sw.subject) ? flattenValue(sw.subject, out) : sw.subject;
            List<HExpr> values = new ArrayList<>();
            for (HExpr v : sw.caseValues) {
                values.add(contains(v) ? flattenValue(v, out) : v);
            }
            List<List<HStmt>> bodies = new ArrayList<>();
            for (List<HStmt> b : sw.caseBodies) {
                bodies.add(block(b));
            }
            out.add(new HStmt.Switch(sw.line, subject, values, bodies, block(sw.otherwise)));
            return;
        }
        if (s instanceof HStmt.Try t) {
            out.add(new HStmt.Try(t.line, block(t.body), t.catchVar, block(t.handler)));
            return;
        }
        if (s instanceof HStmt.Return r && r.value != null && contains(r.value)) {
            HExpr v = flattenValue(r.value, out);
            out.add(new HStmt.Return(r.line, v, r.firstOutput));
            return;
        }
        out.add(s);
    }

    /** A condition value read as if/while read it: truth of the value. */
    private static HExpr truth(HExpr c) {
        return c;
    }

    private List<HStmt> ifChain(HStmt.If i, int from) {
        List<HStmt> out = new ArrayList<>();
        HExpr c = i.conditions.get(from);
        if (contains(c)) {
            c = flattenValue(c, out);
        }
        List<HStmt> body = block(i.bodies.get(from));
        if (from == i.conditions.size() - 1) {
            out.add(new HStmt.If(i.line, List.of(c), List.of(body), block(i.elseBody)));
            return out;
        }
        boolean laterAwaits = false;
        for (int k = from + 1; k < i.conditions.size(); k++) {
            if (contains(i.conditions.get(k))) {
                laterAwaits = true;
            }
        }
        if (!laterAwaits) {
            List<HExpr> conds = new ArrayList<>();
            List<List<HStmt>> bodies = new ArrayList<>();
            conds.add(c);
            bodies.add(body);
            for (int k = from + 1; k < i.conditions.size(); k++) {
                conds.add(i.conditions.get(k));
                bodies.add(block(i.bodies.get(k)));
            }
            out.add(new HStmt.If(i.line, conds, bodies, block(i.elseBody)));
            return out;
        }
        out.add(new HStmt.If(i.line, List.of(c), List.of(body), ifChain(i, from + 1)));
        return out;
    }

    /** e evaluated into a form without awaits; a top-level await becomes a temporary too. */
    private HExpr flattenValue(HExpr e, List<HStmt> pre) {
        HExpr f = flatten(e, pre);
        if (f instanceof HExpr.Await) {
            Variable t = temp();
            pre.add(new HStmt.Assign(e.line, new LValue(t, List.of()), f, false, false));
            return read(e.line, t);
        }
        return f;
    }

    /** For a multi-output call whose arguments await. */
    private HExpr flattenCall(HExpr e, List<HStmt> pre) {
        return flatten(e, pre);
    }

    private LValue flattenTarget(LValue t, List<HStmt> pre) {
        List<LValue.Accessor> chain = new ArrayList<>();
        for (LValue.Accessor a : t.chain) {
            List<HExpr> args = a.args == null ? null : flattenList(a.args, pre);
            HExpr dyn = a.dynamicField != null && contains(a.dynamicField) ? flattenValue(a.dynamicField, pre)
                : a.dynamicField;
            chain.add(new LValue.Accessor(a.kind, args, a.field, dyn, a.context));
        }
        return new LValue(t.root, chain);
    }

    private static boolean pure(HExpr e) {
        return e instanceof HExpr.Const || e instanceof HExpr.VarRead || e instanceof HExpr.Colon
            || e instanceof HExpr.End || e instanceof HExpr.ArgCount || e instanceof HExpr.Handle
            || e instanceof HExpr.Lambda;
    }

    /** Evaluates items in order; those left of an await that may have effects move into temporaries. */
    private List<HExpr> flattenList(List<HExpr> items, List<HStmt> pre) {
        int last = -1;
        for (int k = 0; k < items.size(); k++) {
            if (contains(items.get(k))) {
                last = k;
            }
        }
        List<HExpr> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            HExpr x = items.get(k);
            if (k < last && !contains(x) && !pure(x) && !x.isCsList()) {
                Variable t = temp();
                pre.add(new HStmt.Assign(x.line, new LValue(t, List.of()), x, false, false));
                out.add(read(x.line, t));
            } else if (contains(x)) {
                out.add(flattenValue(x, pre));
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private HExpr flatten(HExpr e, List<HStmt> pre) {
        if (!contains(e)) {
            return e;
        }
        int line = e.line;
        if (e instanceof HExpr.Await a) {
            return new HExpr.Await(line, flattenValue(a.task, pre));
        }
        if (e instanceof HExpr.Binary b) {
            List<HExpr> ops = flattenList(List.of(b.left, b.right), pre);
            return new HExpr.Binary(line, b.op, ops.get(0), ops.get(1));
        }
        if (e instanceof HExpr.Unary u) {
            return new HExpr.Unary(line, u.op, flattenValue(u.operand, pre));
        }
        if (e instanceof HExpr.Range r) {
            List<HExpr> parts = new ArrayList<>();
            parts.add(r.start);
            if (r.step != null) {
                parts.add(r.step);
            }
            parts.add(r.stop);
            List<HExpr> f = flattenList(parts, pre);
            return r.step == null ? new HExpr.Range(line, f.get(0), null, f.get(1))
                : new HExpr.Range(line, f.get(0), f.get(1), f.get(2));
        }
        if (e instanceof HExpr.Call c) {
            return new HExpr.Call(line, c.fn, flattenList(c.args, pre));
        }
        if (e instanceof HExpr.VarOrCall v) {
            return new HExpr.VarOrCall(line, v.var, v.fallback, flattenList(v.args, pre), v.hasArgs, v.context);
        }
        if (e instanceof HExpr.Index ix) {
            List<HExpr> all = new ArrayList<>();
            all.add(ix.base);
            all.addAll(ix.args);
            List<HExpr> f = flattenList(all, pre);
            return new HExpr.Index(line, f.get(0), ix.brace, f.subList(1, f.size()), ix.context);
        }
        if (e instanceof HExpr.FieldRead fr) {
            HExpr base = flattenValue(fr.base, pre);
            HExpr dyn = fr.dynamicName == null ? null : flattenValue(fr.dynamicName, pre);
            return new HExpr.FieldRead(line, base, fr.name, dyn);
        }
        if (e instanceof HExpr.Matrix m) {
            List<List<HExpr>> rows = new ArrayList<>();
            for (List<HExpr> row : m.rows) {
                rows.add(flattenList(row, pre));
            }
            return new HExpr.Matrix(line, m.cell, rows);
        }
        if (e instanceof HExpr.ShortCircuit s) {
            Variable t = temp();
            HExpr left = flattenValue(s.left, pre);
            HExpr one = new HExpr.Const(line, HExpr.Const.Kind.DOUBLE, 1, null);
            HExpr zero = new HExpr.Const(line, HExpr.Const.Kind.DOUBLE, 0, null);
            pre.add(new HStmt.Assign(line, new LValue(t, List.of()),
                new HExpr.ShortCircuit(line, s.and, left, s.and ? one : zero), false, false));
            List<HStmt> second = new ArrayList<>();
            HExpr right = flattenValue(s.right, second);
            second.add(new HStmt.Assign(line, new LValue(t, List.of()),
                new HExpr.ShortCircuit(line, s.and, right, s.and ? one : zero), false, false));
            HExpr cond = s.and ? read(line, t) : new HExpr.Unary(line, "~", read(line, t));
            pre.add(new HStmt.If(line, List.of(cond), List.of(second), null));
            return read(line, t);
        }
        if (e instanceof HExpr.AsyncTask a) {
            return new HExpr.AsyncTask(line, flattenValue(a.closure, pre));
        }
        if (e instanceof HExpr.EvalCall ev) {
            return new HExpr.EvalCall(line, ev.name, flattenList(ev.args, pre), ev.scopeVariables);
        }
        return e;
    }
}
