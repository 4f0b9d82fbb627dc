package mjc.runtime.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.CallDepth;
import mjc.runtime.error.Throwables;
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
    /** Each thread's carrier (SPEC §4 rule 8: the baton passes between them). */
    private final ThreadLocal<Carrier> carriers = ThreadLocal.withInitial(() -> new Carrier(Thread.currentThread()));
    /** The carrier last looked up: the loop asks once per step, and a ThreadLocal lookup is not free. */
    private Carrier lastCarrier;

    /** The calling thread's carrier. */
    private Carrier me() {
        Carrier c = lastCarrier;
        if (c != null && c.thread == Thread.currentThread()) {
            return c;
        }
        c = carriers.get();
        lastCarrier = c;
        return c;
    }
    /** The carrier in a driving loop (runUntilSettled, runUntilIdle) and the goal it runs to. */
    private Carrier driver;
    private java.util.function.BooleanSupplier driverGoal = () -> true;
    /** For a runUntilIdle driver: a runner found nothing left to do. */
    private boolean idleReached;
    /**
     * I/O completions posted from other threads (HTTP client, file pool); the loop runs them in
     * the order they arrive. pendingIo counts operations started and not yet completed.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> inbox = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Object inboxSignal = new Object();
    private int pendingIo;

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
        t.polling = true;
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
        } catch (TaskUnwind u) {
            // a parked task's frames were unwound: stop at the first task still alive below it
            if (prev != null && prev.isSettled()) {
                current = prev;
                throw u;
            }
            if (!t.isSettled()) {
                t.abandon();
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            t.fail(Throwables.toMException(e));
        } finally {
            current = prev;
            t.polling = false;
            CallDepth.reset(depth);
            if (traced) {
                listener.polled(t, System.nanoTime() - startNanos);
            }
            if (t.wokenWhilePolling) {
                t.wokenWhilePolling = false;
                enqueue(t);
            }
        }
    }

    /**
     * Starts a pending task for a combinator (join, race): like {@link #startInline}, but a task
     * that may wait inside plain code gets a carrier of its own, so that when it waits the
     * combinator's code goes on (starting its next argument) as if the task had suspended.
     */
    public void startDetached(Task t) {
        if (t.state != Task.State.PENDING) {
            return;
        }
        if (t.body == null || !t.body.mayBlockInThread()) {
            startInline(t);
            return;
        }
        Carrier me = me();
        Task starter = current;
        int depth = CallDepth.depth();
        t.state = Task.State.RUNNING;
        listener.started(t);
        Session s = session != null ? session : Session.current();
        CARRIER_THREADS.execute(() -> firstPoll(t, me, starter, depth, s));
        me.await();
        current = starter;
        CallDepth.reset(depth);
    }

    /** On a fresh carrier: a task's first poll; the baton goes back to the starter when it returns or waits. */
    private void firstPoll(Task t, Carrier starter, Task starterTask, int depth, Session s) {
        Carrier me = me();
        me.exit = false;
        me.resumer = starter;
        Session.install(s);
        current = starterTask;
        CallDepth.reset(depth);
        try {
            poll(t);
        } catch (TaskUnwind u) {
            if (!t.isSettled()) {
                t.abandon();
            }
        } finally {
            Carrier r = me.resumer;
            me.resumer = null;
            me.exit = false;
            Session.install(null);
            r.signal();
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

    /** An I/O operation started; exactly one {@link #ioCompleted} must follow, from any thread. */
    public void ioStarted() {
        pendingIo++;
    }

    /** From any thread: an I/O operation finished; the completion runs on the loop (thread-safe). */
    public void ioCompleted(Runnable completion) {
        inbox.add(completion);
        synchronized (inboxSignal) {
            inboxSignal.notifyAll();
        }
    }

    public int pendingIo() {
        return pendingIo;
    }

    private boolean drainInbox() {
        Runnable r = inbox.poll();
        if (r == null) {
            return false;
        }
        pendingIo--;
        r.run();
        return true;
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
            Carrier me = me();
            if (t.parkedOn != null) {
                resumeParked(me, t);
            } else if (t.polling) {
                // its poll is on a parked stack (below a task waiting in plain code): later
                t.wokenWhilePolling = true;
            } else {
                poll(t);
                afterLoopPoll(me);
            }
            return true;
        }
        Runnable d = deferred.pollFirst();
        if (d != null) {
            d.run();
            return true;
        }
        if (drainInbox()) {
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
            drive(false, this::runCurrentHere);
        } finally {
            leave(prev);
        }
    }

    private void runCurrentHere() {
        while (stepNow()) {
            // keep going
        }
    }

    /**
     * Runs body as the driver: if a task parks its carrier meanwhile, the runner that takes the
     * loop over hands it back once nothing is left to do (waiting for timers first if waits).
     */
    private void drive(boolean waits, Runnable body) {
        Carrier me = me();
        if (driver == me) {
            body.run();
            return;
        }
        Carrier prevDriver = driver;
        java.util.function.BooleanSupplier prevGoal = driverGoal;
        Task prevMain = driverMain;
        boolean prevWaits = driverWaits;
        driver = me;
        idleReached = false;
        driverGoal = () -> idleReached;
        driverMain = null;
        driverWaits = waits;
        try {
            body.run();
        } finally {
            driver = prevDriver;
            driverGoal = prevGoal;
            driverMain = prevMain;
            driverWaits = prevWaits;
        }
    }

    /** Whether a runner may wait for timers on the driver's behalf. */
    private boolean driverWaits = true;

    /** Runs everything, jumping the virtual clock to each next timer, until nothing is left. */
    public boolean hasWork() {
        return !ready.isEmpty() || !deferred.isEmpty() || !dueNow.isEmpty() || !timers.isEmpty() || pendingIo > 0
            || !inbox.isEmpty();
    }

    public void runUntilIdle() {
        Session prev = enter();
        try {
            drive(true, this::runUntilIdleHere);
        } finally {
            leave(prev);
        }
    }

    private void runUntilIdleHere() {
        while (true) {
            runCurrentHere();
            if (!waitForWork()) {
                return;
            }
        }
    }

    /** Runs what is due before now+ms, then sets the virtual clock to now+ms. */
    public void advanceTime(double ms) {
        Session prev = enter();
        try {
            drive(false, () -> advanceTimeHere(ms));
        } finally {
            leave(prev);
        }
    }

    private void advanceTimeHere(double ms) {
        double target = clock.now() + ms;
        while (true) {
            runCurrentHere();
            TimerQueue.Timer next = timers.peek();
            if (next == null || next.deadline() > target) {
                break;
            }
            waitUntil(next.deadline());
        }
        waitUntil(target);
        runCurrentHere();
    }

    private void waitUntil(double deadline) {
        if (clock instanceof Clock.Virtual v) {
            v.advanceTo(deadline);
            lastNow = v.now();
            return;
        }
        while (true) {
            double left = deadline - clock.now();
            if (left <= 0 || !inbox.isEmpty() || mjc.runtime.call.Interrupts.pending()) {
                return;
            }
            // an I/O completion ends the wait early: the loop runs it, then waits again
            waitForInbox((long) (left * 1e6));
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
        Carrier me = me();
        Carrier prevDriver = driver;
        java.util.function.BooleanSupplier prevGoal = driverGoal;
        Task prevMain = driverMain;
        boolean prevWaits = driverWaits;
        driver = me;
        driverGoal = main::isSettled;
        driverMain = main;
        driverWaits = true;
        try {
            if (main.isPending()) {
                startInline(main);
                afterLoopPoll(me);
            }
            while (!main.isSettled()) {
                mjc.runtime.call.Interrupts.check();
                if (stepNow()) {
                    continue;
                }
                if (!waitForWork()) {
                    main.fail(deadlock().exception());
                }
            }
        } finally {
            driver = prevDriver;
            driverGoal = prevGoal;
            driverMain = prevMain;
            driverWaits = prevWaits;
        }
    }

    private static MatlabError deadlock() {
        return new MatlabError("mjc:deadlock",
            "Every task is waiting and nothing can wake them (a task awaits something that never finishes).");
    }

    /** Waits until something can happen (the next timer); false when nothing ever can. */
    private boolean waitForWork() {
        if (!inbox.isEmpty()) {
            return true;
        }
        TimerQueue.Timer next = timers.peek();
        if (pendingIo > 0 && (next == null || clock instanceof Clock.Virtual)) {
            // virtual time moves only when nothing else can happen: I/O in flight comes first
            waitForInbox(Long.MAX_VALUE);
            return true;
        }
        if (next != null) {
            waitUntil(next.deadline());
            return true;
        }
        return false;
    }

    /** Wakes the loop from an idle wait (a host's Ctrl-C). */
    public void wakeUp() {
        synchronized (inboxSignal) {
            inboxSignal.notifyAll();
        }
    }

    /** Waits up to nanos for an I/O completion to arrive. */
    private void waitForInbox(long nanos) {
        long end = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + nanos;
        synchronized (inboxSignal) {
            while (inbox.isEmpty() && !mjc.runtime.call.Interrupts.pending()) {
                long left = end == Long.MAX_VALUE ? 0 : end - System.nanoTime();
                if (end != Long.MAX_VALUE && left <= 0) {
                    return;
                }
                try {
                    if (end == Long.MAX_VALUE) {
                        inboxSignal.wait();
                    } else {
                        inboxSignal.wait(left / 1_000_000, (int) (left % 1_000_000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw Errors.of("mjc:interrupted", "Interrupted.");
                }
            }
        }
    }

    // ------------------------------------------------------------------ the baton (rule 8)

    private static final java.util.concurrent.atomic.AtomicInteger RUNNERS = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.ExecutorService CARRIER_THREADS = java.util.concurrent.Executors
        .newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "matlab-carrier-" + RUNNERS.incrementAndGet(), 512L << 20);
            t.setDaemon(true);
            return t;
        });

    /**
     * Plain code running inside task t (a helper function that called pause or webread) must
     * wait without unwinding its frames: its carrier parks and the loop goes on, on the carrier
     * that resumed it or on a new one. Returns when t's turn comes again (t was woken through the
     * ready queue); throws TaskUnwind when t was cancelled meanwhile.
     */
    public void blockInThread(Task t) {
        Carrier me = me();
        t.parkedOn = me;
        me.parked = t;
        Task savedCurrent = current;
        int depth = CallDepth.depth();
        Carrier r = me.resumer;
        if (r != null) {
            me.resumer = null;
            r.signal();
        } else {
            Session s = session != null ? session : Session.current();
            CARRIER_THREADS.execute(() -> runner(s));
        }
        me.await();
        me.parked = null;
        t.parkedOn = null;
        current = savedCurrent;
        CallDepth.reset(depth);
        if (me.unwind) {
            me.unwind = false;
            throw new TaskUnwind();
        }
    }

    /** A carrier thread that took the loop over from a parked one. */
    private void runner(Session s) {
        Carrier me = me();
        me.exit = false;
        Session.install(s);
        CallDepth.reset(0);
        current = null; // the loop level: no task is running on this carrier
        try {
            while (!me.exit) {
                if (driverGoal.getAsBoolean()) {
                    returnToDriver(me);
                    return;
                }
                if (stepNow()) {
                    continue;
                }
                if (me.exit) {
                    return;
                }
                if (!driverWaits || !waitForWork()) {
                    // nothing more can happen for the driver: its goal is met or cannot be
                    noProgress();
                    returnToDriver(me);
                    return;
                }
            }
        } finally {
            me.exit = false;
            Session.install(null);
        }
    }

    /** The driver's goal can no longer be met by waiting (nothing is ready, no timer). */
    private void noProgress() {
        idleReached = true;
        Task main = driverMain;
        if (main != null && !main.isSettled()) {
            main.fail(deadlock().exception());
        }
    }

    /** The main task of the current runUntilSettled driver, for deadlock reports from runners. */
    private Task driverMain;

    /**
     * The driver's goal is met while this runner holds the loop: hand the loop back. A driver
     * parked inside a task (a helper that paused) has that task's frames unwound first; the
     * task stays unfinished and is dealt with as at the end of the script.
     */
    private void returnToDriver(Carrier me) {
        Carrier d = driver;
        if (d == null) {
            return;
        }
        if (d.dormant) {
            d.dormant = false;
            d.signal();
            return;
        }
        if (d.parked != null) {
            d.resumer = me;
            d.unwind = true;
            d.signal();
            me.await();
        }
    }

    /** Resumes the task parked on another carrier; returns when that carrier hands the baton back. */
    private void resumeParked(Carrier me, Task t) {
        Carrier p = t.parkedOn;
        int depth = CallDepth.depth();
        Task savedCurrent = current;
        p.resumer = me;
        if (t.isSettled()) {
            p.unwind = true;
        }
        p.signal();
        me.await();
        current = savedCurrent;
        CallDepth.reset(depth);
    }

    /**
     * After a loop-level poll: if it ran a task resumed from a parked carrier (this one), the
     * carrier that resumed it is waiting. A runner hands the loop back to it and leaves; the
     * driver takes the loop back if its goal is met, else waits until it is.
     */
    private void afterLoopPoll(Carrier me) {
        Carrier r = me.resumer;
        if (r == null) {
            return;
        }
        me.resumer = null;
        if (me == driver) {
            if (driverGoal.getAsBoolean()) {
                r.exit = true;
                r.signal();
                return;
            }
            me.dormant = true;
            r.signal();
            me.await();
            return;
        }
        me.exit = true;
        r.signal();
    }

    /** A parked task settled (cancelled, failed): its carrier must unwind at the task's turn. */
    void unwindParked(Task t, boolean wasQueued) {
        t.parkedOn.unwind = true;
        if (!wasQueued) {
            ready.addLast(t);
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
        // carriers parked in cancelled tasks unwind now, before the queues are dropped
        Carrier me = me();
        for (Task t : new ArrayList<>(ready)) {
            if (t.parkedOn != null) {
                ready.remove(t);
                resumeParked(me, t);
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
