package mjc.stdlib.lang;

import java.util.Iterator;
import java.util.ServiceLoader;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.Errors;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.Value;

/**
 * How code known only at run time (eval, evalc, str2func of an anonymous function) reaches the
 * compiler. stdlib knows nothing of the compiler: a provider is found with ServiceLoader, and
 * only programs built with the compiler inside have one.
 */
public final class DynamicCode {
    /** Implemented by the compiler. */
    public interface Provider {
        /** Runs code in ws (reading and writing its variables); returns its outputs. */
        Value[] eval(String code, Workspace ws, int nargout);

        /** Compiles the text of an anonymous function into a handle. */
        FunctionHandle lambda(String text);
    }

    private static volatile Provider provider;
    private static volatile boolean searched;

    private DynamicCode() {
    }

    /** Whether the compiler is in the program (so text can be evaluated). */
    public static boolean available() {
        search();
        return provider != null;
    }

    public static Provider provider() {
        search();
        if (provider == null) {
            throw Errors.of("mjc:noCompiler", "Evaluating text at run time needs the compiler in the program; "
                + "build it with mjc build, which includes the compiler when the program evaluates text.");
        }
        return provider;
    }

    private static void search() {
        if (!searched) {
            synchronized (DynamicCode.class) {
                if (!searched) {
                    Iterator<Provider> it = ServiceLoader.load(Provider.class, DynamicCode.class.getClassLoader())
                        .iterator();
                    provider = it.hasNext() ? it.next() : null;
                    searched = true;
                }
            }
        }
    }
}
