package mjc.compiler.frontend.parser;

import mjc.compiler.frontend.ast.Expr;

/** Which parsed expressions may stand on the left of {@code =}. */
final class LValues {
    private LValues() {
    }

    /** Null when {@code e} is a valid assignment target, else the reason. */
    static String check(Expr e, boolean inList) {
        if (e instanceof Expr.Ident) {
            return null;
        }
        if (e instanceof Expr.Tilde) {
            return inList ? null : "invalid assignment target";
        }
        if (e instanceof Expr.Index ix) {
            return rooted(ix.base) ? null : "invalid assignment target";
        }
        if (e instanceof Expr.Field f) {
            return rooted(f.base) ? null : "invalid assignment target";
        }
        return "invalid assignment target: only variables, indexed variables and fields can be assigned";
    }

    private static boolean rooted(Expr e) {
        if (e instanceof Expr.Ident) {
            return true;
        }
        if (e instanceof Expr.Index ix) {
            return rooted(ix.base);
        }
        if (e instanceof Expr.Field f) {
            return rooted(f.base);
        }
        return false;
    }
}
