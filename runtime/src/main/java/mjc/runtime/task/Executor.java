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
    private final List<Task> spawned = new ArrayList<>();
    private Task current;
    private int nextId = 1;
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
        Task t = new Task(body, this, nextId++);
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
        if (current != null) {
            current.own(t);
        }
        listener.started(t);
        inlineDepth++;
        try {
            poll(t);
        } finally {
            inlineDepth--;
        }
    }

    /** spawn: the task joins the back of the ready queue and runs when the current task suspends. */
    public Task spawn(Task t) {
        if (t.state == Task.State.PENDING) {
            t.state = Task.State.RUNNING;
            t.spawned = true;
            spawned.add(t);
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
        listener.resumed(t);
        long startNanos = System.nanoTime();
        try {
            Value[] r = t.body.resume(t);
            if (r == Coroutine.SUSPENDED) {
                if (t.cancelRequested) {
                    current = prev;
                    t.cancel();
                } else {
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
            listener.polled(t, System.nanoTime() - startNanos);
        }
    }

    void settled(Task t) {
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

    /** Registers w to be woken after delay ms of executor time; Inf never fires. */
    public TimerQueue.Timer addTimer(double delayMs, Waker w) {
        if (Double.isInfinite(delayMs)) {
            return null;
        }
        return timers.add(clock.now() + delayMs, w);
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
        return fireDue(clock.now());
    }

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
        for (Task t : spawned) {
            if (!t.isSettled()) {
                unfinished++;
                t.cancel();
            }
        }
        ready.clear();
        deferred.clear();
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
    }

    /** A task by id among the spawned ones (diagnostics and tests). */
    public Task findTask(int id) {
        for (Task t : spawned) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
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
