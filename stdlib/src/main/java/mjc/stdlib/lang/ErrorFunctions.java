package mjc.stdlib.lang;

import java.util.Arrays;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.text.Formatter;

/** error, warning, assert, rethrow, throw, MException. */
public final class ErrorFunctions {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(
        "[A-Za-z][\\w-]*(:[\\w-]+)+");

    private ErrorFunctions() {
    }

    /** Whether text looks like a message identifier (component:component). */
    static boolean isIdentifier(String s) {
        return ID.matcher(s).matches();
    }

    @Builtin("error")
    public static Value[] error(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        if (args[0] instanceof StructArray s) {
            Value msg = s.get(0, "message");
            Value id = s.get(0, "identifier");
            if (msg == null || msg.numel() == 0) {
                return new Value[0];
            }
            throw new MatlabError(id == null ? "" : Args.text(id, "error"), Args.text(msg, "error"));
        }
        if (args[0] instanceof MException e) {
            throw new MatlabError(new MException(e.identifier(), e.message()));
        }
        String first = Args.text(args[0], "error");
        if (args.length == 1) {
            if (first.isEmpty()) {
                return new Value[0];
            }
            // a single argument is the message, taken literally (no format processing)
            throw new MatlabError("", first);
        }
        String id = "";
        String fmt = first;
        int from = 1;
        if (isIdentifier(first)) {
            id = first;
            fmt = Args.text(args[1], "error");
            from = 2;
        }
        throw new MatlabError(id, Formatter.format(fmt, args, from));
    }

    @Builtin("warning")
    public static Value[] warning(Value[] args, int nargout) {
        if (args.length == 0) {
            return new Value[0];
        }
        String first = Args.text(args[0], "warning");
        if (first.equals("off") || first.equals("on") || first.equals("query") || first.equals("error")) {
            WarningState.set(Session.current(), first, args.length > 1 ? Args.text(args[1], "warning") : "all");
            return new Value[0];
        }
        String id = "";
        String msg;
        if (args.length == 1) {
            msg = first;
        } else if (isIdentifier(first)) {
            id = first;
            msg = Formatter.format(Args.text(args[1], "warning"), args, 2);
        } else {
            msg = Formatter.format(first, args, 1);
        }
        if (WarningState.enabled(Session.current(), id)) {
            Session.current().warn(msg);
            last().set(msg, id);
        }
        return new Value[0];
    }

    /** The last warning shown in a session (lastwarn). */
    private static final class LastWarning {
        String message = "";
        String id = "";

        void set(String m, String i) {
            message = m;
            id = i;
        }
    }

    private static LastWarning last() {
        return Session.current().state(LastWarning.class, LastWarning::new);
    }

    /** [msg, id] = lastwarn: the last warning shown; lastwarn(msg[, id]) sets it (returning the previous one). */
    @Builtin("lastwarn")
    public static Value[] lastwarn(Value[] args, int nargout) {
        Args.count(args, 0, 2);
        LastWarning w = last();
        Value[] out = {CharArray.of(w.message), CharArray.of(w.id)};
        if (args.length > 0) {
            w.set(Args.text(args[0], "lastwarn"), args.length > 1 ? Args.text(args[1], "lastwarn") : "");
        }
        return out;
    }

    /** A warning from a builtin (readtable's renamed headers): shown unless turned off by its identifier. */
    public static void warn(String id, String message) {
        if (WarningState.enabled(Session.current(), id)) {
            Session.current().warn(message);
            last().set(message, id);
        }
    }

