package mjc.stdlib;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as the implementation of a MATLAB builtin. Shapes accepted:
 * {@code Value[] f(Value[] args, int nargout)} (the general entry), {@code Value f(Value...)}
 * with a fixed number of Value parameters (a fast path for one output), and {@code void
 * f(Value...)} for builtins without outputs. A name may have several methods; the compiler binds
 * each call to the best one at compile time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Builtin {
    String[] value();

    /** The call site passes the names of its variable arguments ({@link mjc.runtime.call.ArgNames}). */
    boolean argNames() default false;
}
