package mjc.compiler.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mjc.compiler.frontend.ast.ClassDef;
import mjc.compiler.frontend.ast.FunctionDef;
import mjc.compiler.frontend.ast.Stmt;
import org.junit.jupiter.api.Test;

/** Nested functions, arguments blocks and Name=Value call syntax as the parser reads them. */
class FunctionStructureParserTest {
    private static List<FunctionDef> parse(String... lines) {
        Frontend.Result r = Frontend.parse("f.m", "f", String.join("\n", lines) + "\n");
        assertThat(r.diagnostics()).as("diagnostics").isEmpty();
        return r.file().functions;
    }

    @Test
    void nestedFunctionsBelongToTheFunctionTheyAreWrittenIn() {
        List<FunctionDef> fs = parse(
            "function f",
            "  x = 1;",
            "  function g",
            "    function h",
            "    end",
            "  end",
            "  y = 2;",
            "end",
            "function local",
            "end");
        assertThat(fs).extracting(d -> d.name).containsExactly("f", "local");
        FunctionDef f = fs.get(0);
        assertThat(f.nested).extracting(d -> d.name).containsExactly("g");
        assertThat(f.nested.get(0).nested).extracting(d -> d.name).containsExactly("h");
        assertThat(f.body).hasSize(2); // the statements around g stay f's
    }

    @Test
    void argumentsBlocksAreDeclarationsNotStatements() {
        List<FunctionDef> fs = parse(
            "function r = f(x, opts)",
            "  arguments",
            "    x (1,:) double {mustBePositive, mustBeLessThan(x, 10)} = 1",
            "    opts.Name (1,1) string = \"a\"",
            "  end",
            "  arguments (Output)",
            "    r double",
            "  end",
            "  r = x;",
            "end");
        FunctionDef f = fs.get(0);
        assertThat(f.arguments).hasSize(2);
        List<ClassDef.PropertyDecl> in = f.arguments.get(0).declarations();
        assertThat(in).extracting(ClassDef.PropertyDecl::name).containsExactly("x", "opts.Name");
        assertThat(in.get(0).size()).containsExactly(1, null);
        assertThat(in.get(0).className()).isEqualTo("double");
        assertThat(in.get(0).validators()).hasSize(2);
        assertThat(f.arguments.get(1).attributes()).extracting(ClassDef.Attribute::name).containsExactly("Output");
        assertThat(f.body).hasSize(1);
    }

    @Test
    void aVariableNamedArgumentsIsStillAVariable() {
        List<FunctionDef> fs = parse(
            "function f",
            "  arguments = 3;",
            "  disp(arguments)",
            "end");
        assertThat(fs.get(0).arguments).isEmpty();
        assertThat(fs.get(0).body).hasSize(2);
    }

    @Test
    void nameEqualsValueInACallIsTwoArguments() {
        List<FunctionDef> fs = parse(
            "function f",
            "  plotit(1, LineWidth=2, Color=\"r\");",
            "end");
        Stmt.ExprStmt s = (Stmt.ExprStmt) fs.get(0).body.get(0);
        assertThat(((mjc.compiler.frontend.ast.Expr.Index) s.expr).args).hasSize(5);
    }
}
