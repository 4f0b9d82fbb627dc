package mjc.stdlib.lang;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MatlabError;
import mjc.runtime.session.Session;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;

/**
 * eval, evalc, evalin and assignin. The compiler turns calls of these into calls here with
 * the caller's workspace (its variables copied in, and copied back afterwards).
 */
public final class Eval {
    private Eval() {
    }

    /** isBase: the caller is the program's script, whose workspace is the base workspace. */
    public static Value[] eval(String name, Workspace ws, boolean isBase, Value[] args, int nargout) {
        switch (name) {
            case "eval":
                return evalText(ws, args, nargout, 0);
            case "evalin":
                Args.count(args, 2, 3);
                checkContext(args[0], isBase, name);
                return evalText(ws, args, nargout, 1);
            case "evalc":
                return evalc(ws, args);
            case "save":
                return mjc.stdlib.io.MatFiles.save(ws, args);
            case "load":
                return mjc.stdlib.io.MatFiles.load(ws, args, nargout);
            default: // assignin
                Args.count(args, 3, 3);
                checkContext(args[0], isBase, name);
                String var = Args.text(args[1], "assignin");
                if (!Keywords.isValidName(var)) {
                    throw Errors.of("MATLAB:assignin:invalidVariableName",
                        "Invalid variable name \"" + var + "\" in ASSIGNIN.");
                }
                ws.put(var, args[2].share());
                return new Value[0];
        }
    }

    /**
     * Compiled functions keep their variables in JVM locals, reachable by name only in the
     * function doing the eval: evalin and assignin work on the base workspace from the script
     * itself, and say so plainly anywhere else rather than write into the wrong workspace.
     */
    private static void checkContext(Value context, boolean isBase, String fn) {
        String c = Args.text(context, fn);
        if (!c.equals("caller") && !c.equals("base")) {
            throw Errors.of("MATLAB:" + fn + ":invalidContext",
                "Context must be 'caller' or 'base'.");
        }
        if (!isBase) {
            throw Errors.of("mjc:" + fn + ":unsupportedContext", fn + "('" + c + "', ...) from a function is not "
                + "supported by compiled code: return the value as an output instead.");
        }
    }

    private static Value[] evalText(Workspace ws, Value[] args, int nargout, int from) {
        Args.count(args, from + 1, from + 2);
        String code = Args.text(args[from], "eval");
        if (args.length == from + 2) {
            try {
                return DynamicCode.provider().eval(code, ws, nargout);
            } catch (MatlabError e) {
                return DynamicCode.provider().eval(Args.text(args[from + 1], "eval"), ws, nargout);
            }
        }
        return DynamicCode.provider().eval(code, ws, nargout);
    }

    private static Value[] evalc(Workspace ws, Value[] args) {
        Args.count(args, 1, 2);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Session s = Session.current();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        s.pushOutput(capture);
        try {
            evalText(ws, args, 0, 0);
        } finally {
            s.popOutput();
        }
        return new Value[] {CharArray.of(buf.toString(StandardCharsets.UTF_8))};
    }
}
