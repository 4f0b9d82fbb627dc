package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.lang.DynamicCode;

/**
 * regexprep's replacement text, parsed once: literal text with MATLAB's escapes (\n, \t, \\, \$),
 * tokens ($0 the match, $N, $<name>), and dynamic expressions ${expr} whose $N are the tokens'
 * text (so ${upper($1)} upper-cases the first token), run through the compiler as MATLAB does.
 */
final class RegexReplacement {
    private sealed interface Part permits Literal, Group, Named, Dynamic {
    }

    private record Literal(String text) implements Part {
    }

    private record Group(int index) implements Part {
    }

    private record Named(String name) implements Part {
    }

    /** fn is called with the match and its first nine tokens. */
    private record Dynamic(FunctionHandle fn) implements Part {
    }

    private static final int DYNAMIC_TOKENS = 10;

    private final List<Part> parts;

    private RegexReplacement(List<Part> parts) {
        this.parts = parts;
    }

    static RegexReplacement parse(String rep) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < rep.length(); i++) {
            char c = rep.charAt(i);
            if (c == '\\' && i + 1 < rep.length()) {
                char d = rep.charAt(++i);
                lit.append(switch (d) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    case 'a' -> '\u0007';
                    case 'b' -> '\b';
                    case 'v' -> '\u000b';
                    default -> d; // \\, \$ and anything else: the character itself
                });
                continue;
            }
            if (c == '$' && i + 1 < rep.length()) {
                char d = rep.charAt(i + 1);
                if (Character.isDigit(d)) {
                    flush(parts, lit);
                    parts.add(new Group(d - '0'));
                    i++;
                    continue;
                }
                if (d == '<') {
                    int close = rep.indexOf('>', i);
                    if (close > 0) {
                        flush(parts, lit);
                        parts.add(new Named(rep.substring(i + 2, close)));
                        i = close;
                        continue;
                    }
                }
                if (d == '{') {
                    int close = matchingBrace(rep, i + 1);
                    flush(parts, lit);
                    parts.add(new Dynamic(compile(rep.substring(i + 2, close))));
                    i = close;
                    continue;
                }
            }
            lit.append(c);
        }
        flush(parts, lit);
        return new RegexReplacement(parts);
    }

    private static void flush(List<Part> parts, StringBuilder lit) {
        if (lit.length() > 0) {
            parts.add(new Literal(lit.toString()));
            lit.setLength(0);
        }
    }

    private static int matchingBrace(String rep, int open) {
        int depth = 0;
        for (int k = open; k < rep.length(); k++) {
            char c = rep.charAt(k);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        throw Errors.of("MATLAB:regexprep:UnmatchedBrace", "Unmatched '{' in the dynamic expression of the replacement.");
    }

    /** ${expr} as a function of the match and tokens: @(t0, ..., t9) expr with $N read as tN. */
    private static FunctionHandle compile(String expr) {
        StringBuilder params = new StringBuilder("@(");
        for (int k = 0; k < DYNAMIC_TOKENS; k++) {
            params.append(k > 0 ? "," : "").append("mjc_tok").append(k);
        }
        String body = expr.replaceAll("\\$(\\d)", "mjc_tok$1");
        return DynamicCode.provider().lambda(params.append(") ").append(body).toString());
    }

    private static String dynamic(FunctionHandle fn, Matcher m) {
        Value[] args = new Value[DYNAMIC_TOKENS];
        for (int k = 0; k < DYNAMIC_TOKENS; k++) {
            String t = k <= m.groupCount() ? m.group(k) : "";
            args[k] = CharArray.of(t == null ? "" : t);
        }
        Value[] r = fn.call(args, 1);
        if (r.length == 0 || r[0] == null) {
            throw Errors.of("MATLAB:regexprep:DynamicNoOutput", "A dynamic expression in the replacement must return"
                + " text.");
        }
        if (Args.isText(r[0])) {
            return Args.text(r[0], "regexprep");
        }
        return mjc.runtime.text.NumberText.shortG(Args.array(r[0], "regexprep").re(0), 0, mjc.runtime.value.MClass.DOUBLE);
    }

    String apply(Matcher m) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                sb.append(l.text());
            } else if (p instanceof Group g) {
                sb.append(g.index() <= m.groupCount() && m.group(g.index()) != null ? m.group(g.index()) : "");
            } else if (p instanceof Named n) {
                try {
                    String v = m.group(n.name());
                    sb.append(v == null ? "" : v);
                } catch (IllegalArgumentException e) {
                    throw Errors.of("MATLAB:regexprep:UnknownToken", "No token named '" + n.name() + "'.");
                }
            } else {
                sb.append(dynamic(((Dynamic) p).fn(), m));
            }
        }
        return sb.toString();
    }
}