    @Builtin("assert")
    public static Value[] assertion(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        if (ValueAssert.applies(args)) {
            Args.count(args, 2, 3);
            double tol = args.length == 3 ? Args.scalar(args[2], "assert") : 0;
            String why = ValueAssert.mismatch(args[0], args[1], tol, args.length == 3, "value");
            if (why != null) {
                throw new MatlabError("MATLAB:assertion:failed", "ASSERT errors for: assert (cond, expected"
                    + (args.length == 3 ? ", tol" : "") + ")\n  " + why);
            }
            return new Value[0];
        }
        Value cond = args[0];
        boolean ok;
        if (cond instanceof ArrayValue a) {
            ok = a.numel() > 0;
            for (int i = 0; i < a.numel() && ok; i++) {
                ok = a.isTrue(i);
            }
        } else {
            throw Errors.of("MATLAB:assertion:LogicalScalar", "Assertion condition must be a logical scalar.");
        }
        if (ok) {
            return new Value[0];
        }
        if (args.length == 1) {
            throw new MatlabError("MATLAB:assertion:failed", "Assertion failed.");
        }
        String first = Args.text(args[1], "assert");
        if (args.length > 2 && isIdentifier(first)) {
            throw new MatlabError(first, Formatter.format(Args.text(args[2], "assert"), args, 3));
        }
        if (args.length == 2) {
            throw new MatlabError("", Formatter.format(first, args, 2));
        }
        throw new MatlabError("", Formatter.format(first, args, 2));
    }

    @Builtin("rethrow")
    public static void rethrow(Value e) {
        if (e instanceof MException m) {
            throw PreservedError.of(m);
        }
        if (e instanceof StructArray s) {
            Value msg = s.get(0, "message");
            Value id = s.get(0, "identifier");
            throw new MatlabError(id == null ? "" : Args.text(id, "rethrow"), msg == null ? "" : Args.text(msg, "rethrow"));
        }
        throw Errors.of("MATLAB:rethrow:invalidInput", "Argument must be an MException object.");
    }

    @Builtin("throw")
    public static void throwException(Value e) {
        if (e instanceof MException m) {
            MException copy = new MException(m.identifier(), m.message());
            copy.causes().addAll(m.causes());
            throw new MatlabError(copy);
        }
        throw Errors.of("MATLAB:throw:invalidInput", "Argument must be an MException object.");
    }

    @Builtin("MException")
    public static Value[] mexception(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        String id = Args.text(args[0], "MException");
        String msg = Formatter.format(Args.text(args[1], "MException"), args, 2);
        return new Value[] {new MException(id, msg)};
    }

    @Builtin("addCause")
    public static Value addCause(Value e, Value cause) {
        if (!(e instanceof MException m) || !(cause instanceof MException c)) {
            throw Errors.of("MATLAB:addCause:invalidInput", "Arguments must be MException objects.");
        }
        MException copy = new MException(m.identifier(), m.message());
        copy.causes().addAll(m.causes());
        copy.causes().add(c);
        return copy;
    }

    /**
     * getReport(ME): as MATLAB reports an error: "Error using F" (the frame it was thrown in,
     * when it was thrown) then the message, then each cause under "Caused by:".
     */
    @Builtin("getReport")
    public static Value[] getReport(Value[] args, int nargout) {
        Args.count(args, 1, 5);
        if (!(args[0] instanceof MException m)) {
            throw Errors.of("MATLAB:getReport:invalidInput", "Argument must be an MException object.");
        }
        StringBuilder sb = new StringBuilder();
        if (m.hasStack() && !m.stack().isEmpty()) {
            sb.append("Error using ").append(m.stack().get(0).name()).append('\n');
        }
        sb.append(m.message());
        if (!m.causes().isEmpty()) {
            sb.append("\n\nCaused by:");
            for (MException c : m.causes()) {
                sb.append("\n    ").append(c.message().replace("\n", "\n    "));
            }
        }
        return new Value[] {CharArray.of(sb.toString())};
    }

    /** throwAsCaller(ME): throws ME (compiled frames are not rewritten, so as throw). */
    @Builtin("throwAsCaller")
    public static void throwAsCaller(Value e) {
        throwException(e);
    }

    /** lasterr: the message of the last error a try/catch caught ('' when none); [msg, id] = lasterr. */
    @Builtin("lasterr")
    public static Value[] lasterr(Value[] args, int nargout) {
        mjc.runtime.error.MException e = mjc.runtime.call.Statements.lastCaught();
        String msg = e == null ? "" : e.message();
        String id = e == null ? "" : e.identifier();
        return new Value[] {CharArray.of(msg), CharArray.of(id)};
    }

    static boolean isText(Value v) {
        return v instanceof CharArray || v instanceof StringArray;
    }

    static Value[] none() {
        return Arrays.copyOf(new Value[0], 0);
    }
}
