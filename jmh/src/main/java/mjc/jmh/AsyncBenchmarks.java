package mjc.jmh;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mjc.runtime.session.Session;
import mjc.runtime.task.Executor;
import mjc.runtime.task.Task;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The async figures of SPEC §7, each against CompletableFuture and kotlinx-coroutines in the
 * same run. mjc numbers are for compiled .m code; {@code loopOnlyMjc} is the cost of the
 * compiled loop around each await of a finished task (it picks one of two finished tasks from a
 * cell, so that the await cannot be hoisted out of the loop): subtract it for the net cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AsyncBenchmarks {
    static final int N = 10_000;

    private Session session;
    private CompiledFunction awaitDone;
    private CompiledFunction callInstant;
    private CompiledFunction yieldLoop;
    private CompiledFunction loopOnly;
    private CompiledFunction spawnJoin;
    private Value finished;
    private final Value n = DoubleArray.scalar(N).freeze();

    @Setup
    public void setup() throws Throwable {
        session = new Session(System.out, System.err);
        session.setExecutor(Executor.real());
        Session.install(session);
        awaitDone = new CompiledFunction("await_done");
        callInstant = new CompiledFunction("call_instant");
        yieldLoop = new CompiledFunction("yield_loop");
        loopOnly = new CompiledFunction("loop_only");
        spawnJoin = new CompiledFunction("spawn_join");
        Session.install(session);
        Task t = session.executor().newTask(new mjc.runtime.task.Coroutine() {
            @Override
            public Value[] resume(Task task) {
                return new Value[] {DoubleArray.scalar(1)};
            }
        });
        session.executor().runUntilSettled(t);
        Task t2 = session.executor().newTask(new mjc.runtime.task.Coroutine() {
            @Override
            public Value[] resume(Task task) {
                return new Value[] {DoubleArray.scalar(2)};
            }
        });
        session.executor().runUntilSettled(t2);
        finished = mjc.runtime.value.CellArray.row(t, t2);
    }

    // ---- await of a finished task ----

    @Benchmark
    @OperationsPerInvocation(N)
    public Value awaitDoneMjc() throws Throwable {
        return awaitDone.runAsync(session, finished, n);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long awaitDoneCompletableFuture() {
        CompletableFuture<Integer> f = CompletableFuture.completedFuture(1);
        long s = 0;
        for (int i = 0; i < N; i++) {
            s += f.join();
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long awaitDoneKotlin() {
        return KotlinBaselines.awaitDone(N);
    }

    // ---- an async call that never suspends ----

    @Benchmark
    @OperationsPerInvocation(N)
    public Value callNoSuspendMjc() throws Throwable {
        return callInstant.runAsync(session, n);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long callNoSuspendCompletableFuture() {
        long s = 0;
        for (int i = 0; i < N; i++) {
            s += instantFuture(i).join();
        }
        return s;
    }

    private static CompletableFuture<Integer> instantFuture(int x) {
        return CompletableFuture.completedFuture(x + 1);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long callNoSuspendKotlin() {
        return KotlinBaselines.callNoSuspend(N);
    }

    // ---- suspend + resume through the executor ----

    @Benchmark
    @OperationsPerInvocation(N)
    public Value yieldMjc() throws Throwable {
        return yieldLoop.runAsync(session, n);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int yieldKotlin() {
        return KotlinBaselines.yieldLoop(N);
    }

    /** A pending chain of N stages run by a same-thread queue executor: one hop per stage. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int yieldCompletableFuture() {
        ArrayDeque<Runnable> queue = new ArrayDeque<>();
        java.util.concurrent.Executor ex = queue::add;
        CompletableFuture<Integer> start = new CompletableFuture<>();
        CompletableFuture<Integer> f = start;
        for (int i = 0; i < N; i++) {
            f = f.thenApplyAsync(x -> x + 1, ex);
        }
        start.complete(0);
        Runnable r;
        while ((r = queue.poll()) != null) {
            r.run();
        }
        return f.join();
    }

    // ---- spawn + join ----

    @Benchmark
    @OperationsPerInvocation(N)
    public Value spawnJoinMjc() throws Throwable {
        return spawnJoin.runAsync(session, n);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int spawnJoinKotlin() {
        return KotlinBaselines.spawnJoin(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object spawnJoinCompletableFuture() {
        ArrayDeque<Runnable> queue = new ArrayDeque<>();
        java.util.concurrent.Executor ex = queue::add;
        CompletableFuture<?>[] all = new CompletableFuture<?>[N];
        for (int i = 0; i < N; i++) {
            final int k = i;
            all[i] = CompletableFuture.supplyAsync(() -> k, ex);
        }
        Runnable r;
        while ((r = queue.poll()) != null) {
            r.run();
        }
        return CompletableFuture.allOf(all).join();
    }

    // ---- the compiled loop alone ----

    @Benchmark
    @OperationsPerInvocation(N)
    public Value loopOnlyMjc() throws Throwable {
        return loopOnly.runAsync(session, finished, n);
    }
}
