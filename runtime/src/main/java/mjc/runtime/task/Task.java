package mjc.runtime.task;

import java.util.ArrayList;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.value.Dims;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;

/**
 * A lazy task: the value {@code async} and async functions return, driven by an
 * {@link Executor}.
 *
 * <p>States and transitions (the one table; SPEC §4 rules 1, 2, 6, 7):
 * <pre>
 * state      | meaning                                   | leaves by
 * -----------+-------------------------------------------+---------------------------------------------
 * PENDING    | created, body never run                   | start (await / spawn / a combinator) -> RUNNING
 *            |                                           | cancel -> CANCELLED (body never runs)
 * RUNNING    | started: being polled, queued or suspended| body returns -> DONE; body throws -> FAILED
 *            |                                           | cancel while suspended or queued -> CANCELLED
 *            |                                           | cancel of itself while running: at its next
 *            |                                           |   suspension point -> CANCELLED
 * DONE       | finished; outputs kept (empty: no value)  | (final)
 * FAILED     | finished with an MException               | (final)
 * CANCELLED  | dropped; no more of its code runs         | (final)
 * </pre>
 * On leaving RUNNING a task drops its body (so a finished or cancelled task keeps no frame
 * values alive), cancels the unfinished tasks it started by awaiting, and wakes its waiters in
 * the order they began to wait.
 */
public final class Task extends Value implements Waker {
    public enum State { PENDING, RUNNING, DONE, FAILED, CANCELLED }

    private static final Value[] NO_OUTPUTS = new Value[0];

    // Fields are kept few and small: a suspended task is this object (40 bytes with compressed
    // oops) plus its body's fields; see jmh/README.md for the measured figures.
    State state = State.PENDING;
    Coroutine body;
    Executor executor;
    /** Value[] outputs when DONE, the MException when FAILED. */
    private Object outcome;
    /** null, one Waker, or an ArrayList of them, in the order they began waiting. */
    private Object waiters;
    /** The task this one started by awaiting and waits for (cancelled with it), or null. */
    private Task owned;
    boolean queued;
    boolean spawned;
    boolean cancelRequested;
    boolean errorObserved;
    /** The carrier this task is parked on (waiting inside plain code), or null. */
    Carrier parkedOn;
    /** A poll of this task is on some carrier's stack (it may be parked below another task). */
    boolean polling;
    /** It was woken while polling: queue it again when that poll returns. */
    boolean wokenWhilePolling;

    Task(Coroutine body, Executor executor) {
        this.body = body;
        this.executor = executor;
    }

    public State state() {
        return state;
    }

    /** A stable number for traces (the identity hash; tasks carry no id field to stay small). */
    public int id() {
        return System.identityHashCode(this);
    }

    public Executor executor() {
        return executor;
    }

    public boolean isSettled() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    public Coroutine body() {
        return body;
    }

    /** Outputs of a DONE task (empty array: the task has no value). */
    public Value[] outputs() {
        return state == State.DONE ? (Value[]) outcome : null;
    }

    public MException error() {
        return state == State.FAILED ? (MException) outcome : null;
    }

    /** Wakes this task: it joins the back of the ready queue. */
    @Override
    public void wake() {
        executor.enqueue(this);
    }

    /** Registers w to be woken when this task settles (at once, through the queue, if it has). */
    public void addWaiter(Waker w) {
        if (isSettled()) {
            w.wake();
            return;
        }
        if (waiters == null) {
            waiters = w;
        } else if (waiters instanceof ArrayList<?> list) {
            @SuppressWarnings("unchecked")
            ArrayList<Waker> l = (ArrayList<Waker>) list;
            l.add(w);
        } else {
            ArrayList<Waker> l = new ArrayList<>(4);
            l.add((Waker) waiters);
            l.add(w);
            waiters = l;
        }
    }

    public void removeWaiter(Waker w) {
        if (waiters == w) {
            waiters = null;
        } else if (waiters instanceof ArrayList<?> list) {
            list.remove(w);
        }
    }

    /**
     * Records the unfinished task this one started by awaiting. An await waits until that task
     * settles, so only the latest can still be unfinished (combinators cancel their own tasks).
     */
    void own(Task child) {
        owned = child;
    }

