package mjc.runtime.error;

import java.util.List;

/**
 * The Java throwable for a MATLAB error. It carries an {@link MException}; the MATLAB stack is
 * computed from this throwable's Java stack on first use, keeping only frames of compiled
 * MATLAB code (see {@link FrameRegistry}).
 */
public final class MatlabError extends RuntimeException {
    private final MException exception;

    public MatlabError(MException exception) {
        super(exception.message(), null, false, true);
        this.exception = exception;
    }

    public MatlabError(String identifier, String message) {
        this(new MException(identifier, message));
    }

    /** The MException, with its stack filled in from where this error was thrown. */
    public MException exception() {
        if (!exception.hasStack()) {
            exception.setStack(FrameRegistry.matlabFrames(getStackTrace()));
        }
        return exception;
    }

    public String identifier() {
        return exception.identifier();
    }

    @Override
    public String getMessage() {
        return exception.message();
    }

    public List<MException.StackFrame> matlabStack() {
        return exception().stack();
    }
}
