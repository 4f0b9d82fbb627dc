package mjc.stdlib.async;

import mjc.runtime.task.Coroutine;
import mjc.runtime.task.Task;
import mjc.runtime.value.Callable;
import mjc.runtime.value.Value;

/** async(h) and spawn(h): the task calls h with no arguments, as a statement (nargout 0). */
final class HandleBody extends Coroutine {
    private Callable handle;

    HandleBody(Callable handle) {
        this.handle = handle;
    }

    @Override
    public Value[] resume(Task t) {
        Callable h = handle;
        handle = null;
        Value[] r = h.call(new Value[0], 0);
        if (r.length > 0 && r[0] != null) {
            return new Value[] {r[0]};
        }
        return new Value[0];
    }

    @Override
    protected void release() {
        handle = null;
    }
}
