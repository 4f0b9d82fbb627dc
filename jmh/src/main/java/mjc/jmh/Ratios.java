package mjc.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result file and prints, per workload, mjc time / baseline time, then the
 * worst ratio against hand-written Java over the scalar and array workloads (what
 * {@code run-ratios.sh} reports). Each score is the median of the measurement iterations, not
 * their mean: on a shared 2-core machine one disturbed iteration would otherwise decide a ratio.
 */
public final class Ratios {
    /** Workloads compared with hand-written Java; TextStruct and Object ones are printed but not in the worst ratio. */
    static final List<String> JAVA = List.of("ScalarBenchmarks.fib", "ScalarBenchmarks.nestedSum",
        "ScalarBenchmarks.collatz", "ScalarBenchmarks.mandel", "ArrayBenchmarks.elementwise", "ArrayBenchmarks.matmul",
        "ArrayBenchmarks.indexLoop", "TextStructBenchmarks.stringBuild", "TextStructBenchmarks.structLoop",
        "ObjectBenchmarks.valueClass", "ObjectBenchmarks.handleClass");
    static final List<String> ASYNC = List.of("awaitDone", "callNoSuspend", "yield", "spawnJoin");

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Ratios JMH-RESULT.json");
            System.exit(2);
        }
        Map<String, Double> scores = medians(new ObjectMapper().readTree(new File(args[0])));
        report(scores).forEach(System.out::println);
    }

    /** Benchmark name (without the package) to the median of its measured iterations. */
    static Map<String, Double> medians(JsonNode results) {
        Map<String, Double> out = new HashMap<>();
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText().replaceFirst("^mjc\\.jmh\\.", "");
            List<Double> xs = new ArrayList<>();
            for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
                fork.forEach(x -> xs.add(x.asDouble()));
            }
            if (xs.isEmpty()) {
                xs.add(r.path("primaryMetric").path("score").asDouble());
            }
            out.put(name, median(xs));
        }
        return out;
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    /** The lines run-ratios.sh prints. */
    static List<String> report(Map<String, Double> scores) {
        List<String> lines = new ArrayList<>();
        double worst = 0;
        for (String w : JAVA) {
            Double mjc = scores.get(w + "Mjc");
            Double java = scores.get(w + "Java");
            if (mjc != null && java != null && java > 0) {
                double r = mjc / java;
                lines.add(String.format(Locale.ROOT, "%s %.2f", w, r));
                if (!w.startsWith("TextStruct") && !w.startsWith("Object")) {
                    worst = Math.max(worst, r);
                }
            }
        }
        for (String a : ASYNC) {
            Double mjc = scores.get("AsyncBenchmarks." + a + "Mjc");
            Double kotlin = scores.get("AsyncBenchmarks." + a + "Kotlin");
            if (mjc != null && kotlin != null && kotlin > 0) {
                lines.add(String.format(Locale.ROOT, "AsyncBenchmarks.%s %.2f (vs kotlinx-coroutines)", a, mjc / kotlin));
            }
        }
        lines.add(String.format(Locale.ROOT, "worst ratio vs Java: %.2f", worst));
        return lines;
    }
}
