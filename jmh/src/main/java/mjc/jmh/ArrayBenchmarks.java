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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Array workloads compiled by mjc against the same array code hand-written in Java (each
 * MATLAB array expression is an array in Java too), in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ArrayBenchmarks {
    @Param({"1000000"})
    int n;

    private CompiledFunction elementwise;
    private CompiledFunction matmul;
    private CompiledFunction indexLoop;
    private Value nArg;
    private final Value matArg = DoubleArray.scalar(200).freeze();
    private final int matN = 200;

    @Setup
    public void setup() {
        elementwise = new CompiledFunction("elementwise");
        matmul = new CompiledFunction("matmul");
        indexLoop = new CompiledFunction("index_loop");
        nArg = DoubleArray.scalar(n).freeze();
    }

    @Benchmark
    public Value elementwiseMjc() throws Throwable {
        return elementwise.call1(nArg);
    }

    /** y = a .* b + a ./ (1 + b .^ 2) - 0.5 * a; s = sum(y), with a and b as arrays. */
    @Benchmark
    public double elementwiseJava() {
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = (i + 1.0) / n;
        }
        for (int i = 0; i < n; i++) {
            b[i] = 1 - a[i];
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = a[i] * b[i] + a[i] / (1 + b[i] * b[i]) - 0.5 * a[i];
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[i];
        }
        return s;
    }

    @Benchmark
    public Value matmulMjc() throws Throwable {
        return matmul.call1(matArg);
    }

    @Benchmark
    public double matmulJava() {
        int m = matN;
        double[] a = new double[m * m];
        for (int k = 0; k < m * m; k++) {
            a[k] = ((k + 1) % 7) / 7.0;
        }
        double[] b = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                b[i + j * m] = a[j + i * m];
            }
        }
        double[] c = new double[m * m];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                double bkj = b[k + j * m];
                for (int i = 0; i < m; i++) {
                    c[i + j * m] += a[i + k * m] * bkj;
                }
            }
        }
        double s = 0;
        for (double x : c) {
            s += x;
        }
        return s;
    }

    @Benchmark
    public Value indexLoopMjc() throws Throwable {
        return indexLoop.call1(nArg);
    }

    @Benchmark
    public double indexLoopJava() {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double x = i + 1;
            w[i] = x - Math.floor(x / 10) * 10; // MATLAB's mod of doubles
        }
        double[] v = new double[n];
        v[0] = w[0];
        for (int i = 1; i < n; i++) {
            v[i] = v[i - 1] + w[i];
        }
        return v[n - 1];
    }
}
