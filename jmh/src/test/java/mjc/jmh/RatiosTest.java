package mjc.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** run-ratios.sh's arithmetic: medians of iterations, ratios, and which ratios count as worst. */
class RatiosTest {
    private static String result(String name, double... iterations) {
        StringBuilder raw = new StringBuilder();
        for (double x : iterations) {
            raw.append(raw.length() == 0 ? "" : ",").append(x);
        }
        return "{\"benchmark\":\"mjc.jmh." + name + "\",\"primaryMetric\":{\"score\":-1,\"rawData\":[[" + raw + "]]}}";
    }

    @Test
    void oneDisturbedIterationDoesNotDecideARatio() throws Exception {
        String json = "[" + String.join(",", result("ScalarBenchmarks.fibMjc", 10, 11, 40, 10),
            result("ScalarBenchmarks.fibJava", 10, 10, 10, 10),
            result("ArrayBenchmarks.matmulMjc", 30, 30, 30),
            result("ArrayBenchmarks.matmulJava", 20, 20, 20),
            result("TextStructBenchmarks.structLoopMjc", 90),
            result("TextStructBenchmarks.structLoopJava", 30),
            result("AsyncBenchmarks.yieldMjc", 20, 22),
            result("AsyncBenchmarks.yieldKotlin", 40, 40)) + "]";
        Map<String, Double> scores = Ratios.medians(new ObjectMapper().readTree(json));
        assertThat(scores.get("ScalarBenchmarks.fibMjc")).isEqualTo(10.5);
        List<String> lines = Ratios.report(scores);
        assertThat(lines).containsExactly("ScalarBenchmarks.fib 1.05", "ArrayBenchmarks.matmul 1.50",
            "TextStructBenchmarks.structLoop 3.00", "AsyncBenchmarks.yield 0.53 (vs kotlinx-coroutines)",
            // struct loops are reported, but the worst ratio is over scalar and array workloads
            "worst ratio vs Java: 1.50");
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Ratios.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Ratios.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
