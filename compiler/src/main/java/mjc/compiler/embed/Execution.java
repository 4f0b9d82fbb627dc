package mjc.compiler.embed;

import java.util.concurrent.CompletableFuture;
import mjc.runtime.error.MatlabError;
import mjc.runtime.task.Async;
import mjc.runtime.task.Task;
import mjc.runtime.value.Value;

/**
 * A running (or finished) execution: the runtime's own task, bridged to a CompletableFuture
 * that completes with the outputs or exceptionally with the MATLAB error.
 */
public final class Execution {
    private final Task task;
    private final CompletableFuture<Value[]> future = new CompletableFuture<>();

    Execution(Task task) {
        this.task = task;
        if (task.isSettled()) {
            settle();
        } else {
            task.addWaiter(this::settle);
        }
    }

    private Execution(Value[] outputs, Throwable error) {
        this.task = null;
        if (error != null) {
            future.completeExceptionally(error);
        } else {
            future.complete(outputs);
        }
    }

    static Execution done(Value[] outputs) {
        return new Execution(outputs, null);
    }

    static Execution failed(Throwable t) {
        return new Execution(null, t);
    }

    private void settle() {
        try {
            future.complete(Async.outputs(task));
        } catch (MatlabError e) {
            future.completeExceptionally(e);
        }
    }

    /** The main task (null for code that finished without ever being a task). */
    public Task task() {
        return task;
    }

    public boolean isDone() {
        return future.isDone();
    }

    public CompletableFuture<Value[]> toCompletableFuture() {
        return future;
    }
}
