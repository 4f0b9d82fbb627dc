package mjc.runtime.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.CallDepth;
import mjc.runtime.session.Session;
import mjc.runtime.value.Value;

/**
 * The cooperative, single-threaded executor of SPEC §4 rule 5, on a virtual or a real clock.
 *
 * <ul>
 * <li>Ready tasks run in FIFO order; a woken task joins the back of the queue and is never
 *     polled inside the code that woke it.</li>
 * <li>When the ready queue is empty, deferred decisions run first (timeouts and cancellation
 *     tokens, rule 7: a task that settles at the same instant wins), then every timer due fires
 *     in deadline order, ties in registration order. A virtual clock jumps straight to the next
 *     deadline; the real clock waits for it.</li>
 * <li>Starting a task by await runs it inline, inside the awaiting code (rule 2).</li>
 * </ul>
 * The same class serves Java tests: {@link #runUntilIdle()} and {@link #advanceTime(double)}.
 */
public final class Executor {
    private final Clock clock;
    private final ArrayDeque<Task> ready = new ArrayDeque<>();
    private final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
    private final TimerQueue timers = new TimerQueue();
    /**
     * Zero-delay timers (sleep_ms(0), pause(0)): due at once, so they skip the heap and the
     * clock; they fire in registration order at the start of the next timer batch, which is
     * where their deadline (the executor's current reading of the clock) puts them.
     */
    private final ArrayDeque<Waker> dueNow = new ArrayDeque<>();
    /**
     * Spawned tasks, for the end of the script (rule 9): unfinished ones are cancelled and failed
     * ones never awaited are reported. Settled entries are pruned once they outnumber the rest.
     */
    private ArrayList<Task> spawned = new ArrayList<>();
    private int unsettledSpawned;
    private Task current;
    private int inlineDepth;
    private TaskListener listener = TaskListener.NONE;
    /** The session whose code this executor runs; installed on the thread while the loop runs. */
    private Session session;

    public Executor(Clock clock) {
        this.clock = clock;
    }

    public void attach(Session s) {
        this.session = s;
    }

    /** Makes this executor's session current on the calling thread; returns what to restore. */
    private Session enter() {
        if (session == null) {
            return null;
        }
        Session prev = Session.install(session);
        return prev == null ? NO_SESSION : prev;
    }

    private static final Session NO_SESSION = new Session(System.out, System.err);

    private void leave(Session prev) {
        if (prev != null) {
            Session.install(prev == NO_SESSION ? null : prev);
        }
    }

    public static Executor virtual() {
        return new Executor(new Clock.Virtual());
    }

    public static Executor real() {
        return new Executor(new Clock.Real());
    }

    /** The executor of the current session (created on the real clock when none was installed). */
    public static Executor current(Session s) {
        Executor e = s.executor();
        if (e == null) {
            e = real();
            s.setExecutor(e);
        }
        return e;
    }

    public static Executor current() {
        return current(Session.current());
    }

    public Clock clock() {
        return clock;
    }

    public double now() {
        return clock.now();
    }

    public Task currentTask() {
        return current;
    }

    public void setListener(TaskListener l) {
        listener = l == null ? TaskListener.NONE : l;
    }

    /** A new lazy task around a body. */
    public Task newTask(Coroutine body) {
        Task t = new Task(body, this);
        listener.created(t);
        return t;
    }

    // ------------------------------------------------------------------ starting and polling

    /** Starts a pending task inline, owned by the running task (rule 2). */
    public void startInline(Task t) {
        if (t.state != Task.State.PENDING) {
            return;
        }
        t.state = Task.State.RUNNING;
        listener.started(t);
        inlineDepth++;
        try {
            poll(t);
        } finally {
            inlineDepth--;
        }
        // the awaiting task owns what it started (cancelled with it) while that is unfinished
        if (current != null && !t.isSettled()) {
            current.own(t);
        }
    }

    /** spawn: the task joins the back of the ready queue and runs when the current task suspends. */
    public Task spawn(Task t) {
        if (t.state == Task.State.PENDING) {
            t.state = Task.State.RUNNING;
            t.spawned = true;
            spawned.add(t);
            unsettledSpawned++;
            if (spawned.size() > 256 && spawned.size() > 4 * unsettledSpawned) {
                pruneSpawned();
            }
            listener.started(t);
            enqueue(t);
        }
        return t;
    }

