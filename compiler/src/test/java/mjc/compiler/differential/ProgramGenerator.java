package mjc.compiler.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes random MATLAB programs that exercise what the optimizer specializes: double scalars
 * and arrays, loops over ranges (versioned element access, int shadows), indexed reads and
 * writes with growth, calls between functions (call$d, call$p), early return, break and
 * continue, and values of other classes (int32, logical, char) flowing through the same code.
 *
 * Programs are mostly well typed: each variable has a class and shape the generator tracks
 * along straight-line code, so most programs run to the end; a few change a variable's type
 * or pass an unexpected argument on purpose, so both the fast paths and their fallbacks run.
 * Whatever a program does (errors included) must be the same compiled both ways.
 */
final class ProgramGenerator {
    /** What the generator knows of a variable: a real double scalar, a double row, int32, logical, char row, matrix. */
    enum Type { D, A, I, L, C, M }

    private final Random random;
    private final int size;
    private final StringBuilder out = new StringBuilder();
    private int indent;
    private int loopDepth;
    private int tempCounter;
    /** Functions written so far, with their parameter types (a function calls only earlier ones). */
    private final List<Fn> functions = new ArrayList<>();

    private record Fn(String name, List<Type> params, Type result) {
    }

    private ProgramGenerator(long seed, int size) {
        this.random = new Random(seed);
        this.size = Math.max(1, size);
    }

    /** A whole program: a script calling the generated local functions, printing what they return. */
    static String program(long seed, int size) {
        return new ProgramGenerator(seed, size).write();
    }

    private String write() {
        StringBuilder fns = new StringBuilder();
        int count = 1 + random.nextInt(Math.min(4, 1 + size / 3));
        for (int k = 1; k <= count; k++) {
            fns.append(function("f" + k)).append('\n');
        }
        StringBuilder script = new StringBuilder();
        for (Fn f : functions) {
            for (int call = 0; call < 2; call++) {
                List<String> args = new ArrayList<>();
                for (Type t : f.params) {
                    // now and then an argument of another class than the function was written for
                    args.add(literal(random.nextInt(6) == 0 ? anyType() : t));
                }
                script.append("try\n  r = ").append(f.name).append('(').append(String.join(", ", args)).append(");\n")
                    .append("  show(r);\ncatch err\n  fprintf('%s: %s\\n', err.identifier, err.message);\nend\n");
            }
        }
        script.append('\n').append(SHOW).append('\n');
        return script + fns.toString();
    }

    /** Prints a result the same way whatever its class (disp covers every value the programs make). */
    private static final String SHOW = """
        function show(r)
          fprintf('%s %s: ', class(r), mat2str(size(r)));
          disp(r);
        end
        """;

    // ------------------------------------------------------------------ functions

    private final Map<String, Type> vars = new LinkedHashMap<>();
    /** While-loop counters: readable, never assigned by the body (every loop must end). */
    private final java.util.Set<String> counters = new java.util.HashSet<>();

