package mjc.runtime.call;

import mjc.runtime.error.Errors;

/**
 * Ctrl-C at the REPL: the terminal's signal handler requests an interrupt; code compiled for the
 * REPL checks at every loop iteration, and the executor checks while it waits, so a CPU-bound
 * loop and a long await both stop with mjc:interrupted.
 */
public final class Interrupts {
    private static volatile boolean requested;
    /** Wakes whatever waits (the executor's idle wait), set by the host that takes Ctrl-C. */
    private static volatile Runnable wake = () -> { };

    private Interrupts() {
    }

    public static void request() {
        requested = true;
        wake.run();
    }

    public static void onRequest(Runnable r) {
        wake = r == null ? () -> { } : r;
    }

    public static void clear() {
        requested = false;
    }

    public static boolean pending() {
        return requested;
    }

    /** Generated at loop heads of REPL code: raises mjc:interrupted once per request. */
    public static void check() {
        if (requested) {
            requested = false;
            throw Errors.of("mjc:interrupted", "Interrupted (Ctrl-C).");
        }
    }
}
