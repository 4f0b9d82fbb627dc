package mjc.compiler.hir;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.frontend.ast.FunctionDef;
import mjc.compiler.frontend.ast.Stmt;

/**
 * MATLAB's rule for the workspace of nested functions: a variable a nested function uses is
 * shared with the outermost enclosing function that also uses the name (an input or output of a
 * function stays that function's own, and ends the search). Shared variables live in a slot of
 * their owner's frame; everything else stays local. Names that no function of the chain assigns
 * are calls, not variables, and are never shared.
 */
public final class NestedScopes {
    /** Names with a meaning of their own in every function (each function has its own). */
    private static final Set<String> PER_FUNCTION = Set.of("ans", "nargin", "nargout", "end", "await", "async");

    private final Map<HFunction, FunctionDef> defs;
    private final Map<HFunction, Set<String>> uses = new HashMap<>();
    private final Map<HFunction, Set<String>> assigned = new HashMap<>();
    private final Map<HFunction, Set<String>> arguments = new HashMap<>();

    private NestedScopes(Map<HFunction, FunctionDef> defs) {
        this.defs = defs;
    }

    /**
     * Makes an HFunction for each function nested (at any depth) in {@code def}, compiled by
     * {@code parent}: a JVM class of its own, visible by name to its parent and to what is nested
     * in that parent. Then decides which variables each of them shares.
     */
    public static void declare(FunctionDef def, HFunction parent, Map<FunctionDef, HFunction> byDef,
                               List<Diagnostic> diagnostics) {
        if (def.nested.isEmpty()) {
            return;
        }
        Map<HFunction, FunctionDef> defs = new HashMap<>();
        defs.put(parent, def);
        declareNested(def, parent, byDef, defs, diagnostics);
        analyse(parent, defs);
    }

    private static void declareNested(FunctionDef def, HFunction parent, Map<FunctionDef, HFunction> byDef,
                                      Map<HFunction, FunctionDef> defs, List<Diagnostic> diagnostics) {
        for (FunctionDef n : def.nested) {
            HFunction f = new HFunction(HFunction.Kind.FUNCTION, n.name, parent.frameName + "/" + n.name, parent.file);
            f.className = parent.className + "$n$" + n.name;
            f.line = n.line;
            f.nestParent = parent;
            f.owner = parent.owner;
            if (parent.nestedFunctions.putIfAbsent(n.name, f) != null) {
                diagnostics.add(Diagnostic.error(parent.file, n.line, n.col,
                    "function '" + n.name + "' is already defined in '" + parent.name + "'"));
                continue;
            }
            byDef.put(n, f);
            defs.put(f, n);
            declareNested(n, f, byDef, defs, diagnostics);
        }
    }

    /**
     * Fills in {@link HFunction#shared} and {@link HFunction#frameSize} for a top-level function
     * and every function nested in it. {@code defs} maps each of them to its definition.
     */
    static void analyse(HFunction top, Map<HFunction, FunctionDef> defs) {
        if (top.nestedFunctions.isEmpty()) {
            return;
        }
        new NestedScopes(defs).run(top);
    }

    private void run(HFunction top) {
        List<HFunction> all = new java.util.ArrayList<>();
        collect(top, all);
        for (HFunction f : all) {
            FunctionDef d = defs.get(f);
            Set<String> args = new HashSet<>(d.params);
            args.addAll(d.outputs);
            arguments.put(f, args);
            Set<String> a = AssignedNames.of(d.body);
            a.removeAll(declared(d.body));
            a.addAll(args);
            assigned.put(f, a);
            Set<String> u = new LinkedHashSet<>();
            NameCollector.statements(d.body, u);
            u.addAll(a);
            u.removeAll(declared(d.body));
            u.removeAll(PER_FUNCTION);
            u.remove("~");
            uses.put(f, u);
        }
        // phase 1: the owner of each name each function uses
        Map<HFunction, Map<String, HFunction>> owner = new HashMap<>();
        for (HFunction f : all) {
            Map<String, HFunction> m = new HashMap<>();
            for (String n : uses.get(f)) {
                m.put(n, ownerOf(f, n));
            }
            owner.put(f, m);
        }
        // phase 2: a name is a shared variable of its owner when some user of it assigns it
        Map<HFunction, Set<String>> frameNames = new HashMap<>();
        for (HFunction f : all) {
            for (Map.Entry<String, HFunction> e : owner.get(f).entrySet()) {
                HFunction o = e.getValue();
                if (o != f && isVariable(o, e.getKey(), all, owner)) {
                    frameNames.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(e.getKey());
                }
            }
        }
        Map<HFunction, Map<String, Integer>> slots = new HashMap<>();
        for (HFunction f : all) {
            Map<String, Integer> s = new HashMap<>();
            for (String n : frameNames.getOrDefault(f, Set.of())) {
                s.put(n, s.size());
            }
            slots.put(f, s);
            if (!f.nestedFunctions.isEmpty()) {
                f.frameSize = s.size();
            }
        }
        for (HFunction f : all) {
            for (Map.Entry<String, HFunction> e : owner.get(f).entrySet()) {
                Integer slot = slots.get(e.getValue()).get(e.getKey());
                if (slot != null) {
                    f.shared.put(e.getKey(), new HFunction.SharedSlot(e.getValue(), slot));
                }
            }
        }
    }

    private static void collect(HFunction f, List<HFunction> out) {
        out.add(f);
        for (HFunction c : f.nestedFunctions.values()) {
            collect(c, out);
        }
    }

    private HFunction ownerOf(HFunction f, String name) {
        if (arguments.get(f).contains(name)) {
            return f;
        }
        HFunction found = f;
        for (HFunction a = f.nestParent; a != null; a = a.nestParent) {
            if (uses.get(a).contains(name)) {
                found = a;
                if (arguments.get(a).contains(name)) {
                    break;
                }
            }
        }
        return found;
    }

    private boolean isVariable(HFunction o, String name, List<HFunction> all, Map<HFunction, Map<String, HFunction>> owner) {
        for (HFunction g : all) {
            if (owner.get(g).get(name) == o && assigned.get(g).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Names declared global or persistent anywhere in a body: those have storage of their own. */
    private static Set<String> declared(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        declared(body, out);
        return out;
    }

    private static void declared(List<Stmt> body, Set<String> out) {
        if (body == null) {
            return;
        }
        for (Stmt s : body) {
            if (s instanceof Stmt.Declare d) {
                out.addAll(d.names);
            } else if (s instanceof Stmt.If i) {
                i.bodies.forEach(b -> declared(b, out));
                declared(i.elseBody, out);
            } else if (s instanceof Stmt.For f) {
                declared(f.body, out);
            } else if (s instanceof Stmt.While w) {
                declared(w.body, out);
            } else if (s instanceof Stmt.Switch sw) {
                sw.caseBodies.forEach(b -> declared(b, out));
                declared(sw.otherwise, out);
            } else if (s instanceof Stmt.Try t) {
                declared(t.body, out);
                declared(t.catchBody, out);
            }
        }
    }
}
