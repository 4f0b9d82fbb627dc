package mjc.runtime.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.value.Value;

/**
 * The body of a task that waits for I/O done on other threads (a file pool, the HTTP client):
 * it starts the operation, suspends, and is woken through the executor's thread-safe inbox when
 * the operation's future completes. Cancelling the task cancels the future, which aborts the
 * request or interrupts the file operation and releases what it holds.
 *
 * @param <T> what the operation produces before {@link #convert} turns it into outputs
 */
public abstract class IoCoroutine<T> extends Coroutine {
    private CompletableFuture<T> future;
    private T result;
    private Throwable error;
    private boolean done;

    /** Starts the operation (called once, on the loop). */
    protected abstract CompletableFuture<T> start();

    /** The task's outputs from the operation's result (on the loop). */
    protected abstract Value[] convert(T result);

    /** The MATLAB error for a failed operation (on the loop). */
    protected abstract MatlabError failure(Throwable cause);

    @Override
    public final Value[] resume(Task task) {
        if (state == 0) {
            state = 1;
            Executor ex = task.executor();
            CompletableFuture<T> f;
            try {
                f = start();
            } catch (MatlabError e) {
                throw e;
            } catch (RuntimeException e) {
                throw failure(e);
            }
            future = f;
            ex.ioStarted();
            f.whenComplete((v, e) -> ex.ioCompleted(() -> {
                result = v;
                error = e;
                done = true;
                task.wake();
            }));
            if (!done) {
                return SUSPENDED;
            }
        }
        if (!done) {
            return SUSPENDED;
        }
        future = null;
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof MatlabError me) {
                throw me;
            }
            throw failure(cause);
        }
        return convert(result);
    }

    @Override
    public boolean mayBlockInThread() {
        return false;
    }

    @Override
    protected void release() {
        CompletableFuture<T> f = future;
        future = null;
        if (f != null && !f.isDone()) {
            f.cancel(true);
        }
        result = null;
    }

    /** Whether the operation is still in flight (tests: cancellation reached it). */
    public boolean inFlight() {
        CompletableFuture<T> f = future;
        return f != null && !f.isDone();
    }
}
