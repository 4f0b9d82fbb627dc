package mjc.stdlib.types;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * validatestring(str, strarray[, funcName[, varName]][, argIndex]): the option str names,
 * matched case-insensitively as a prefix. An exact match wins; several matches are fine when
 * the shortest is a prefix of all the others (it is returned), ambiguous otherwise.
 */
public final class StringChoice {
    private StringChoice() {
    }

    @Builtin("validatestring")
    public static Value[] validatestring(Value[] args, int nargout) {
        Args.count(args, 2, 5);
        String str = scalarText(args[0], "The first input");
        String[] options = options(args[1]);
        String func = "";
        String var = "";
        int index = 0;
        int k = 2;
        if (k < args.length && Args.isText(args[k])) {
            func = scalarText(args[k++], "The function name");
        }
        if (k < args.length && Args.isText(args[k])) {
            var = scalarText(args[k++], "The variable name");
        }
        if (k < args.length) {
            if (!(args[k] instanceof ArrayValue a) || a.numel() != 1 || args[k] instanceof CharArray
                || a.re(0) < 1 || a.re(0) != Math.floor(a.re(0))) {
                throw Errors.of("MATLAB:validatestring:badArgPosition", "The argument position must be a positive "
                    + "integer scalar.");
            }
            index = (int) a.re(0);
            k++;
        }
        if (k < args.length) {
            throw Errors.of("MATLAB:validatestring:tooManyInputs", "Too many input arguments.");
        }
        String match = choose(str, options, func, var, index);
        return new Value[] {args[0] instanceof StringArray ? StringArray.of(match) : CharArray.of(match)};
    }

    private static String choose(String str, String[] options, String func, String var, int index) {
        List<String> hits = new ArrayList<>();
        if (!str.isEmpty()) {
            for (String o : options) {
                if (o.equalsIgnoreCase(str)) {
                    return o;
                }
                if (o.regionMatches(true, 0, str, 0, str.length())) {
                    hits.add(o);
                }
            }
        }
        String who = index > 0 ? "input number " + index + (var.isEmpty() ? "" : ", " + var + ",")
            : var.isEmpty() ? "input" : var;
        String head = (func.isEmpty() ? "" : "Error using " + func + "\n") + "Expected " + who
            + " to match one of these values:\n\n'" + String.join("', '", options) + "'\n\nThe input, '" + str + "', ";
        String idPart = func.isEmpty() ? "MATLAB:" : "MATLAB:" + func + ":";
        if (hits.isEmpty()) {
            throw Errors.of(idPart + "unrecognizedStringChoice", head + "did not match any of the valid values.");
        }
        String shortest = hits.get(0);
        for (String h : hits) {
            if (h.length() < shortest.length()) {
                shortest = h;
            }
        }
        for (String h : hits) {
            if (!h.regionMatches(true, 0, shortest, 0, shortest.length())) {
                throw Errors.of(idPart + "ambiguousStringChoice", head + "matched more than one valid value.");
            }
        }
        return shortest;
    }

    private static String scalarText(Value v, String what) {
        boolean ok = v instanceof StringArray s && s.numel() == 1
            || v instanceof CharArray c && (c.numel() == 0 || c.dims().length == 2 && c.dims()[0] == 1);
        if (!ok) {
            throw Errors.of("MATLAB:validatestring:invalidStringInput", what + " must be a character vector or a "
                + "string scalar.");
        }
        return Args.text(v, "validatestring");
    }

    private static String[] options(Value v) {
        boolean ok = v instanceof StringArray;
        if (v instanceof CellArray c) {
            ok = true;
            for (int i = 0; i < c.numel(); i++) {
                ok &= c.get(i) instanceof CharArray || c.get(i) instanceof StringArray s && s.numel() == 1;
            }
        }
        if (!ok) {
            throw Errors.of("MATLAB:validatestring:invalidStringArray", "The second input must be a cell array of "
                + "character vectors or a string array.");
        }
        return Args.texts(v, "validatestring");
    }
}
