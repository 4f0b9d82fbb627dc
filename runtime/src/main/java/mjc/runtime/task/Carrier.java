package mjc.runtime.task;

import java.util.concurrent.Semaphore;

/**
 * A thread that runs MATLAB code for an executor. Exactly one carrier holds the baton at a time
 * (it alone runs MATLAB code and the event loop); the others are parked. A task that must wait
 * inside frames it cannot unwind (a plain helper calling pause or webread from async code)
 * parks its carrier, and the loop continues on another carrier; when the task's turn comes the
 * baton passes back to its parked carrier (SPEC §4 rule 8, DESIGN-NOTES §6 "baton hand-off").
 */
final class Carrier {
    final Thread thread;
    private final Semaphore baton = new Semaphore(0);
    /** The carrier that handed us the baton to resume our parked task, waiting to get it back. */
    Carrier resumer;
    /** Set by whoever resumes us: unwind the parked task's frames instead of continuing it. */
    boolean unwind;
    /** A runner carrier told to leave its loop (the driver took the loop back). */
    boolean exit;
    /** The task blocked on this carrier, or null. */
    Task parked;
    /** The driver is waiting, outside any task, for the loop to come back to it. */
    boolean dormant;

    Carrier(Thread thread) {
        this.thread = thread;
    }

    /** Waits for the baton. */
    void await() {
        baton.acquireUninterruptibly();
    }

    /** Hands this carrier the baton. */
    void signal() {
        baton.release();
    }
}
