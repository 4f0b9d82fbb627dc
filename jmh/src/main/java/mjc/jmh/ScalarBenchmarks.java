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

/**
 * Scalar workloads compiled by mjc against the same algorithms hand-written in Java, in one run.
 * Ratio = mjc time / Java time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScalarBenchmarks {
    private CompiledFunction fib;
    private CompiledFunction nested;
    private CompiledFunction collatz;
    private CompiledFunction mandel;
    private final Value collatzArg = DoubleArray.scalar(2000).freeze();
    private final Value mandelArg = DoubleArray.scalar(60).freeze();
    int collatzN = 2000;
    int mandelN = 60;
    private final Value fibArg = DoubleArray.scalar(20).freeze();
    private final Value nestedArg = DoubleArray.scalar(300).freeze();
    int fibN = 20;
    int nestedN = 300;

    @Setup
    public void setup() {
        fib = new CompiledFunction("fib");
        nested = new CompiledFunction("nested_sum");
        collatz = new CompiledFunction("collatz");
        mandel = new CompiledFunction("mandel");
    }

    @Benchmark
    public Value collatzMjc() throws Throwable {
        return collatz.call1(collatzArg);
    }

    @Benchmark
    public double collatzJava() {
        double total = 0;
        for (double k = 1; k <= collatzN; k++) {
            double x = k;
            while (x != 1) {
                if (x - Math.floor(x / 2) * 2 == 0) { // MATLAB's mod of doubles
                    x = x / 2;
                } else {
                    x = 3 * x + 1;
                }
                total = total + 1;
            }
        }
        return total;
    }

    @Benchmark
    public Value mandelMjc() throws Throwable {
        return mandel.call1(mandelArg);
    }

    @Benchmark
    public double mandelJava() {
        int n = mandelN;
        double count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double cr = -2 + 2.5 * i / n;
                double ci = -1.25 + 2.5 * j / n;
                double zr = 0;
                double zi = 0;
                int k = 0;
                while (k < 50 && zr * zr + zi * zi <= 4) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    k++;
                }
                if (k == 50) {
                    count++;
                }
            }
        }
        return count;
    }

    @Benchmark
    public Value fibMjc() throws Throwable {
        return fib.call1(fibArg);
    }

    @Benchmark
    public double fibJava() {
        return fibJava(fibN);
    }

    private static double fibJava(double n) {
        return n < 2 ? n : fibJava(n - 1) + fibJava(n - 2);
    }

    @Benchmark
    public Value nestedSumMjc() throws Throwable {
        return nested.call1(nestedArg);
    }

    @Benchmark
    public double nestedSumJava() {
        double s = 0;
        for (int i = 1; i <= nestedN; i++) {
            for (int j = 1; j <= nestedN; j++) {
                s += (double) i * j;
            }
        }
        return s;
    }
}
