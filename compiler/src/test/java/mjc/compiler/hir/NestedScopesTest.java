package mjc.compiler.hir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.frontend.Frontend;
import mjc.compiler.frontend.ast.FunctionDef;
import org.junit.jupiter.api.Test;

/** Which variables nested functions share with their parents (MATLAB's rule), and where they live. */
class NestedScopesTest {

    private final Map<String, HFunction> byName = new LinkedHashMap<>();

    private HFunction declare(String... lines) {
        Frontend.Result r = Frontend.parse("f.m", "f", String.join("\n", lines) + "\n");
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        FunctionDef def = r.file().functions.get(0);
        HFunction top = new HFunction(HFunction.Kind.FUNCTION, "f", "f", "f.m");
        top.className = "mjcprog/f";
        Map<FunctionDef, HFunction> byDef = new LinkedHashMap<>();
        byDef.put(def, top);
        List<Diagnostic> diagnostics = new ArrayList<>();
        NestedScopes.declare(def, top, byDef, diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.toString());
        for (HFunction f : byDef.values()) {
            byName.put(f.name, f);
        }
        return top;
    }

    @Test
    void aVariableBothUseLivesInTheParentsFrame() {
        HFunction top = declare(
            "function f",
            "  x = 1;",
            "  g();",
            "  disp(x)",
            "  function g",
            "    x = x + 1;",
            "    disp(x)",
            "  end",
            "end");
        HFunction g = byName.get("g");
        assertEquals(1, top.frameSize);
        assertSame(top, top.shared.get("x").owner());
        assertSame(top, g.shared.get("x").owner());
        assertEquals(0, g.shared.get("x").index());
        assertFalse(g.shared.containsKey("disp"), "a name only called is not a variable");
        assertEquals("mjcprog/f$n$g", g.className);
        assertEquals("f/g", g.frameName);
    }

    @Test
    void inputsAndOutputsOfANestedFunctionStayItsOwn() {
        declare(
            "function f",
            "  a = 1; b = 2;",
            "  c = g(3);",
            "  function b = g(a)",
            "    b = a * 2;",
            "  end",
            "end");
        HFunction g = byName.get("g");
        assertTrue(g.shared.isEmpty(), g.shared.toString());
        assertEquals(0, byName.get("f").frameSize);
    }

    @Test
    void siblingsWithoutTheParentKeepSeparateVariables() {
        declare(
            "function f",
            "  g(); h();",
            "  function g",
            "    t = 1;",
            "  end",
            "  function h",
            "    t = 2;",
            "  end",
            "end");
        assertFalse(byName.get("g").shared.containsKey("t"));
        assertFalse(byName.get("h").shared.containsKey("t"));
    }

    @Test
    void aDeeperFunctionReachesTheOutermostUserThroughParents() {
        declare(
            "function f",
            "  x = 1;",
            "  g();",
            "  function g",
            "    h();",
            "    function h",
            "      x = 2;",
            "    end",
            "  end",
            "end");
        HFunction h = byName.get("h");
        assertSame(byName.get("f"), h.shared.get("x").owner());
        assertEquals(2, h.nestDepth());
        assertFalse(byName.get("g").shared.containsKey("x"), "g never names x");
        assertEquals(0, byName.get("g").frameSize, "g has a nested function, so a frame that links to f's");
    }

    @Test
    void aParentThatOnlyReadsStillSharesWhatTheNestedFunctionAssigns() {
        declare(
            "function f",
            "  fill();",
            "  disp(data)",
            "  function fill",
            "    data = 3;",
            "  end",
            "end");
        assertSame(byName.get("f"), byName.get("fill").shared.get("data").owner());
        assertTrue(byName.get("f").shared.containsKey("data"));
    }

    @Test
    void globalsAreNotMovedIntoAFrame() {
        declare(
            "function f",
            "  global G",
            "  G = 1;",
            "  g();",
            "  function g",
            "    global G",
            "    G = 2;",
            "  end",
            "end");
        assertFalse(byName.get("g").shared.containsKey("G"));
    }
}
