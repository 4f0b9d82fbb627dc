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
 * classdef objects in a loop (SPEC §7: within 2x of the same classes in Java): a value class
 * whose method returns the updated copy, and a handle class updated in place. The Java
 * baselines are the same classes written as a Java developer would: an immutable value class
 * returning a new instance, and a mutable class with double fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ObjectBenchmarks {
    private CompiledFunction valueLoop;
    private CompiledFunction handleLoop;
    int n = 100_000;
    private final Value nArg = DoubleArray.scalar(100_000).freeze();

    @Setup
    public void setup() {
        valueLoop = new CompiledFunction("value_class_loop", "BenchPoint");
        handleLoop = new CompiledFunction("handle_class_loop", "BenchCounter");
    }

    @Benchmark
    public Value valueClassMjc() throws Throwable {
        return valueLoop.call1(nArg);
    }

    @Benchmark
    public double valueClassJava() {
        Point p = new Point(0, 1);
        double total = 0;
        for (double i = 1; i <= n; i++) {
            p = p.step(i);
            total = total + p.norm1() + p.x;
        }
        return total;
    }

    @Benchmark
    public Value handleClassMjc() throws Throwable {
        return handleLoop.call1(nArg);
    }

    @Benchmark
    public double handleClassJava() {
        Counter c = new Counter();
        double total = 0;
        for (double i = 1; i <= n; i++) {
            c.add(i);
            total = total + c.count;
        }
        return total;
    }

    /** BenchPoint.m in Java: a value class. */
    static final class Point {
        final double x;
        final double y;

        Point(double x, double y) {
            this.x = x;
            this.y = y;
        }

        Point step(double i) {
            return new Point(x + i * y, -y);
        }

        double norm1() {
            return Math.abs(x) + Math.abs(y);
        }
    }

    /** BenchCounter.m in Java: a handle class. */
    static final class Counter {
        double count = 0;
        double step = 1;

        void add(double i) {
            count = count + i * step;
            step = -step;
        }
    }
}
