package mjc.compiler.repl;

import java.util.Set;

/**
 * Whether the text typed so far is a whole input: every block opened (for, while, if, switch,
 * try, function, parfor, or a do closure) closed by its end, matrix brackets closed, and no line
 * ending in a continuation ({@code ...}). Strings and comments are skipped; {@code end} inside
 * brackets or parentheses is an index, not a block end.
 */
public final class InputCompleteness {
    private static final Set<String> OPENERS = Set.of("for", "while", "if", "switch", "try", "function", "parfor",
        "spmd", "classdef");

    private InputCompleteness() {
    }

    public static boolean isComplete(String text) {
        // each open block remembers the bracket depth it opened at: its end is an "end" word at
        // the start of a statement at that depth (deeper, "end" is an index)
        java.util.ArrayDeque<Integer> blocks = new java.util.ArrayDeque<>();
        int brackets = 0;
        int matrices = 0; // open [ or {: a matrix or cell literal may go on over lines; ( may not
        boolean continued = false;
        for (String rawLine : text.split("\n", -1)) {
            String line = stripStringsAndComments(rawLine);
            continued = line.stripTrailing().endsWith("...");
            if (continued) {
                line = line.substring(0, line.lastIndexOf("..."));
            }
            boolean statementStart = true;
            StringBuilder word = new StringBuilder();
            String previous = "";
            for (int i = 0; i <= line.length(); i++) {
                char c = i < line.length() ? line.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c) || c == '_') {
                    word.append(c);
                    continue;
                }
                if (word.length() > 0) {
                    String w = word.toString();
                    int at = i - w.length() - 1;
                    boolean field = at >= 0 && line.charAt(at) == '.';
                    if (!field) {
                        if (statementStart && OPENERS.contains(w)) {
                            blocks.push(brackets);
                        } else if (w.equals("do") && previous.equals(")")) {
                            blocks.push(brackets); // @() do ... end
                        } else if (statementStart && w.equals("end") && !blocks.isEmpty() && blocks.peek() == brackets) {
                            blocks.pop();
                        }
                    }
                    previous = w;
                    statementStart = false;
                    word.setLength(0);
                }
                if (c == '(' || c == '[' || c == '{') {
                    brackets++;
                    if (c != '(') {
                        matrices++;
                    }
                } else if (c == ')' || c == ']' || c == '}') {
                    brackets = Math.max(0, brackets - 1);
                    if (c != ')') {
                        matrices = Math.max(0, matrices - 1);
                    }
                } else if (c == ';' || c == ',') {
                    statementStart = true;
                }
                if (!Character.isWhitespace(c)) {
                    previous = String.valueOf(c);
                }
            }
        }
        return blocks.isEmpty() && matrices == 0 && !continued;
    }

    /** The line with string literals blanked and any comment removed. */
    static String stripStringsAndComments(String line) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        quote = 0;
                        out.append(c);
                    }
                }
                continue;
            }
            if (c == '%' || c == '#') {
                break;
            }
            if (c == '"') {
                quote = c;
                out.append(c);
                continue;
            }
            if (c == '\'') {
                // a quote after a value is a transpose, otherwise it opens a char literal
                int j = out.length() - 1;
                char before = j >= 0 ? out.charAt(j) : ' ';
                if (Character.isLetterOrDigit(before) || before == ')' || before == ']' || before == '}'
                    || before == '\'' || before == '.' || before == '_') {
                    out.append(c);
                } else {
                    quote = c;
                    out.append(c);
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
