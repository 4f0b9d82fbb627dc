package mjc.stdlib.async;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.task.Waker;
import mjc.runtime.value.Dims;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;
import mjc.stdlib.display.DisplaysInline;

/** The token of cancellation_token(): triggered once by its cancel function; with_cancel watches it. */
public final class CancellationToken extends Value implements DisplaysInline {
    private boolean triggered;
    private List<Waker> watchers = new ArrayList<>();

    public boolean triggered() {
        return triggered;
    }

    void trigger() {
        if (triggered) {
            return;
        }
        triggered = true;
        List<Waker> w = watchers;
        watchers = new ArrayList<>();
        for (Waker x : w) {
            x.wake();
        }
    }

    void watch(Waker w) {
        if (triggered) {
            w.wake();
        } else {
            watchers.add(w);
        }
    }

    void unwatch(Waker w) {
        watchers.remove(w);
    }

    @Override
    public String displayText() {
        return "CancellationToken (" + (triggered ? "triggered" : "not triggered") + ")";
    }

    @Override
    public MClass mclass() {
        return MClass.OBJECT;
    }

    @Override
    public String className() {
        return "CancellationToken";
    }

    @Override
    public int[] dims() {
        return Dims.SCALAR;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        return this;
    }

    @Override
    public Value resized(int[] newDims) {
        throw Errors.of("mjc:tokenArray", "Cancellation tokens cannot form arrays.");
    }

    @Override
    public Value copy() {
        return this;
    }

    @Override
    public Value emptyLike(int[] d) {
        throw Errors.of("mjc:tokenArray", "Cancellation tokens cannot form arrays.");
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        throw Errors.of("mjc:tokenArray", "Cancellation tokens cannot form arrays.");
    }

    @Override
    public Value reshaped(int[] newDims) {
        return this;
    }
}
