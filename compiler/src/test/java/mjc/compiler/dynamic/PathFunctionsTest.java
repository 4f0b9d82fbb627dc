package mjc.compiler.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.stdlib.BuiltinRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Functions, classes and packages of the REPL's folder, called from code typed at the prompt. */
class PathFunctionsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private RuntimeCompiler compiler;
    private final Workspace ws = new Workspace();

    @BeforeEach
    void setUp() {
        BuiltinRegistry.install();
        Session.install(new Session(new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        compiler = new RuntimeCompiler().usePath(new PathFunctions(() -> List.of(dir)));
    }

    private String run(String code) {
        out.reset();
        compiler.runReplInput(code, ws);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFunctionFileIsCalledAndItsEditsAreSeen() throws Exception {
        Path f = dir.resolve("twice.m");
        Files.writeString(f, "function r = twice(x)\n  r = 2 * x;\nend\n");
        assertThat(run("disp(twice(4))")).isEqualTo("8\n");
        Files.writeString(f, "function r = twice(x)\n  r = 3 * x;\nend\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertThat(run("disp(twice(4))")).isEqualTo("12\n");
    }

    @Test
    void classesPackagesAndEnumerationsAreFound() throws Exception {
        Files.writeString(dir.resolve("Tally.m"), String.join("\n", "classdef Tally < handle", "  properties",
            "    N = 0", "  end", "  methods", "    function add(obj, k)", "      obj.N = obj.N + k;", "    end", "  end",
            "end", ""));
        Files.createDirectories(dir.resolve("+util"));
        Files.writeString(dir.resolve("+util").resolve("sq.m"), "function y = sq(x)\n  y = x^2;\nend\n");
        Files.writeString(dir.resolve("Dir.m"), "classdef Dir\n  enumeration\n    Up, Down\n  end\nend\n");
        assertThat(run("t = Tally(); t.add(2); t.add(3); disp(t.N)")).isEqualTo("5\n");
        assertThat(run("disp(util.sq(7))")).isEqualTo("49\n");
        assertThat(run("disp(char(Dir.Down))")).isEqualTo("Down\n");
    }

    @Test
    void anImportAtThePromptLastsForTheSession() throws Exception {
        Files.createDirectories(dir.resolve("+geo"));
        Files.writeString(dir.resolve("+geo").resolve("twice.m"), "function y = twice(x)\n  y = 2 * x;\nend\n");
        assertThat(run("import geo.*")).isEmpty();
        assertThat(run("disp(twice(21))")).isEqualTo("42\n");
    }

    @Test
    void aBrokenFileIsAnErrorAtThePromptNotACrash() throws Exception {
        Files.writeString(dir.resolve("broken.m"), "function r = broken(\n");
        assertThatThrownBy(() -> run("broken(1)")).isInstanceOf(MatlabError.class).hasMessageContaining("broken.m");
    }
}
