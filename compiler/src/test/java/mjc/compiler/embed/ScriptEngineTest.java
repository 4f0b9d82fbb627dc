package mjc.compiler.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** javax.script and calling .m functions from Java, with values converted both ways. */
class ScriptEngineTest {
    @TempDir
    Path dir;

    @Test
    void foundByNameAndExtensionAndEvaluates() throws ScriptException {
        ScriptEngineManager m = new ScriptEngineManager();
        ScriptEngine e = m.getEngineByName("matlab");
        assertThat(e).isNotNull();
        assertThat(m.getEngineByExtension("m")).isNotNull();
        e.eval("x = sum([1 2 3]);");
        assertThat(e.get("x")).isEqualTo(6.0);
    }

    @Test
    void bindingsAreVariablesBothWays() throws ScriptException {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("matlab");
        e.getContext().setWriter(new StringWriter());
        e.put("v", new double[] {1, 2, 3});
        e.put("m", new double[][] {{1, 2}, {3, 4}});
        e.put("name", "mjc");
        e.put("cfg", Map.of("scale", 10.0));
        e.put("items", List.of(1.0, "two"));
        e.eval("w = v * cfg.scale; t = m'; greeting = ['hi ' name]; n = numel(items); s.a = 1; s.b = 'x';");
        assertThat((double[]) e.get("w")).containsExactly(10, 20, 30);
        assertThat((double[][]) e.get("t")).isDeepEqualTo(new double[][] {{1, 3}, {2, 4}});
        assertThat(e.get("greeting")).isEqualTo("hi mjc");
        assertThat(e.get("n")).isEqualTo(2.0);
        assertThat(e.get("s")).isEqualTo(Map.of("a", 1.0, "b", "x"));
        assertThat(e.eval("3 + 4")).isEqualTo(7.0);
    }

    @Test
    void outputGoesToTheContextWriterAndErrorsAreScriptExceptions() throws ScriptException {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("matlab");
        StringWriter w = new StringWriter();
        e.getContext().setWriter(w);
        e.eval("disp('hello'); y = 2");
        assertThat(w.toString()).isEqualTo("hello\ny = 2\n");
        assertThatThrownBy(() -> e.eval("error('my:id', 'bad %d', 1)")).isInstanceOf(ScriptException.class)
            .hasMessageContaining("my:id: bad 1");
    }

    @Test
    void awaitAtTheTopLevelOfAScript() throws ScriptException {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("matlab");
        StringWriter w = new StringWriter();
        e.getContext().setWriter(w);
        e.eval("r = await(async @() do\n  await(sleep_ms(5));\n  21 * 2\nend);");
        assertThat(e.get("r")).isEqualTo(42.0);
        assertThat(w.toString()).isEqualTo("ans = 42\n"); // the block's unsuppressed last statement
    }

    @Test
    void callsAFunctionFileWithJavaValues() throws Exception {
        Path f = dir.resolve("stats.m");
        Files.writeString(f, "function [m, s] = stats(v, label)\n  m = mean(v);\n  s = sprintf('%s: %d values', label, numel(v));\nend\n");
        Engine engine = new Engine(System.out, System.err, true);
        assertThat(engine.call(f, new double[] {2, 4, 6}, "data")).isEqualTo(4.0);
        Object[] both = engine.callOutputs(f, 2, new double[] {1, 2}, "pair");
        assertThat(both).containsExactly(1.5, "pair: 2 values");
    }
}
