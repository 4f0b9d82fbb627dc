package mjc.runtime.value;

/**
 * The uniform calling convention of compiled MATLAB functions, builtins and closures:
 * arguments in, at most {@code max(1, nargout)} outputs back. An output the callee did not set
 * is {@code null} at its position (or the array is shorter).
 */
@FunctionalInterface
public interface Callable {
    Value[] call(Value[] args, int nargout);
}
