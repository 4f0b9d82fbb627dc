package mjc.stdlib.io;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for blocking file operations, off the MATLAB thread. A future cancelled by a task's
 * cancellation interrupts its operation (file channels close on interrupt, releasing the handle).
 */
final class IoPool {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mjc-io-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private IoPool() {
    }

    static <T> CompletableFuture<T> run(Callable<T> work) {
        CompletableFuture<T> cf = new CompletableFuture<>();
        Future<?> f = POOL.submit(() -> {
            try {
                cf.complete(work.call());
            } catch (Throwable e) {
                cf.completeExceptionally(e);
            }
        });
        cf.whenComplete((v, e) -> {
            if (cf.isCancelled()) {
                f.cancel(true);
            }
        });
        return cf;
    }
}
