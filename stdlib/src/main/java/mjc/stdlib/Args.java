package mjc.stdlib;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/** Argument checks and conversions shared by builtins, each raising MATLAB's error on misuse. */
public final class Args {
    private Args() {
    }

    public static void count(Value[] args, int min, int max) {
        if (args.length < min) {
            throw Errors.notEnoughInputs();
        }
        if (args.length > max) {
            throw Errors.tooManyInputs();
        }
    }

    public static void outputs(int nargout, int max) {
        if (nargout > max) {
            throw Errors.tooManyOutputs();
        }
    }

    public static ArrayValue array(Value v, String fn) {
        if (v instanceof ArrayValue a) {
            return a;
        }
        throw Errors.undefinedFunctionForType(fn, v.className());
    }

    /** A real scalar number (first element of a non-empty numeric, logical or char array). */
    public static double scalar(Value v, String fn) {
        if (v instanceof ArrayValue a && a.numel() >= 1) {
            return a.re(0);
        }
        throw Errors.of("MATLAB:" + fn + ":invalidInput", "Expected a numeric scalar input for " + fn + ".");
    }

    /** A non-negative integer-valued size argument. */
    public static int size(Value v, String fn) {
        double d = scalar(v, fn);
        if (Double.isNaN(d)) {
            throw Errors.of("MATLAB:NonIntegerInput", "Size inputs must be integers.");
        }
        if (d != Math.rint(d) && !Double.isInfinite(d)) {
            throw Errors.of("MATLAB:NonIntegerInput", "Size inputs must be integers.");
        }
        if (d < 0) {
            return 0;
        }
        if (d > Integer.MAX_VALUE) {
            throw Errors.of("MATLAB:array:SizeLimitExceeded", "Requested array exceeds the maximum possible size.");
        }
        return (int) d;
    }

    public static boolean isText(Value v) {
        return v instanceof CharArray || (v instanceof StringArray s && s.numel() == 1);
    }

    /** Text from a char row or a string scalar. */
    public static String text(Value v, String fn) {
        if (v instanceof CharArray c) {
            if (c.dims().length == 2 && c.dims()[0] > 1) {
                // a char matrix reads column-major, as MATLAB's char(:)' would
                return c.string();
            }
            return c.string();
        }
        if (v instanceof StringArray s && s.numel() == 1) {
            return s.get(0) == null ? "" : s.get(0);
        }
        throw Errors.of("MATLAB:" + fn + ":invalidInput",
            "Expected input to be a character vector or string scalar.");
    }

    /** The elements of a cell of text, a string array, or one text value. */
    public static String[] texts(Value v, String fn) {
        if (v instanceof CellArray c) {
            String[] out = new String[c.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = text(c.get(i), fn);
            }
            return out;
        }
        if (v instanceof StringArray s) {
            String[] out = new String[s.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = s.get(i) == null ? "" : s.get(i);
            }
            return out;
        }
        return new String[] {text(v, fn)};
    }

    public static boolean truth(Value v) {
        if (v instanceof ArrayValue a && a.numel() >= 1) {
            return a.isTrue(0);
        }
        return false;
    }
}
