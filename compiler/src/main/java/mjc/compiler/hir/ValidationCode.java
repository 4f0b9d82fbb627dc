package mjc.compiler.hir;

import java.util.ArrayList;
import java.util.List;
import mjc.compiler.frontend.ast.ClassDef;
import mjc.compiler.frontend.ast.Expr;
import mjc.compiler.frontend.ast.Stmt;

/**
 * The code a declaration {@code Name (1,:) double {mustBePositive, mustBeLessThan(Name, 9)}}
 * stands for, written as MATLAB statements on the value being checked: class and size first
 * ({@code mjc_coerce}, which converts and expands as MATLAB does), then each validator
 * function, a bare name being called with the value. Properties and {@code arguments} blocks
 * share it; an argument's errors get the position or name in front of their message.
 */
public final class ValidationCode {
    private ValidationCode() {
    }

    /** Whether the declaration checks anything. */
    public static boolean validates(ClassDef.PropertyDecl d) {
        return d.className() != null || d.size() != null || !d.validators().isEmpty();
    }

    /**
     * Statements checking (and converting in place) the value held by {@code target} (a
     * variable, or {@code opts.Name}). With a non-empty prefix, a validator's error is
     * rethrown with the prefix in front of its message.
     */
    public static List<Stmt> statements(ClassDef.PropertyDecl d, Expr target, String prefix) {
        int line = d.line();
        int col = d.col();
        List<Stmt> out = new ArrayList<>();
        if (d.className() != null || d.size() != null) {
            List<Expr> args = new ArrayList<>();
            args.add(target);
            args.add(str(line, col, d.className() == null ? "" : d.className()));
            args.add(sizeRow(line, col, d.size()));
            args.add(str(line, col, prefix));
            out.add(assign(line, col, target, call(line, col, "mjc_coerce", args)));
        }
        List<Stmt> checks = new ArrayList<>();
        for (Expr v : d.validators()) {
            Expr c = v instanceof Expr.Ident id ? call(line, col, id.name, List.of(target)) : v;
            checks.add(new Stmt.ExprStmt(v.line, v.col, c, false));
        }
        if (checks.isEmpty()) {
            return out;
        }
        if (prefix.isEmpty()) {
            out.addAll(checks);
        } else {
            String e = "$validationError";
            Stmt rethrow = new Stmt.ExprStmt(line, col, call(line, col, "mjc_rethrow_arg",
                List.of(new Expr.Ident(line, col, e), str(line, col, prefix))), false);
            out.add(new Stmt.Try(line, col, checks, e, List.of(rethrow)));
        }
        return out;
    }

    /** {@code mjc_implicit_default('cls', [size])}: the value a declaration without a default starts with. */
    public static Expr implicitDefault(ClassDef.PropertyDecl d) {
        int line = d.line();
        int col = d.col();
        if (d.className() == null && d.size() == null) {
            return new Expr.Matrix(line, col, false, List.of());
        }
        return call(line, col, "mjc_implicit_default", List.of(str(line, col, d.className() == null ? "" : d.className()),
            sizeRow(line, col, d.size())));
    }

    static Expr call(int line, int col, String fn, List<Expr> args) {
        return new Expr.Index(line, col, new Expr.Ident(line, col, fn), false, args);
    }

    static Expr str(int line, int col, String s) {
        return new Expr.Str(line, col, s, false);
    }

    static Stmt assign(int line, int col, Expr target, Expr value) {
        return new Stmt.Assign(line, col, List.of(target), false, value, false);
    }

    private static Expr sizeRow(int line, int col, List<Integer> size) {
        if (size == null) {
            return new Expr.Matrix(line, col, false, List.of());
        }
        List<Expr> row = new ArrayList<>();
        for (Integer s : size) {
            int v = s == null ? -1 : s;
            row.add(new Expr.Num(line, col, v, false, Integer.toString(v)));
        }
        return new Expr.Matrix(line, col, false, List.of(row));
    }
}
