package mjc.runtime.call;

import mjc.runtime.error.Errors;
import mjc.runtime.value.Callable;
import mjc.runtime.value.NamedFunctionHandle;
import mjc.runtime.value.Value;

/** Handles to functions the compiler could not bind: looked up when called. */
public final class Handles {
    private Handles() {
    }

    public static Value byName(String name) {
        Callable c = FunctionTable.lookup(name);
        if (c != null) {
            return new NamedFunctionHandle(name, c);
        }
        return new NamedFunctionHandle(name, (args, nargout) -> {
            Callable late = FunctionTable.lookup(name);
            if (late == null) {
                throw Errors.undefined(name);
            }
            return late.call(args, nargout);
        });
    }
}
