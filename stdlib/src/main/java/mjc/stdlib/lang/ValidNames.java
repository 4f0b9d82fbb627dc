package mjc.stdlib.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** matlab.lang.makeValidName and makeUniqueStrings: text made into distinct MATLAB identifiers. */
public final class ValidNames {
    private ValidNames() {
    }

    /**
     * MATLAB's rules: white space removed (a lowercase letter after it capitalised), other invalid
     * characters become underscores, a name not starting with a letter or that is a keyword gets
     * an x prefix (the keyword capitalised), at most 63 characters.
     */
    public static String makeValid(String s) {
        if (Keywords.isValidName(s)) {
            return s;
        }
        String t = s.strip();
        StringBuilder sb = new StringBuilder();
        boolean afterSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                afterSpace = true;
                continue;
            }
            if (afterSpace && c >= 'a' && c <= 'z') {
                c = Character.toUpperCase(c);
            }
            afterSpace = false;
            sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        String name = sb.toString();
        if (Keywords.isKeyword(name)) {
            name = "x" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        } else if (name.isEmpty() || !(name.charAt(0) < 128 && Character.isLetter(name.charAt(0)))) {
            name = "x" + name;
        }
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** Names made distinct by appending _1, _2, ... to repeats (the first keeps its name). */
    public static List<String> makeUnique(List<String> names) {
        Set<String> used = new HashSet<>(names);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (seen.add(n)) {
                out.add(n);
                continue;
            }
            int k = 1;
            String c;
            do {
                c = n + "_" + k++;
            } while (used.contains(c));
            used.add(c);
            out.add(c);
        }
        return out;
    }

    @Builtin("matlab.lang.makeValidName")
    public static Value makeValidName(Value v) {
        return map(v, ValidNames::makeValid);
    }

    @Builtin("matlab.lang.makeUniqueStrings")
    public static Value makeUniqueStrings(Value v) {
        List<String> in = new ArrayList<>();
        if (v instanceof CellArray c) {
            for (int i = 0; i < c.numel(); i++) {
                in.add(Args.text(c.get(i), "matlab.lang.makeUniqueStrings"));
            }
            List<String> out = makeUnique(in);
            Value[] data = new Value[out.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = CharArray.of(out.get(i)).share();
            }
            return new CellArray(c.dims(), data);
        }
        if (v instanceof StringArray s) {
            return new StringArray(s.dims(), makeUnique(List.of(s.data())).toArray(new String[0]));
        }
        return CharArray.of(Args.text(v, "matlab.lang.makeUniqueStrings"));
    }

    private static Value map(Value v, java.util.function.UnaryOperator<String> f) {
        if (v instanceof CellArray c) {
            Value[] data = new Value[c.numel()];
            for (int i = 0; i < data.length; i++) {
                data[i] = CharArray.of(f.apply(Args.text(c.get(i), "matlab.lang.makeValidName"))).share();
            }
            return new CellArray(c.dims(), data);
        }
        if (v instanceof StringArray s) {
            String[] out = new String[s.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = f.apply(s.get(i));
            }
            return new StringArray(s.dims(), out);
        }
        return CharArray.of(f.apply(Args.text(v, "matlab.lang.makeValidName")));
    }
}
