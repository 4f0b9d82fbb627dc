package mjc.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.golden.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class and program-structure mistakes: located compile errors (exit 2), never a Java trace. */
class ClassStructureErrorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String source) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, source);
        return f;
    }

    private ProgramRun run(String name, String source) throws IOException {
        return ProgramRun.of(write(name, source), name, List.of());
    }

    private static void clean(ProgramRun r) {
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aSealedClassCannotBeSubclassed() throws IOException {
        write("Fin.m", "classdef (Sealed) Fin\nend\n");
        write("Sub.m", "classdef Sub < Fin\nend\n");
        ProgramRun r = run("main.m", "s = Sub();\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("Sub.m:1:1: error: 'Sub' cannot be a subclass of 'Fin': 'Fin' is Sealed");
        clean(r);
    }

    @Test
    void aSealedMethodCannotBeRedefined() throws IOException {
        write("B0.m", "classdef B0\n  methods (Sealed)\n    function f(o)\n    end\n  end\nend\n");
        write("B1.m", "classdef B1 < B0\n  methods\n    function f(o)\n    end\n  end\nend\n");
        ProgramRun r = run("main.m", "b = B1();\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("B1.m:3:5: error: the method 'f' cannot be redefined in 'B1': it is Sealed in 'B0'");
        clean(r);
    }

    @Test
    void eventsNeedAHandleClass() throws IOException {
        write("V.m", "classdef V\n  events\n    Changed\n  end\nend\n");
        ProgramRun r = run("main.m", "v = V();\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("only handle classes can define events");
        clean(r);
    }

    @Test
    void nameValueArgumentsMustComeLast() throws IOException {
        ProgramRun r = run("nv.m", String.join("\n", "f(1)", "function f(o, x)", "  arguments", "    o.A = 1",
            "    x = 2", "  end", "end", ""));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("name-value arguments ('o.Name') must be the last input argument");
        clean(r);
    }

    @Test
    void anArgumentsLineMustNameAnInput() throws IOException {
        ProgramRun r = run("na.m", String.join("\n", "f(1)", "function f(x)", "  arguments", "    y double", "  end",
            "end", ""));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("na.m:4:5: error: 'y' is not an input argument of 'f'");
        clean(r);
    }

    @Test
    void twoNestedFunctionsOfOneNameAreAnError() throws IOException {
        ProgramRun r = run("dn.m", String.join("\n", "function dn", "  function g", "  end", "  function g", "  end",
            "end", ""));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("dn.m:4:3: error: function 'g' is already defined in 'dn'");
        clean(r);
    }

    @Test
    void aStrayEndAfterFunctionsWithoutEndIsLocated() throws IOException {
        ProgramRun r = run("se.m", "function se\n  x = 1;\nfunction g\n  y = 2;\nend\n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("se.m:1:1: error: function 'se' is not closed by 'end'");
        clean(r);
    }
}