    void enqueue(Task t) {
        if (!t.queued && !t.isSettled() && t.state == Task.State.RUNNING) {
            t.queued = true;
            ready.addLast(t);
        }
    }

    /** Runs a task's body until it finishes or suspends. */
    void poll(Task t) {
        if (t.isSettled() || t.body == null) {
            return;
        }
        Task prev = current;
        current = t;
        int depth = CallDepth.depth();
        boolean traced = listener != TaskListener.NONE;
        long startNanos = 0;
        if (traced) {
            listener.resumed(t);
            startNanos = System.nanoTime();
        }
        try {
            Value[] r = t.body.resume(t);
            if (r == Coroutine.SUSPENDED) {
                if (t.cancelRequested) {
                    current = prev;
                    t.cancel();
                } else if (traced) {
                    listener.suspended(t);
                }
            } else {
                t.complete(r);
            }
        } catch (MatlabError e) {
            t.fail(e.exception());
        } catch (StackOverflowError e) {
            t.fail(Errors.recursionLimit(CallDepth.LIMIT).exception());
        } catch (RuntimeException e) {
            t.fail(new MatlabError("mjc:internalError", "Internal error: " + e).exception());
        } finally {
            current = prev;
            CallDepth.reset(depth);
            if (traced) {
                listener.polled(t, System.nanoTime() - startNanos);
            }
        }
    }

    private void pruneSpawned() {
        ArrayList<Task> keep = new ArrayList<>(unsettledSpawned * 2 + 16);
        for (Task t : spawned) {
            if (!t.isSettled() || (t.state == Task.State.FAILED && !t.errorObserved)) {
                keep.add(t);
            }
        }
        spawned = keep;
    }

    void settled(Task t) {
        if (t.spawned) {
            unsettledSpawned--;
        }
        switch (t.state) {
            case DONE:
                listener.completed(t);
                break;
            case FAILED:
                listener.failed(t);
                break;
            default:
                listener.cancelled(t);
        }
    }

    // ------------------------------------------------------------------ timers and decisions

    /** Registers w to be woken at the next timer batch, as a timer of zero delay. */
    public void addZeroTimer(Waker w) {
        if (ready.isEmpty() && deferred.isEmpty() && dueNow.isEmpty() && w instanceof Task t && t == current) {
            // nothing else is ready: the batch would hold only this task, which is about to
            // suspend; queue it directly (the same order, one step less)
            enqueue(t);
            return;
        }
        dueNow.addLast(w);
    }

    /** Registers w to be woken after delay ms of executor time; Inf never fires. */
    public TimerQueue.Timer addTimer(double delayMs, Waker w) {
        if (Double.isInfinite(delayMs)) {
            return null;
        }
        double now = clock.now();
        lastNow = now;
        return timers.add(now + delayMs, w);
    }

    public void cancelTimer(TimerQueue.Timer t) {
        if (t != null) {
            timers.cancel(t);
        }
    }

    /** A decision (timeout, token) taken once every task made ready at this instant has run. */
    public void defer(Runnable decision) {
        deferred.addLast(decision);
    }

    // ------------------------------------------------------------------ running

    /** Runs one step; false when nothing is left to do right now (without advancing time). */
    private boolean stepNow() {
        Task t = ready.pollFirst();
        if (t != null) {
            t.queued = false;
            poll(t);
            return true;
        }
        Runnable d = deferred.pollFirst();
        if (d != null) {
            d.run();
            return true;
        }
        if (!dueNow.isEmpty()) {
            // the whole zero-delay batch fires before later timers
            int n = dueNow.size();
            for (int i = 0; i < n; i++) {
                dueNow.pollFirst().wake();
            }
            return true;
        }
        TimerQueue.Timer first = timers.peek();
        if (first == null) {
            return false;
        }
        // read the clock only when the earliest timer is not known to be due already
        if (first.deadline() > lastNow) {
            lastNow = clock.now();
        }
        return fireDue(lastNow);
    }

    /** The latest clock reading of the loop (never ahead of the clock). */
    private double lastNow;

    private boolean fireDue(double now) {
        boolean any = false;
        while (!timers.isEmpty() && timers.peek().deadline() <= now) {
            TimerQueue.Timer tm = timers.poll();
            tm.waker.wake();
            any = true;
        }
        return any;
    }

