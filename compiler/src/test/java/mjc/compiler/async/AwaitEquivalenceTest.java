package mjc.compiler.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mjc.compiler.embed.Engine;
import mjc.compiler.embed.Execution;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random programs that await sleep_ms between ordinary statements compute the same values as
 * the same programs without the awaits: suspension (spilling, resuming, loops around awaits)
 * never changes what a program computes.
 */
class AwaitEquivalenceTest {
    private static final String[] VARS = {"a", "b", "c"};

    @Property(tries = 40)
    void awaitsDoNotChangeResults(@ForAll("programs") List<String> statements) {
        String sync = render(statements, false);
        String async = render(statements, true);
        assertThat(run(async)).isEqualTo(run(sync));
    }

    private static String render(List<String> statements, boolean withAwaits) {
        StringBuilder sb = new StringBuilder("a = 1; b = 2; c = 3;\n");
        for (String s : statements) {
            if (s.startsWith("AWAIT")) {
                if (withAwaits) {
                    sb.append("await(sleep_ms(").append(s.substring(5)).append("));\n");
                }
            } else {
                String line = withAwaits ? s.replaceAll("MAYBE_AWAIT(\\d+)", "await(sleep_ms($1));")
                    : s.replaceAll("MAYBE_AWAIT(\\d+)", "");
                sb.append(line).append('\n');
            }
        }
        sb.append("fprintf('%g %g %g\\n', a, b, c);\n");
        return sb.toString();
    }

    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Engine e = new Engine(ps, ps, true);
        Execution x = e.execute(source);
        e.executor().runUntilIdle();
        assertThat(x.isDone()).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<List<String>> programs() {
        Arbitrary<String> var = Arbitraries.of(VARS);
        Arbitrary<String> operand = Arbitraries.oneOf(var, Arbitraries.integers().between(0, 9).map(String::valueOf));
        Arbitrary<String> op = Arbitraries.of("+", "-", "*");
        Arbitrary<String> assign = Combinators.combine(var, operand, op, operand)
            .as((v, x, o, y) -> v + " = mod(" + x + " " + o + " " + y + ", 1000);");
        Arbitrary<String> await = Arbitraries.integers().between(0, 20).map(ms -> "AWAIT" + ms);
        Arbitrary<String> loop = Combinators.combine(Arbitraries.integers().between(1, 3), var, operand, await)
            .as((n, v, x, aw) -> "for k = 1:" + n + "\n  " + v + " = mod(" + v + " + " + x + " * k, 1000);\n"
                + "  if mod(k, 2) == 0\n    " + (aw) + "\n  end\nend");
        Arbitrary<String> statement = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, assign), net.jqwik.api.Tuple.of(3, await), net.jqwik.api.Tuple.of(2, loop));
        return statement.list().ofMinSize(1).ofMaxSize(12).map(AwaitEquivalenceTest::expandLoops);
    }

    /** Loop bodies carry an AWAIT marker inline; turn it into the await line or drop it. */
    private static List<String> expandLoops(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            if (s.startsWith("for")) {
                out.add(s.replaceAll("AWAIT(\\d+)", "MAYBE_AWAIT$1"));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
