package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * [C, matches] = strsplit(str[, delimiter][, Name, Value]) as MATLAB defines it: whitespace by
 * default, escape sequences in simple delimiters translated, the longest delimiter first,
 * consecutive delimiters collapsed into one unless 'CollapseDelimiters' is false, and
 * 'DelimiterType','RegularExpression' for patterns. Octave's positional collapse flag
 * (strsplit(s, d, false)) is accepted too; MATLAB programs never pass one.
 */
public final class StringSplit {
    private static final String[] WHITESPACE = {" ", "\f", "\n", "\r", "\t", "\u000b"};

    private StringSplit() {
    }

    @Builtin("strsplit")
    public static Value[] strsplit(Value[] args, int nargout) {
        Args.count(args, 1, 7);
        Args.outputs(nargout, 2);
        String s = subject(args[0]);
        int i = 1;
        String[] delims = WHITESPACE;
        boolean defaultDelims = true;
        if (args.length > 1 && !isFlag(args[1]) && !(args.length > 2 && isName(args[1]) && args.length % 2 == 1)) {
            delims = delimiters(args[1]);
            defaultDelims = false;
            i = 2;
        }
        boolean collapse = true;
        if (i < args.length && isFlag(args[i])) {
            collapse = Args.truth(args[i]);
            i++;
        }
        boolean regex = false;
        for (; i < args.length; i += 2) {
            String name = Args.isText(args[i]) ? Args.text(args[i], "strsplit") : null;
            if (name == null || i + 1 >= args.length) {
                throw Errors.of("MATLAB:strsplit:InvalidParameter", "Name-value arguments must come in pairs of a "
                    + "parameter name and a value.");
            }
            Value value = args[i + 1];
            if ("collapsedelimiters".startsWith(name.toLowerCase()) && !name.isEmpty()) {
                if (!(value instanceof ArrayValue a) || a.numel() != 1 || value instanceof CharArray) {
                    throw Errors.of("MATLAB:strsplit:InvalidCollapseDelimiters",
                        "The value of 'CollapseDelimiters' must be a scalar logical value.");
                }
                collapse = Args.truth(value);
            } else if ("delimitertype".startsWith(name.toLowerCase()) && !name.isEmpty()) {
                String type = Args.isText(value) ? Args.text(value, "strsplit").toLowerCase() : "";
                if (!type.isEmpty() && "simple".startsWith(type)) {
                    regex = false;
                } else if (!type.isEmpty() && "regularexpression".startsWith(type)) {
                    regex = true;
                } else {
                    throw Errors.of("MATLAB:strsplit:InvalidDelimiterType", "Expected DelimiterType to match one of "
                        + "these values:\n\n'Simple', 'RegularExpression'\n\nThe input, '"
                        + (Args.isText(value) ? Args.text(value, "strsplit") : value.className())
                        + "', did not match any of the valid values.");
                }
            } else {
                throw Errors.of("MATLAB:strsplit:UnmatchedParameter", "'" + name + "' is not a recognized parameter. "
                    + "For a list of valid name-value pair arguments, see the documentation for this function.");
            }
        }
        Pattern pattern = pattern(delims, regex && !defaultDelims, collapse);
        List<String> parts = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        int start = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue; // a pattern that matches nothing does not split
            }
            parts.add(s.substring(start, m.start()));
            matches.add(m.group());
            start = m.end();
        }
        parts.add(s.substring(start));
        boolean strings = args[0] instanceof StringArray;
        Value[] out = {pack(parts, strings), pack(matches, strings)};
        return nargout > 1 ? out : new Value[] {out[0]};
    }

    private static Pattern pattern(String[] delims, boolean regex, boolean collapse) {
        String[] alternatives = new String[delims.length];
        if (regex) {
            alternatives = delims.clone();
        } else {
            String[] sorted = delims.clone();
            for (int k = 0; k < sorted.length; k++) {
                sorted[k] = Formatter.escape(sorted[k]);
            }
            // MATLAB splits at the longest delimiter that matches
            Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
            for (int k = 0; k < sorted.length; k++) {
                alternatives[k] = Pattern.quote(sorted[k]);
            }
        }
        String alt = "(?:" + String.join("|", alternatives) + ")";
        return Regex.compile(collapse ? alt + "+" : alt, false);
    }

    private static String subject(Value v) {
        if (v instanceof StringArray sa && sa.numel() == 1) {
            return sa.get(0);
        }
        if (v instanceof CharArray c && (c.numel() == 0 || c.dims().length == 2 && c.dims()[0] == 1)) {
            return Args.text(c, "strsplit");
        }
        throw Errors.of("MATLAB:strsplit:InvalidStringType", "First input must be either a character vector or a string "
            + "scalar.");
    }

    private static String[] delimiters(Value v) {
        boolean ok = v instanceof StringArray || v instanceof CharArray c && (c.numel() == 0 || c.dims()[0] == 1);
        if (v instanceof CellArray cell) {
            ok = true;
            for (int k = 0; k < cell.numel(); k++) {
                ok &= cell.get(k) instanceof CharArray || cell.get(k) instanceof StringArray;
            }
        }
        if (!ok) {
            throw Errors.of("MATLAB:strsplit:InvalidDelimiterType", "Second input must be a character vector, a string "
                + "array, or a cell array of character vectors.");
        }
        String[] d = Args.texts(v, "strsplit");
        for (String x : d) {
            if (x.isEmpty()) {
                throw Errors.of("MATLAB:strsplit:EmptyDelimiter", "Delimiters must not be empty.");
            }
        }
        return d;
    }

    /** Octave's positional CollapseDelimiters flag: a logical or numeric scalar. */
    private static boolean isFlag(Value v) {
        return v instanceof ArrayValue a && !(v instanceof CharArray) && !(v instanceof StringArray) && a.numel() == 1;
    }

    /** A name of an option in strsplit(s, Name, Value), where no delimiter is given. */
    private static boolean isName(Value v) {
        if (!Args.isText(v)) {
            return false;
        }
        String n = Args.text(v, "strsplit").toLowerCase();
        return n.length() > 1 && ("collapsedelimiters".startsWith(n) || "delimitertype".startsWith(n));
    }

    private static Value pack(List<String> texts, boolean strings) {
        if (strings) {
            return new StringArray(Dims.row(texts.size()), texts.toArray(new String[0]));
        }
        Value[] cells = new Value[texts.size()];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = CharArray.of(texts.get(k)); // MATLAB's empty pieces are 0x0 char
        }
        return new CellArray(Dims.row(cells.length), cells);
    }
}