    /** Runs until nothing can happen without time passing (tests: the virtual clock does not move). */
    public void runCurrent() {
        Session prev = enter();
        try {
            while (stepNow()) {
                // keep going
            }
        } finally {
            leave(prev);
        }
    }

    /** Runs everything, jumping the virtual clock to each next timer, until nothing is left. */
    public boolean hasWork() {
        return !ready.isEmpty() || !deferred.isEmpty() || !dueNow.isEmpty() || !timers.isEmpty();
    }

    public void runUntilIdle() {
        Session prev = enter();
        try {
            runUntilIdleHere();
        } finally {
            leave(prev);
        }
    }

    private void runUntilIdleHere() {
        while (true) {
            runCurrent();
            TimerQueue.Timer next = timers.peek();
            if (next == null) {
                return;
            }
            waitUntil(next.deadline());
        }
    }

    /** Runs what is due before now+ms, then sets the virtual clock to now+ms. */
    public void advanceTime(double ms) {
        Session prev = enter();
        try {
            advanceTimeHere(ms);
        } finally {
            leave(prev);
        }
    }

    private void advanceTimeHere(double ms) {
        double target = clock.now() + ms;
        while (true) {
            runCurrent();
            TimerQueue.Timer next = timers.peek();
            if (next == null || next.deadline() > target) {
                break;
            }
            waitUntil(next.deadline());
        }
        waitUntil(target);
        runCurrent();
    }

    private void waitUntil(double deadline) {
        if (clock instanceof Clock.Virtual v) {
            v.advanceTo(deadline);
            lastNow = v.now();
            return;
        }
        while (true) {
            double left = deadline - clock.now();
            if (left <= 0) {
                return;
            }
            try {
                long ms = (long) left;
                int ns = (int) ((left - ms) * 1e6);
                Thread.sleep(ms, ns);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Errors.of("mjc:interrupted", "Interrupted.");
            }
        }
    }

    /** Starts a pending task inline on the calling thread (its first poll), without running the loop. */
    public void runCurrentTask(Task t) {
        if (t.isPending()) {
            startInline(t);
        }
    }

    /**
     * Runs the event loop until main settles (main is started first if pending). If nothing can
     * ever wake it (no ready task, no timer), the program would hang: main fails instead.
     */
    public void runUntilSettled(Task main) {
        Session prev = enter();
        try {
            runUntilSettledHere(main);
        } finally {
            leave(prev);
        }
    }

    private void runUntilSettledHere(Task main) {
        if (main.isPending()) {
            startInline(main);
        }
        while (!main.isSettled()) {
            if (stepNow()) {
                continue;
            }
            TimerQueue.Timer next = timers.peek();
            if (next != null) {
                waitUntil(next.deadline());
                continue;
            }
            main.fail(new MatlabError("mjc:deadlock",
                "Every task is waiting and nothing can wake them (a task awaits something that never finishes).")
                .exception());
        }
    }

    /** SPEC §4 rule 9 at the end of a script: cancel unfinished spawned tasks, warn about them and unobserved failures. */
    public void finishProgram(Session session) {
        int unfinished = 0;
        for (Task t : new ArrayList<>(spawned)) {
            if (!t.isSettled()) {
                unfinished++;
                t.cancelAtEnd();
            }
        }
        ready.clear();
        deferred.clear();
        dueNow.clear();
        if (unfinished > 0) {
            session.warn(unfinished + " spawned task" + (unfinished == 1 ? " was" : "s were")
                + " still running when the script ended and " + (unfinished == 1 ? "was" : "were") + " cancelled.");
        }
        for (Task t : spawned) {
            if (t.state == Task.State.FAILED && !t.errorObserved) {
                MException e = t.error();
                session.warn("A spawned task failed and was never awaited: " + e.message());
            }
        }
        spawned.clear();
        unsettledSpawned = 0;
    }

    /** The spawned tasks not yet cleaned up by finishProgram (diagnostics and tests). */
    public List<Task> spawnedTasks() {
        List<Task> out = new ArrayList<>();
        for (Task t : spawned) {
            if (!t.isSettled()) {
                out.add(t);
            }
        }
        return out;
    }

    public int readyCount() {
        return ready.size();
    }

    public int timerCount() {
        return timers.size();
    }

    int inlineDepth() {
        return inlineDepth;
    }
}
