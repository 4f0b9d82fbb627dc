package mjc.stdlib.lang;

import java.util.function.Function;
import mjc.runtime.value.FunctionHandle;

/**
 * Hooks through which code known only at run time (eval, str2func of an anonymous function)
 * reaches the compiler. stdlib knows nothing of the compiler: when a program carries it, the
 * compiler installs these hooks at start-up.
 */
public final class DynamicCode {
    /** Evaluates text in the caller's workspace; receives the text and nargout, returns outputs. */
    public interface Evaluator {
        mjc.runtime.value.Value[] eval(String code, int nargout);
    }

    private static volatile Function<String, FunctionHandle> lambdaCompiler;
    private static volatile Evaluator evaluator;

    private DynamicCode() {
    }

    public static void install(Function<String, FunctionHandle> lambdas, Evaluator eval) {
        lambdaCompiler = lambdas;
        evaluator = eval;
    }

    static Function<String, FunctionHandle> lambdaCompiler() {
        return lambdaCompiler;
    }

    public static Evaluator evaluator() {
        return evaluator;
    }
}
