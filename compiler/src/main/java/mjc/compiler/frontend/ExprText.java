package mjc.compiler.frontend;

import java.util.List;
import mjc.compiler.frontend.ast.Expr;

/**
 * Prints an expression the way Octave prints anonymous functions (what display and func2str
 * show): binary operators spaced, a space before argument lists, {@code !} for not, matrices
 * with commas.
 */
public final class ExprText {
    private ExprText() {
    }

    public static String lambda(Expr.Lambda l) {
        StringBuilder sb = new StringBuilder("@(");
        sb.append(String.join(", ", l.params)).append(") ");
        if (l.isBlock()) {
            sb.append("do ... end");
        } else {
            sb.append(of(l.body));
        }
        return sb.toString();
    }

    public static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Num n) {
            sb.append(n.text);
        } else if (e instanceof Expr.Str s) {
            if (s.doubleQuoted) {
                sb.append('"').append(s.value.replace("\"", "\"\"")).append('"');
            } else {
                sb.append('\'').append(s.value.replace("'", "''")).append('\'');
            }
        } else if (e instanceof Expr.Ident id) {
            sb.append(id.name);
        } else if (e instanceof Expr.Colon) {
            sb.append(':');
        } else if (e instanceof Expr.End) {
            sb.append("end");
        } else if (e instanceof Expr.Tilde) {
            sb.append('~');
        } else if (e instanceof Expr.Binary b) {
            write(b.left, sb);
            sb.append(' ').append(b.op).append(' ');
            write(b.right, sb);
        } else if (e instanceof Expr.ShortCircuit s) {
            write(s.left, sb);
            sb.append(s.and ? " && " : " || ");
            write(s.right, sb);
        } else if (e instanceof Expr.Unary u) {
            switch (u.op) {
                case "()":
                    sb.append('(');
                    write(u.operand, sb);
                    sb.append(')');
                    break;
                case "'":
                case ".'":
                    write(u.operand, sb);
                    sb.append(u.op);
                    break;
                case "~":
                    sb.append('!');
                    write(u.operand, sb);
                    break;
                default:
                    sb.append(u.op);
                    write(u.operand, sb);
            }
        } else if (e instanceof Expr.Range r) {
            write(r.start, sb);
            sb.append(':');
            if (r.step != null) {
                write(r.step, sb);
                sb.append(':');
            }
            write(r.stop, sb);
        } else if (e instanceof Expr.Index ix) {
            write(ix.base, sb);
            sb.append(ix.brace ? " {" : " (");
            list(ix.args, sb);
            sb.append(ix.brace ? '}' : ')');
        } else if (e instanceof Expr.Field f) {
            write(f.base, sb);
            if (f.name != null) {
                sb.append('.').append(f.name);
            } else {
                sb.append(".(");
                write(f.dynamic, sb);
                sb.append(')');
            }
        } else if (e instanceof Expr.Matrix m) {
            sb.append(m.cell ? '{' : '[');
            for (int i = 0; i < m.rows.size(); i++) {
                if (i > 0) {
                    sb.append("; ");
                }
                list(m.rows.get(i), sb);
            }
            sb.append(m.cell ? '}' : ']');
        } else if (e instanceof Expr.FuncHandle h) {
            sb.append('@').append(h.name);
        } else if (e instanceof Expr.Lambda l) {
            sb.append(lambda(l));
        } else if (e instanceof Expr.AsyncLambda a) {
            sb.append("async ").append(lambda(a.lambda));
        }
    }

    private static void list(List<Expr> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(items.get(i), sb);
        }
    }
}
