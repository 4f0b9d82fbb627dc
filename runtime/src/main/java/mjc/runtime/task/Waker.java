package mjc.runtime.task;

/**
 * Something to notify when a task settles or a timer fires. Waking never runs the woken code
 * on the spot: a task's waker puts it at the back of the ready queue (SPEC §4 rule 2).
 */
@FunctionalInterface
public interface Waker {
    void wake();
}
