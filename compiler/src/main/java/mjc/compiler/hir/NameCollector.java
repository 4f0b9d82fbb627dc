package mjc.compiler.hir;

import java.util.List;
import java.util.Set;
import mjc.compiler.frontend.ast.Expr;
import mjc.compiler.frontend.ast.Stmt;

/** Collects every identifier a piece of AST mentions (used to find what a block captures). */
final class NameCollector {
    private NameCollector() {
    }

    static void statements(List<Stmt> body, Set<String> out) {
        if (body == null) {
            return;
        }
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a) {
                for (Expr t : a.targets) {
                    expr(t, out);
                }
                expr(a.rhs, out);
            } else if (s instanceof Stmt.ExprStmt e) {
                expr(e.expr, out);
            } else if (s instanceof Stmt.If i) {
                for (Expr c : i.conditions) {
                    expr(c, out);
                }
                for (List<Stmt> b : i.bodies) {
                    statements(b, out);
                }
                statements(i.elseBody, out);
            } else if (s instanceof Stmt.For f) {
                expr(f.var, out);
                expr(f.range, out);
                statements(f.body, out);
            } else if (s instanceof Stmt.While w) {
                expr(w.condition, out);
                statements(w.body, out);
            } else if (s instanceof Stmt.Switch sw) {
                expr(sw.subject, out);
                for (Expr c : sw.caseValues) {
                    expr(c, out);
                }
                for (List<Stmt> b : sw.caseBodies) {
                    statements(b, out);
                }
                statements(sw.otherwise, out);
            } else if (s instanceof Stmt.Try t) {
                statements(t.body, out);
                statements(t.catchBody, out);
            } else if (s instanceof Stmt.Command c) {
                out.add(c.name);
            } else if (s instanceof Stmt.Return r) {
                if (r.value != null) {
                    expr(r.value, out);
                }
            }
        }
    }

    static void expr(Expr e, Set<String> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Ident id) {
            out.add(id.name);
        } else if (e instanceof Expr.Binary b) {
            expr(b.left, out);
            expr(b.right, out);
        } else if (e instanceof Expr.ShortCircuit s) {
            expr(s.left, out);
            expr(s.right, out);
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand, out);
        } else if (e instanceof Expr.Range r) {
            expr(r.start, out);
            expr(r.step, out);
            expr(r.stop, out);
        } else if (e instanceof Expr.Index ix) {
            expr(ix.base, out);
            for (Expr a : ix.args) {
                expr(a, out);
            }
        } else if (e instanceof Expr.Field f) {
            expr(f.base, out);
            expr(f.dynamic, out);
        } else if (e instanceof Expr.Matrix m) {
            for (List<Expr> row : m.rows) {
                for (Expr x : row) {
                    expr(x, out);
                }
            }
        } else if (e instanceof Expr.Lambda l) {
            if (l.body != null) {
                expr(l.body, out);
            }
            statements(l.block, out);
        } else if (e instanceof Expr.AsyncLambda a) {
            expr(a.lambda, out);
        }
    }
}
