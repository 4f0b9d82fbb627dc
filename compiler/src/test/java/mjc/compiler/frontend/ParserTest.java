package mjc.compiler.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mjc.compiler.frontend.ast.Expr;
import mjc.compiler.frontend.ast.SourceFile;
import mjc.compiler.frontend.ast.Stmt;
import org.junit.jupiter.api.Test;

/** Precedence, statement forms and error recovery of the JavaCC grammar. */
class ParserTest {
    private static SourceFile parse(String src) {
        Frontend.Result r = Frontend.parse("t.m", "t", src);
        assertThat(r.diagnostics()).as("diagnostics").isEmpty();
        return r.file();
    }

    private static Expr expr(String src) {
        Stmt s = parse(src).script.get(0);
        return s instanceof Stmt.Assign a ? a.rhs : ((Stmt.ExprStmt) s).expr;
    }

    private static String show(Expr e) {
        return ExprText.of(e);
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        Expr e = expr("x = -2^2;");
        assertThat(e).isInstanceOf(Expr.Unary.class);
        assertThat(((Expr.Unary) e).operand).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void powerTakesASignedExponentAndIsLeftAssociative() {
        Expr e = expr("x = 2^-1;");
        assertThat(((Expr.Binary) e).right).isInstanceOf(Expr.Unary.class);
        Expr f = expr("x = 2^3^2;");
        assertThat(((Expr.Binary) f).left).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void transposeInExponentBindsToTheExponent() {
        Expr e = expr("x = a.^b';");
        assertThat(((Expr.Binary) e).right).isInstanceOf(Expr.Unary.class);
    }

    @Test
    void rangesComparisonsAndLogic() {
        assertThat(show(expr("x = 1:n+1;"))).isEqualTo("1:n + 1");
        Expr e = expr("x = a < b & c || d;");
        assertThat(e).isInstanceOf(Expr.ShortCircuit.class);
    }

    @Test
    void multipleAssignmentWithPlaceholder() {
        Stmt s = parse("[~, i] = max(v);").script.get(0);
        Stmt.Assign a = (Stmt.Assign) s;
        assertThat(a.multi).isTrue();
        assertThat(a.targets.get(0)).isInstanceOf(Expr.Tilde.class);
        assertThat(a.print).isFalse();
    }

    @Test
    void displayFollowsTheSemicolon() {
        List<Stmt> st = parse("a = 1\nb = 2;\nc = 3, d = 4;").script;
        assertThat(st).hasSize(4);
        assertThat(((Stmt.Assign) st.get(0)).print).isTrue();
        assertThat(((Stmt.Assign) st.get(1)).print).isFalse();
        assertThat(((Stmt.Assign) st.get(2)).print).isTrue();
        assertThat(((Stmt.Assign) st.get(3)).print).isFalse();
    }

    @Test
    void functionsWithAndWithoutEnd() {
        SourceFile f = parse("function y = f(x)\ny = g(x);\nfunction z = g(x)\nz = x;\n");
        assertThat(f.isScript).isFalse();
        assertThat(f.functions).hasSize(2);
        SourceFile s = parse("a = f(1);\nfunction y = f(x)\n  y = x;\nend\n");
        assertThat(s.isScript).isTrue();
        assertThat(s.functions.get(0).hasEnd).isTrue();
    }

    @Test
    void anonymousFunctionsAndHandles() {
        Expr e = expr("f = @(x, y) x + y;");
        assertThat(e).isInstanceOf(Expr.Lambda.class);
        assertThat(((Expr.Lambda) e).params).containsExactly("x", "y");
        assertThat(expr("h = @sin;")).isInstanceOf(Expr.FuncHandle.class);
    }

    @Test
    void asyncSyntax() {
        SourceFile f = parse("t = async @() do\n  x = 1;\nend;\nv = await(t);\nasync function r = g()\n  r = 1;\nend\n");
        assertThat(((Stmt.Assign) f.script.get(0)).rhs).isInstanceOf(Expr.AsyncLambda.class);
        assertThat(f.functions.get(0).async).isTrue();
    }

    @Test
    void everySyntaxErrorIsReportedWithItsLocation() {
        Frontend.Result r = Frontend.parse("bad.m", "bad", "x = 1 +;\ny = 2;\nz = (3;\nw = 4 * ;\n");
        assertThat(r.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 3, 4);
        assertThat(r.diagnostics().get(0).col()).isEqualTo(8);
    }
}
