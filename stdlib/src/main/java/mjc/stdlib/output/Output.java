package mjc.stdlib.output;

import java.io.PrintStream;
import mjc.runtime.error.Errors;
import mjc.runtime.session.Session;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.display.Display;
import mjc.stdlib.text.Formatter;

/** Printing: disp, display, fprintf, sprintf, format. */
public final class Output {
    private Output() {
    }

    @Builtin("disp")
    public static void disp(Value v) {
        Display.disp(v);
    }

    @Builtin("display")
    public static void display(Value v) {
        Display.show("ans", v);
    }

    @Builtin("fprintf")
    public static Value[] fprintf(Value[] args, int nargout) {
        if (args.length == 0) {
            throw Errors.notEnoughInputs();
        }
        PrintStream out = Session.current().out();
        int from = 0;
        if (args[0] instanceof ArrayValue a && !(a instanceof CharArray) && a.numel() == 1 && args.length >= 1
            && !(args[0] instanceof StringArray)) {
            double fid = a.re(0);
            if (fid == 2) {
                out = Session.current().err();
            } else if (fid != 1) {
                if (args.length == 1) {
                    return new Value[0];
                }
                int n = mjc.stdlib.io.FileHandles.printTo((int) fid, Args.text(args[1], "fprintf"), args, 2);
                return nargout > 0 ? new Value[] {DoubleArray.scalar(n)} : new Value[0];
            }
            from = 1;
            if (args.length == 1) {
                return nargout > 0 ? new Value[] {DoubleArray.scalar(0)} : new Value[0];
            }
        }
        String fmt = Args.text(args[from], "fprintf");
        String text = Formatter.format(fmt, args, from + 1);
        out.print(text);
        if (out != Session.current().out()) {
            out.flush();
        }
        return nargout > 0 ? new Value[] {DoubleArray.scalar(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)}
            : new Value[0];
    }

    @Builtin("sprintf")
    public static Value[] sprintf(Value[] args, int nargout) {
        if (args.length == 0) {
            throw Errors.notEnoughInputs();
        }
        String fmt = Args.text(args[0], "sprintf");
        String text = Formatter.format(fmt, args, 1);
        Value r = args[0] instanceof StringArray ? StringArray.of(text) : CharArray.of(text);
        return new Value[] {r};
    }

    @Builtin("format")
    public static Value[] format(Value[] args, int nargout) {
        String mode = args.length == 0 ? "short" : Args.text(args[0], "format").toLowerCase();
        switch (mode) {
            case "long":
                Session.current().setLongFormat(true);
                break;
            case "short":
            case "compact":
            case "loose":
                if (mode.equals("short")) {
                    Session.current().setLongFormat(false);
                }
                break;
            default:
                break;
        }
        return new Value[0];
    }

    /** Commands for figures and the terminal that have nothing to do outside MATLAB's desktop. */
    @Builtin({"clc", "more", "hold", "close", "figure", "drawnow", "beep", "diary", "echo", "pkg", "warning_off",
        "graphics_toolkit", "clf", "grid", "axis", "xlabel", "ylabel", "title", "legend", "plot", "subplot"})
    public static Value[] noop(Value[] args, int nargout) {
        return new Value[0];
    }
}
