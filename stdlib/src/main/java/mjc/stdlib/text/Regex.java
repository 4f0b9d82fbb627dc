package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** regexp, regexpi and regexprep on java.util.regex (MATLAB's syntax is a near subset). */
public final class Regex {
    private Regex() {
    }

    /** MATLAB's defaults: '.' matches a newline (dotall), ^ and $ anchor the whole text, empty matches are skipped. */
    private static final class Flags {
        boolean ignoreCase;
        boolean dotExceptNewline;
        boolean lineAnchors;
        boolean freeSpacing;
        boolean emptyMatch;
        boolean once;

        /** Whether opt is one of the matching modes (and records it). */
        boolean read(String opt) {
            switch (opt.toLowerCase(java.util.Locale.ROOT)) {
                case "ignorecase" -> ignoreCase = true;
                case "matchcase" -> ignoreCase = false;
                case "dotexceptnewline" -> dotExceptNewline = true;
                case "dotall" -> dotExceptNewline = false;
                case "lineanchors" -> lineAnchors = true;
                case "stringanchors" -> lineAnchors = false;
                case "freespacing" -> freeSpacing = true;
                case "literalspacing" -> freeSpacing = false;
                case "emptymatch" -> emptyMatch = true;
                case "noemptymatch" -> emptyMatch = false;
                case "once" -> once = true;
                case "warnings" -> { }
                default -> {
                    return false;
                }
            }
            return true;
        }

        int javaFlags() {
            return (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0) | (dotExceptNewline ? 0 : Pattern.DOTALL)
                | (lineAnchors ? Pattern.MULTILINE : 0) | (freeSpacing ? Pattern.COMMENTS : 0);
        }
    }

    static Pattern compile(String p, boolean ignoreCase) {
        Flags f = new Flags();
        f.ignoreCase = ignoreCase;
        return compile(p, f);
    }

    private static Pattern compile(String p, Flags flags) {
        // MATLAB's \< and \> are word starts and ends; (?#...) is a comment
        String j = p.replaceAll("\\\\<", "\\\\b").replaceAll("\\\\>", "\\\\b").replaceAll("\\(\\?#[^)]*\\)", "");
        try {
            return Pattern.compile(j, flags.javaFlags());
        } catch (PatternSyntaxException e) {
            throw Errors.of("MATLAB:regexp:badPattern", "Invalid regular expression: " + e.getDescription() + ".");
        }
    }

    private static Value text(String s) {
        return s.isEmpty() ? new CharArray(new int[] {1, 0}, new char[0]) : CharArray.of(s);
    }

    @Builtin("regexp")
    public static Value[] regexp(Value[] args, int nargout) {
        return run(args, nargout, false);
    }

    @Builtin("regexpi")
    public static Value[] regexpi(Value[] args, int nargout) {
        return run(args, nargout, true);
    }

    private static Value[] run(Value[] args, int nargout, boolean ignoreCase) {
        Args.count(args, 2, 8);
        if (args[0] instanceof CellArray c) {
            // one result per cell element, each output a cell of results
            int n = c.numel();
            int nout = Math.max(1, nargout);
            Value[][] per = new Value[nout][n];
            for (int i = 0; i < n; i++) {
                Value[] sub = args.clone();
                sub[0] = c.get(i);
                Value[] r = run(sub, nout, ignoreCase);
                for (int k = 0; k < nout; k++) {
                    per[k][i] = r[k];
                }
            }
            Value[] out = new Value[nout];
            for (int k = 0; k < nout; k++) {
                out[k] = new CellArray(c.dims(), per[k]);
            }
            return out;
        }
        String s = Args.text(args[0], "regexp");
        String p = Args.text(args[1], "regexp");
        List<String> order = new ArrayList<>();
        Flags flags = new Flags();
        flags.ignoreCase = ignoreCase;
        boolean forceCell = false;
        for (int i = 2; i < args.length; i++) {
            String opt = Args.text(args[i], "regexp");
            if (flags.read(opt)) {
                continue;
            }
            switch (opt) {
                case "forceCellOutput":
                    forceCell = true;
                    break;
                case "match":
                case "tokens":
                case "names":
                case "split":
                case "start":
                case "end":
                case "tokenExtents":
                    order.add(opt);
                    break;
                default:
                    throw Errors.of("MATLAB:regexp:UnknownOption", "Unknown option '" + opt + "'.");
            }
        }
        boolean once = flags.once;
        if (order.isEmpty()) {
            order = List.of("start", "end", "tokenExtents", "match", "tokens", "names", "split");
        }
        Pattern pat = compile(p, flags);
        Matcher m = pat.matcher(s);
        List<Value> matches = new ArrayList<>();
        List<Value> tokens = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        List<Value> extents = new ArrayList<>();
        List<Value> splits = new ArrayList<>();
        List<Map<String, String>> names = new ArrayList<>();
        List<String> groupNames = groupNames(p);
        int last = 0;
        while (m.find()) {
            if (m.start() == m.end() && !flags.emptyMatch) {
                continue;
            }
            matches.add(text(m.group()));
            starts.add((double) m.start() + 1);
            ends.add((double) m.end());
            List<Value> tk = new ArrayList<>();
            double[] ext = new double[Math.max(1, m.groupCount()) * 2];
            if (m.groupCount() == 0) {
                tk.add(text(m.group()));
                ext[0] = m.start() + 1;
                ext[1] = m.end();
            }
            for (int g = 1; g <= m.groupCount(); g++) {
                String gv = m.group(g);
                tk.add(text(gv == null ? "" : gv));
                ext[(g - 1) * 2] = m.start(g) + 1;
                ext[(g - 1) * 2 + 1] = m.end(g);
            }
            tokens.add(new CellArray(Dims.row(tk.size()), tk.toArray(new Value[0])));
            extents.add(DoubleArray.of(Dims.of(Math.max(1, m.groupCount()), 2), transpose(ext)));
            Map<String, String> nm = new LinkedHashMap<>();
            for (String g : groupNames) {
                String gv = m.group(g);
                nm.put(g, gv == null ? "" : gv);
            }
            names.add(nm);
            splits.add(text(s.substring(last, m.start())));
            last = m.end();
            if (once) {
                break;
            }
        }
        splits.add(text(s.substring(last)));
        Value[] out = new Value[order.size()];
        for (int k = 0; k < order.size(); k++) {
            switch (order.get(k)) {
                case "match":
                    out[k] = once ? (matches.isEmpty() ? text("") : matches.get(0)) : row(matches);
                    break;
                case "tokens":
                    out[k] = once ? (tokens.isEmpty() ? new CellArray(new int[] {1, 0}, new Value[0]) : tokens.get(0))
                        : row(tokens);
                    break;
                case "start":
                    out[k] = once ? (starts.isEmpty() ? DoubleArray.empty() : DoubleArray.scalar(starts.get(0)))
                        : doubles(starts);
                    break;
                case "end":
                    out[k] = once ? (ends.isEmpty() ? DoubleArray.empty() : DoubleArray.scalar(ends.get(0)))
                        : doubles(ends);
                    break;
                case "tokenExtents":
                    out[k] = once ? (extents.isEmpty() ? DoubleArray.empty() : extents.get(0)) : row(extents);
                    break;
                case "split":
                    out[k] = row(splits);
                    break;
                default:
                    out[k] = namesStruct(groupNames, names, once);
            }
            if (forceCell) {
                out[k] = new CellArray(Dims.SCALAR, new Value[] {out[k].share()});
            }
        }
        return out;
    }

    private static double[] transpose(double[] pairs) {
        int n = pairs.length / 2;
        double[] r = new double[pairs.length];
        for (int i = 0; i < n; i++) {
            r[i] = pairs[2 * i];
            r[i + n] = pairs[2 * i + 1];
        }
        return r;
    }

    private static Value row(List<Value> items) {
        return new CellArray(items.isEmpty() ? new int[] {1, 0} : Dims.row(items.size()), items.toArray(new Value[0]));
    }

    private static Value doubles(List<Double> d) {
        double[] r = d.stream().mapToDouble(Double::doubleValue).toArray();
        return new DoubleArray(r.length == 1 ? Dims.SCALAR : new int[] {1, r.length}, r, null);
    }

    private static List<String> groupNames(String p) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9_]*)>").matcher(p);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Value namesStruct(List<String> groups, List<Map<String, String>> all, boolean once) {
        if (once || all.size() == 1) {
            StructArray s = StructArray.scalar();
            Map<String, String> first = all.isEmpty() ? null : all.get(0);
            for (String g : groups) {
                s.set(0, g, text(first == null ? "" : first.get(g)));
            }
            if (all.isEmpty() && !groups.isEmpty()) {
                return StructArray.empty(Dims.EMPTY, groups);
            }
            return s;
        }
        StructArray s = StructArray.empty(all.isEmpty() ? Dims.EMPTY : Dims.row(all.size()), groups);
        for (int i = 0; i < all.size(); i++) {
            for (String g : groups) {
                s.set(i, g, text(all.get(i).get(g)));
            }
        }
        return s;
    }

    @Builtin("regexprep")
    public static Value[] regexprep(Value[] args, int nargout) {
        Args.count(args, 3, 10);
        Flags flags = new Flags();
        for (int i = 3; i < args.length; i++) {
            String opt = Args.text(args[i], "regexprep");
            if (!flags.read(opt) && !opt.equalsIgnoreCase("preservecase")) {
                throw Errors.of("MATLAB:regexprep:UnknownOption", "Unknown option '" + opt + "'.");
            }
        }
        String[] pats = Args.texts(args[1], "regexprep");
        String[] reps = Args.texts(args[2], "regexprep");
        if (reps.length != 1 && reps.length != pats.length) {
            throw Errors.of("MATLAB:regexprep:numberOfReplacements", "The number of replacement strings must be one or"
                + " the number of expressions.");
        }
        Pattern[] compiled = new Pattern[pats.length];
        RegexReplacement[] replacements = new RegexReplacement[pats.length];
        for (int k = 0; k < pats.length; k++) {
            compiled[k] = compile(pats[k], flags);
            replacements[k] = RegexReplacement.parse(reps.length == 1 ? reps[0] : reps[k]);
        }
        return new Value[] {TextMap.map(args[0], "regexprep", s -> {
            String r = s;
            for (int k = 0; k < pats.length; k++) {
                r = replace(r, compiled[k], replacements[k], flags);
            }
            return r;
        })};
    }

    /** Every (or the first) non-empty match replaced; empty matches too with 'emptymatch'. */
    private static String replace(String input, Pattern p, RegexReplacement rep, Flags flags) {
        Matcher m = p.matcher(input);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.start() == m.end() && !flags.emptyMatch) {
                continue;
            }
            sb.append(input, last, m.start()).append(rep.apply(m));
            last = m.end();
            if (flags.once) {
                break;
            }
        }
        return sb.append(input, last, input.length()).toString();
    }
}
