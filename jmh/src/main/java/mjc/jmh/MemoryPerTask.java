package mjc.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mjc.runtime.session.Session;
import mjc.runtime.task.Executor;
import mjc.runtime.task.Task;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;

/**
 * Bytes retained per suspended task: 200,000 mjc tasks suspended in await(sleep_ms(...)) (the
 * task, its state machine and the sleep it awaits, with its timer), against CompletableFuture
 * stages waiting on one future and kotlinx coroutines suspended in delay. Run with
 * {@code java -cp jmh/target/benchmarks.jar mjc.jmh.MemoryPerTask}.
 */
public final class MemoryPerTask {
    static final int N = 200_000;

    private MemoryPerTask() {
    }

    static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws Throwable {
        Session session = new Session(System.out, System.err);
        session.setExecutor(Executor.virtual());
        Session.install(session);
        CompiledFunction suspended = new CompiledFunction("suspended");
        Value x = DoubleArray.scalar(1).freeze();
        long before = used();
        List<Task> tasks = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            Task t = (Task) suspended.call1(x);
            session.executor().spawn(t);
            tasks.add(t);
        }
        session.executor().runCurrent();
        long after = used();
        System.out.printf("mjc task suspended in await(sleep_ms): %.1f bytes (including its sleep task and timer)%n",
            (after - before) / (double) N - 4);
        tasks.clear();
        session.executor().runUntilIdle();
        CompiledFunction waiter = new CompiledFunction("waiter");
        Task gateTask = (Task) new CompiledFunction("suspended").call1(x);
        session.executor().spawn(gateTask);
        session.executor().runCurrent();
        long b1 = used();
        for (int i = 0; i < N; i++) {
            Task t = (Task) waiter.call1(gateTask, x);
            session.executor().spawn(t);
            tasks.add(t);
        }
        session.executor().runCurrent();
        long a1 = used();
        System.out.printf("mjc task suspended awaiting a shared task: %.1f bytes (the task and its frame)%n",
            (a1 - b1) / (double) N - 4);
        long b2 = used();
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        List<CompletableFuture<Integer>> stages = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            stages.add(gate.thenApply(v -> v + 1));
        }
        long a2 = used();
        System.out.printf("CompletableFuture dependent stage: %.1f bytes%n", (a2 - b2) / (double) N - 4);
        long[] k = new long[2];
        k[0] = used();
        KotlinBaselines.suspendMany(N, () -> k[1] = used());
        System.out.printf("kotlinx coroutine suspended in delay: %.1f bytes%n", (k[1] - k[0]) / (double) N);
        if (tasks.size() + stages.size() == 0) {
            System.out.println();
        }
    }
}
