package mjc.runtime.session;

/**
 * {@code exit(status)} / {@code quit}: ends the program with that process status. An Error, not
 * a MATLAB error, so no try/catch of the program can stop it; the launcher finishes the session
 * (files closed, tasks ended) and exits with the status.
 */
public final class ProgramExit extends Error {
    private final int status;

    public ProgramExit(int status) {
        super("exit " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
