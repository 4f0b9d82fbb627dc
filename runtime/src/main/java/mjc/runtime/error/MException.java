package mjc.runtime.error;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.value.Dims;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;

/**
 * MATLAB's MException object: identifier, message, stack and causes. It is a value (what
 * {@code catch err} binds); {@link MatlabError} is the Java throwable that carries one.
 */
public final class MException extends Value {
    private final String identifier;
    private final String message;
    private List<StackFrame> stack;
    private final List<MException> causes = new ArrayList<>();

    public MException(String identifier, String message) {
        this.identifier = identifier == null ? "" : identifier;
        this.message = message == null ? "" : message;
    }

    public String identifier() {
        return identifier;
    }

    public String message() {
        return message;
    }

    public List<StackFrame> stack() {
        return stack == null ? List.of() : stack;
    }

    public boolean hasStack() {
        return stack != null;
    }

    public void setStack(List<StackFrame> frames) {
        this.stack = List.copyOf(frames);
    }

    public List<MException> causes() {
        return causes;
    }

    /** Throws this exception as a new error whose stack is the thrower's (MATLAB's throw). */
    public MatlabError toThrowable() {
        return new MatlabError(this);
    }

    @Override
    public MClass mclass() {
        return MClass.OBJECT;
    }

    @Override
    public String className() {
        return "MException";
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
        throw Errors.unsupported("arrays of MException objects");
    }

    @Override
    public Value copy() {
        return this;
    }

    @Override
    public Value emptyLike(int[] d) {
        throw Errors.unsupported("arrays of MException objects");
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        throw Errors.unsupported("arrays of MException objects");
    }

    @Override
    public Value reshaped(int[] newDims) {
        return this;
    }

    /** One MATLAB stack frame: function name as MATLAB names it, file, line. */
    public record StackFrame(String name, String file, int line) {
    }
}