    /** Settles a running task with outputs, for library bodies (timers, combinators). */
    public void resolve(Value[] outputs) {
        complete(outputs);
    }

    /** Settles a running task with an error, for library bodies. */
    public void reject(MException e) {
        fail(e);
    }

    void complete(Value[] outputs) {
        if (isSettled()) {
            return;
        }
        Value[] result = outputs == null ? NO_OUTPUTS : outputs;
        outcome = result;
        for (Value v : result) {
            if (v != null) {
                v.share();
            }
        }
        settle(State.DONE);
    }

    void fail(MException e) {
        if (isSettled()) {
            return;
        }
        outcome = e;
        settle(State.FAILED);
    }

    /** Cancels this task (SPEC §4 rule 7); does nothing once it has settled. */
    public void cancel() {
        if (isSettled()) {
            return;
        }
        if (executor != null && executor.currentTask() == this) {
            cancelRequested = true;
            return;
        }
        settle(State.CANCELLED);
    }

    /** Cancelled because the script ended (not counted as unobserved failure). */
    void cancelAtEnd() {
        if (!isSettled()) {
            settle(State.CANCELLED);
        }
    }

    /**
     * The task's frames were unwound while it was parked and the script was ending: it can never
     * continue. It stays unfinished until the end of the script cancels it (rule 9).
     */
    void abandon() {
        Coroutine b = body;
        body = null;
        if (b != null) {
            b.release();
        }
    }

    private void settle(State s) {
        state = s;
        boolean wasQueued = queued;
        queued = false;
        if (executor != null) {
            executor.settled(this); // listeners still see the body (function and line)
        }
        Coroutine b = body;
        body = null;
        if (b != null) {
            b.release();
        }
        Task child = owned;
        owned = null;
        if (child != null && s == State.CANCELLED) {
            child.cancel();
        }
        Object w = waiters;
        waiters = null;
        if (w instanceof ArrayList<?> list) {
            for (Object x : list) {
                ((Waker) x).wake();
            }
        } else if (w != null) {
            ((Waker) w).wake();
        }
        if (executor != null && parkedOn != null) {
            executor.unwindParked(this, wasQueued);
        }
    }

    /** The .m function this task runs, for traces ("" once it has settled). */
    public String describe() {
        Coroutine b = body;
        return b == null ? "" : b.describe();
    }

    /** The line this task is at, for traces (0 when unknown). */
    public int line() {
        Coroutine b = body;
        return b == null ? 0 : b.line();
    }

    /** The error an awaiter receives for this settled task. */
    public MatlabError awaitError() {
        if (state == State.FAILED) {
            errorObserved = true;
            MException error = (MException) outcome;
            MException copy = new MException(error.identifier(), error.message());
            if (error.hasStack()) {
                copy.setStack(error.stack());
            }
            return new MatlabError(copy);
        }
        return Errors.of("mjc:cancelled", "The task was cancelled.");
    }

    // ------------------------------------------------------------------ Value

    @Override
    public MClass mclass() {
        return MClass.OBJECT;
    }

    @Override
    public String className() {
        return "Task";
    }

    @Override
    public int[] dims() {
        return Dims.SCALAR;
    }

    /** The one-line display of SPEC §4 rule 10. */
    public String displayText() {
        switch (state) {
            case PENDING:
                return "Task (pending)";
            case RUNNING:
                return "Task (running)";
            case DONE:
                return "Task (done)";
            case FAILED:
                return "Task (failed)";
            default:
                return "Task (cancelled)";
        }
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        return this;
    }

    @Override
    public Value resized(int[] newDims) {
        throw Errors.of("mjc:taskArray", "Tasks cannot form arrays; use a cell array of tasks.");
    }

    @Override
    public Value copy() {
        return this;
    }

    @Override
    public Value emptyLike(int[] d) {
        throw Errors.of("mjc:taskArray", "Tasks cannot form arrays; use a cell array of tasks.");
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        throw Errors.of("mjc:taskArray", "Tasks cannot form arrays; use a cell array of tasks.");
    }

    @Override
    public Value reshaped(int[] newDims) {
        return this;
    }

    @Override
    public String toString() {
        return "Task@" + Integer.toHexString(id()) + "(" + state + ")";
    }
}
