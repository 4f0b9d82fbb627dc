package mjc.jmh;

import java.util.concurrent.TimeUnit;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** String building and struct-field loops, against Java written the way those programs are. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TextStructBenchmarks {
    private CompiledFunction stringBuild;
    private CompiledFunction structLoop;
    private final Value stringArg = DoubleArray.scalar(2000).freeze();
    private final Value structArg = DoubleArray.scalar(100000).freeze();

    @Setup
    public void setup() {
        stringBuild = new CompiledFunction("string_build");
        structLoop = new CompiledFunction("struct_loop");
    }

    @Benchmark
    public Value stringBuildMjc() throws Throwable {
        return stringBuild.call1(stringArg);
    }

    /** s = [s sprintf('%d,', i)]: a new char array each time, as MATLAB's concatenation makes. */
    @Benchmark
    public int stringBuildJava() {
        char[] s = new char[0];
        for (int i = 1; i <= 2000; i++) {
            char[] part = String.format("%d,", i).toCharArray();
            char[] next = new char[s.length + part.length];
            System.arraycopy(s, 0, next, 0, s.length);
            System.arraycopy(part, 0, next, s.length, part.length);
            s = next;
        }
        return s.length;
    }

    @Benchmark
    public Value structLoopMjc() throws Throwable {
        return structLoop.call1(structArg);
    }

    /** p.x = p.x + i * p.y; p.y = -p.y on a map-backed record, as a struct is. */
    @Benchmark
    public double structLoopJava() {
        java.util.HashMap<String, Double> p = new java.util.HashMap<>();
        p.put("x", 0.0);
        p.put("y", 1.0);
        for (int i = 1; i <= 100000; i++) {
            p.put("x", p.get("x") + i * p.get("y"));
            p.put("y", -p.get("y"));
        }
        return p.get("x");
    }
}
