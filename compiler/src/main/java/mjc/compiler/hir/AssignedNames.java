package mjc.compiler.hir;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mjc.compiler.frontend.ast.Expr;
import mjc.compiler.frontend.ast.Stmt;

/**
 * The names a function body assigns anywhere (targets, loop variables, catch variables,
 * global and persistent declarations). A name in this set is a variable wherever it is
 * definitely assigned, and possibly a variable where it may be (Kind Analysis, McLab).
 * Nested block closures are separate scopes and are not searched.
 */
final class AssignedNames {
    private AssignedNames() {
    }

    static Set<String> of(List<Stmt> body) {
        Set<String> out = new LinkedHashSet<>();
        collect(body, out);
        return out;
    }

    private static void collect(List<Stmt> body, Set<String> out) {
        if (body == null) {
            return;
        }
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a) {
                for (Expr t : a.targets) {
                    String r = root(t);
                    if (r != null) {
                        out.add(r);
                    }
                }
            } else if (s instanceof Stmt.ExprStmt e) {
                if (!(e.expr instanceof Expr.Ident)) {
                    out.add("ans");
                }
            } else if (s instanceof Stmt.Command) {
                out.add("ans");
            } else if (s instanceof Stmt.For f) {
                String r = root(f.var);
                if (r != null) {
                    out.add(r);
                }
                collect(f.body, out);
            } else if (s instanceof Stmt.If i) {
                for (List<Stmt> b : i.bodies) {
                    collect(b, out);
                }
                collect(i.elseBody, out);
            } else if (s instanceof Stmt.While w) {
                collect(w.body, out);
            } else if (s instanceof Stmt.Switch sw) {
                for (List<Stmt> b : sw.caseBodies) {
                    collect(b, out);
                }
                collect(sw.otherwise, out);
            } else if (s instanceof Stmt.Try t) {
                collect(t.body, out);
                if (t.catchVar != null) {
                    out.add(t.catchVar);
                }
                collect(t.catchBody, out);
            } else if (s instanceof Stmt.Declare d) {
                out.addAll(d.names);
            }
        }
    }

    static String root(Expr e) {
        if (e instanceof Expr.Ident id) {
            return id.name;
        }
        if (e instanceof Expr.Index ix) {
            return root(ix.base);
        }
        if (e instanceof Expr.Field f) {
            return root(f.base);
        }
        return null;
    }
}