    private String function(String name) {
        vars.clear();
        out.setLength(0);
        indent = 1;
        loopDepth = 0;
        int nparams = 1 + random.nextInt(3);
        List<Type> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nparams; i++) {
            // mostly double scalars: the arguments that get specialized entries
            Type t = random.nextInt(4) > 0 ? Type.D : anyType();
            params.add(t);
            String p = "p" + (i + 1);
            names.add(p);
            vars.put(p, t);
        }
        int statements = 2 + random.nextInt(2 + size);
        for (int i = 0; i < statements; i++) {
            statement(2);
        }
        // double results get call$d; others (arrays, mostly) get call$p when the body gains doubles
        Type result = random.nextBoolean() ? Type.D : random.nextInt(3) > 0 ? Type.A : anyType();
        line("r = " + expr(result, 3) + ";");
        String body = out.toString();
        functions.add(new Fn(name, params, result));
        return "function r = " + name + "(" + String.join(", ", names) + ")\n" + body + "end\n";
    }

    // ------------------------------------------------------------------ statements

    private void statement(int depth) {
        int choice = random.nextInt(depth > 0 ? 12 : 6);
        switch (choice) {
            case 0, 1, 2 -> assign();
            case 3, 4 -> indexedStore();
            case 5 -> {
                if (loopDepth > 0) {
                    line((random.nextBoolean() ? "if " + expr(Type.L, 2) : "if " + expr(Type.D, 1) + " > 2") + ", "
                        + (random.nextBoolean() ? "break" : "continue") + "; end");
                } else if (random.nextInt(4) == 0) {
                    line("if " + expr(Type.L, 2) + "\n" + "  ".repeat(indent + 1) + "r = " + expr(Type.D, 1) + ";\n"
                        + "  ".repeat(indent + 1) + "return;\n" + "  ".repeat(indent) + "end");
                } else {
                    assign();
                }
            }
            case 6, 7 -> forLoop(depth);
            case 8 -> whileLoop(depth);
            case 9, 10 -> ifStatement(depth);
            default -> callStatement();
        }
    }

    /** x = e; a new variable, an update of the same type, or (rarely, at the top level) a new type. */
    private void assign() {
        List<String> existing = new ArrayList<>(vars.keySet());
        existing.removeAll(counters);
        String name;
        Type t;
        boolean topLevel = indent == 1;
        if (!existing.isEmpty() && random.nextInt(3) > 0) {
            name = existing.get(random.nextInt(existing.size()));
            t = vars.get(name);
            if (topLevel && random.nextInt(8) == 0) {
                t = anyType(); // a scalar that becomes an array, a double that becomes a char, ...
            }
        } else if (topLevel) {
            name = "v" + (vars.size() + 1);
            t = likelyType();
        } else {
            // names made inside a branch or loop are not visible after it
            name = "t" + (++tempCounter);
            t = anyType();
            line(name + " = " + expr(t, 3) + ";");
            return;
        }
        line(name + " = " + expr(t, 3) + ";");
        vars.put(name, t);
    }

    /** Writes into an array: in range, at end+1, or past the end (zero fill). */
    private void indexedStore() {
        String m = varOf(Type.M);
        if (m != null && random.nextInt(3) == 0) {
            String r = "1 + mod(floor(abs(" + expr(Type.D, 1) + ")), size(" + m + ", 1))";
            String c = "1 + mod(floor(abs(" + expr(Type.D, 1) + ")), size(" + m + ", 2))";
            switch (random.nextInt(3)) {
                case 0 -> line(m + "(" + r + ", " + c + ") = " + expr(Type.D, 2) + ";");
                case 1 -> line(m + "(size(" + m + ", 1) + 1, " + c + ") = " + expr(Type.D, 1) + ";");
                default -> line(m + "(" + r + ", :) = " + expr(Type.D, 1) + ";");
            }
            return;
        }
        String a = varOf(Type.A);
        if (a == null) {
            assign();
            return;
        }
        if (random.nextInt(8) == 0) {
            line("if numel(" + a + ") > 1, " + a + "(" + (random.nextBoolean() ? "1" : "end") + ") = []; end");
            return;
        }
        String value = expr(Type.D, 2);
        switch (random.nextInt(5)) {
            case 0 -> line(a + "(end + 1) = " + value + ";");
            case 1 -> line(a + "(numel(" + a + ") + " + (1 + random.nextInt(3)) + ") = " + value + ";");
            case 2 -> line(a + "(1) = " + value + ";");
            default -> line(a + "(" + safeIndex(a) + ") = " + value + ";");
        }
    }

    private void forLoop(int depth) {
        String v = "i" + (loopDepth + 1);
        String range = switch (random.nextInt(6)) {
            case 0 -> "1:" + (1 + random.nextInt(5));
            case 1 -> {
                String a = varOf(Type.A);
                yield a == null ? "1:3" : "1:numel(" + a + ")";
            }
            case 2 -> "1:min(" + expr(Type.D, 1) + ", 6)";
            case 3 -> (random.nextInt(5)) + ":-1:" + (random.nextInt(2));
            case 4 -> "int32(1):int32(" + (1 + random.nextInt(3)) + ")";
            default -> "0:0.5:" + (1 + random.nextInt(2));
        };
        line("for " + v + " = " + range);
        Type vt = range.startsWith("int32") ? Type.I : Type.D;
        Map<String, Type> saved = new LinkedHashMap<>(vars);
        vars.put(v, vt);
        loopDepth++;
        indent++;
        if (vt == Type.D && random.nextInt(4) == 0) {
            // an array the loop itself creates by indexed stores (never assigned before)
            String g = "g" + (++tempCounter);
            line("if " + v + " >= 1 && " + v + " == floor(" + v + ")");
            line("  " + g + "(" + v + ") = " + expr(Type.D, 1) + ";", 0);
            line("  " + g + "(" + v + ") = " + g + "(" + v + ") + 1;", 0);
            line("end");
        }
        String mat = varOf(Type.M);
        if (mat != null && vt == Type.D && random.nextInt(3) == 0) {
            // two subscripts at the loop index: the versioned two-subscript shape
            line("if " + v + " >= 1 && " + v + " == floor(" + v + ") && " + v + " <= size(" + mat + ", 2)");
            line("  " + mat + "(1, " + v + ") = " + mat + "(1, " + v + ") * 2 + " + v + ";", 0);
            line("end");
        }
        String a = varOf(Type.A);
        if (a != null && vt == Type.D && random.nextBoolean()) {
            // the versioned-loop shape: element reads and writes at the loop index
            line("if " + v + " >= 1 && " + v + " == floor(" + v + ")");
            line("  " + a + "(" + v + ") = " + a + "(" + v + ") + " + v + ";", 0);
            line("end");
        }
        loopBodyEnd(depth);
        restore(saved, v, vt);
    }

    /** One to three statements, then the loop's end. */
    private void loopBodyEnd(int depth) {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            statement(depth - 1);
        }
        indent--;
        loopDepth--;
        line("end");
    }

    private void whileLoop(int depth) {
        String c = "w" + (++tempCounter);
        line(c + " = 0;");
        line("while " + c + " < " + (1 + random.nextInt(4)) + (random.nextBoolean() ? " && (" + expr(Type.L, 1) + ")" : ""));
        Map<String, Type> saved = new LinkedHashMap<>(vars);
        vars.put(c, Type.D);
        counters.add(c);
        loopDepth++;
        indent++;
        line(c + " = " + c + " + 1;");
        loopBodyEnd(depth);
        counters.remove(c);
        restore(saved, c, Type.D);
    }

    private void ifStatement(int depth) {
        Map<String, Type> saved = new LinkedHashMap<>(vars);
        branch("if " + expr(Type.L, 2), depth, saved);
        if (random.nextBoolean()) {
            branch("elseif " + expr(Type.L, 2), depth, saved);
        }
        if (random.nextBoolean()) {
            branch("else", depth, saved);
        }
        line("end");
    }

    /** One arm of an if: its header line and a statement; what it assigned is forgotten after it. */
    private void branch(String header, int depth, Map<String, Type> saved) {
        line(header);
        indent++;
        statement(depth - 1);
        indent--;
        vars.clear();
        vars.putAll(saved);
    }

    /** After a loop: what was known before it, plus the loop variable (kept by MATLAB after the loop). */
    private void restore(Map<String, Type> saved, String loopVar, Type t) {
        vars.clear();
        vars.putAll(saved);
        if (indent == 1) {
            // an empty range leaves the variable [] in MATLAB: its type after the loop is not known
            vars.remove(loopVar);
        }
    }

    private void callStatement() {
        if (functions.isEmpty()) {
            assign();
            return;
        }
        Fn f = functions.get(random.nextInt(functions.size()));
        String name = indent == 1 ? "v" + (vars.size() + 1) : "t" + (++tempCounter);
        line(name + " = " + call(f) + ";");
        if (indent == 1) {
            // the callee may have returned early with a double: only its written type is trusted
            vars.put(name, f.result == Type.D ? Type.D : f.result);
        }
    }

    private String call(Fn f) {
        List<String> args = new ArrayList<>();
        for (Type t : f.params) {
            args.add(expr(t, 1));
        }
        return f.name + "(" + String.join(", ", args) + ")";
    }

    // ------------------------------------------------------------------ expressions

    private String expr(Type t, int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            String v = varOf(t);
            return v != null && random.nextInt(4) > 0 ? v : literal(t);
        }
        int d = depth - 1;
        return switch (t) {
            case D -> switch (random.nextInt(14)) {
                case 0 -> expr(Type.D, d) + " + " + expr(Type.D, d);
                case 1 -> expr(Type.D, d) + " - " + expr(Type.D, d);
                case 2 -> expr(Type.D, d) + " * " + expr(Type.D, d);
                case 3 -> "(" + expr(Type.D, d) + ") / (abs(" + expr(Type.D, d) + ") + 1)";
                case 4 -> "mod(" + expr(Type.D, d) + ", " + (2 + random.nextInt(5)) + ")";
                case 5 -> "floor(" + expr(Type.D, d) + " / 2)";
                case 6 -> "abs(" + expr(Type.D, d) + ")";
                case 7 -> {
                    String a = varOf(Type.A);
                    yield a == null ? "numel(" + expr(Type.A, d) + ")" : a + "(" + safeIndex(a) + ")";
                }
                case 8 -> "sum(" + expr(Type.A, d) + ")";
                case 9 -> "double(" + expr(Type.I, d) + ")";
                case 10 -> "max(" + expr(Type.D, d) + ", " + expr(Type.D, d) + ")";
                case 11 -> "-" + expr(Type.D, d);
                case 12 -> {
                    String a = varOf(Type.A);
                    if (a == null) {
                        String m = varOf(Type.M);
                        yield m == null ? "numel(" + expr(Type.A, d) + ")"
                            : m + "(end, 1 + mod(floor(abs(" + expr(Type.D, 0) + ")), size(" + m + ", 2)))";
                    }
                    yield a + "(end)";
                }
                default -> {
                    if (!functions.isEmpty() && depth >= 2) {
                        Fn f = functions.get(random.nextInt(functions.size()));
                        yield f.result == Type.D ? call(f) : "numel(" + call(f) + ")";
                    }
                    yield expr(Type.D, d) + " + 1";
                }
            };
            case M -> switch (random.nextInt(5)) {
                case 0 -> "zeros(2, 3)";
                case 1 -> "reshape(1:6, 2, 3) + " + expr(Type.D, d);
                case 2 -> expr(Type.M, d) + " .* 2";
                case 3 -> expr(Type.M, d) + "'";
                default -> "[" + expr(Type.A, d) + "; " + expr(Type.A, d) + "]";
            };
            case A -> switch (random.nextInt(11)) {
                case 9 -> {
                    String a = varOf(Type.A);
                    yield a == null ? "cumsum(1:3)" : a + "(" + a + " > " + expr(Type.D, d) + ")";
                }
                case 10 -> {
                    String m = varOf(Type.M);
                    yield m == null ? "1:2" : "sum(" + m + ", 1)";
                }
                case 0 -> "[" + expr(Type.D, d) + ", " + expr(Type.D, d) + "]";
                case 1 -> expr(Type.A, d) + " + " + expr(Type.D, d);
                case 2 -> expr(Type.A, d) + " .* " + expr(Type.D, d);
                case 3 -> "[" + expr(Type.A, d) + ", " + expr(Type.D, d) + "]";
                case 4 -> "cumsum(" + expr(Type.A, d) + ")";
                case 5 -> "zeros(1, " + (1 + random.nextInt(4)) + ")";
                case 6 -> "1:" + (1 + random.nextInt(5));
                case 7 -> "2 * " + expr(Type.A, d) + " - 1";
                default -> "abs(" + expr(Type.A, d) + " - " + expr(Type.D, d) + ")";
            };
            case I -> switch (random.nextInt(4)) {
                case 0 -> "int32(" + expr(Type.D, d) + ")";
                case 1 -> expr(Type.I, d) + " + " + expr(Type.I, d);
                case 2 -> expr(Type.I, d) + " * 2";
                default -> expr(Type.I, d) + " - int32(" + random.nextInt(4) + ")";
            };
            case L -> switch (random.nextInt(6)) {
                case 0 -> expr(Type.D, d) + " > " + expr(Type.D, d);
                case 1 -> expr(Type.D, d) + " == " + expr(Type.D, d);
                case 2 -> "~(" + expr(Type.L, d) + ")";
                case 3 -> expr(Type.L, d) + " && " + expr(Type.L, d);
                case 4 -> "any(" + expr(Type.A, d) + " > " + expr(Type.D, d) + ")";
                default -> expr(Type.L, d) + " || " + expr(Type.D, d) + " < 0";
            };
            case C -> switch (random.nextInt(3)) {
                case 0 -> "[" + expr(Type.C, d) + ", 'x']";
                case 1 -> "upper(" + expr(Type.C, d) + ")";
                default -> "sprintf('%g', " + expr(Type.D, d) + ")";
            };
        };
    }

    /** An index into a (non-empty) row that stays in range: 1 + mod(floor(abs(e)), numel(a)). */
    private String safeIndex(String a) {
        return "1 + mod(floor(abs(" + expr(Type.D, 1) + ")), max(numel(" + a + "), 1))";
    }

    private String literal(Type t) {
        return switch (t) {
            case D -> switch (random.nextInt(5)) {
                case 0 -> String.valueOf(random.nextInt(10));
                case 1 -> String.valueOf(random.nextInt(7) - 3);
                case 2 -> String.valueOf(random.nextInt(20) / 4.0);
                default -> String.valueOf(1 + random.nextInt(5));
            };
            case A -> switch (random.nextInt(3)) {
                case 0 -> "[" + random.nextInt(5) + " " + random.nextInt(5) + " " + random.nextInt(5) + "]";
                case 1 -> "1:" + (1 + random.nextInt(4));
                default -> "[" + (random.nextInt(9) - 4) + ", 2.5]";
            };
            case I -> "int32(" + (random.nextInt(11) - 5) + ")";
            case L -> random.nextBoolean() ? "true" : "false";
            case C -> random.nextBoolean() ? "'ab'" : "'mjc'";
            case M -> random.nextBoolean() ? "[1 2; 3 4]" : "ones(2, 3)";
        };
    }

    /** Mostly double scalars and rows, the values real numeric code is made of. */
    private Type likelyType() {
        int k = random.nextInt(8);
        return k < 4 ? Type.D : k < 6 ? Type.A : anyType();
    }

    private Type anyType() {
        Type[] all = Type.values();
        return all[random.nextInt(all.length)];
    }

    private String varOf(Type t) {
        List<String> matching = new ArrayList<>();
        for (Map.Entry<String, Type> e : vars.entrySet()) {
            if (e.getValue() == t) {
                matching.add(e.getKey());
            }
        }
        return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
    }

    private void line(String s) {
        line(s, 0);
    }

    private void line(String s, int extra) {
        out.append("  ".repeat(indent + extra)).append(s).append('\n');
    }
}
