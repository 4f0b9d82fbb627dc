package mjc.compiler.hir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which variables of a function hold a real double scalar for their whole life, so that the
 * back end can keep them in JVM {@code double} locals (SPEC §7). A variable qualifies when every
 * value it is given is a double scalar by construction: a numeric literal, arithmetic on such
 * values, a few elementwise builtins with scalar results, a loop index over a range of such
 * bounds, or a call of a user function that returns one for double arguments. Anything else -
 * indexed assignment, capture by a closure, a read that may find it unassigned, eval - keeps it
 * on the generic path, which stays correct for every MATLAB value.
 */
public final class ScalarTypes {
    /** Whether a user function called with n double scalars returns a double scalar (for call$d). */
    public interface Callees {
        boolean returnsDouble(HFunction callee, int nargs);
    }

    /** Builtins with a real double scalar result for real double scalar arguments: name to arity. */
    public static final Map<String, Integer> SCALAR_BUILTINS = Map.ofEntries(Map.entry("abs", 1),
        Map.entry("floor", 1), Map.entry("ceil", 1), Map.entry("fix", 1), Map.entry("round", 1), Map.entry("sign", 1),
        Map.entry("sin", 1), Map.entry("cos", 1), Map.entry("tan", 1), Map.entry("atan", 1), Map.entry("exp", 1),
        Map.entry("mod", 2), Map.entry("rem", 2), Map.entry("hypot", 2), Map.entry("atan2", 2));

    private final HFunction fn;
    private final boolean paramsDouble;
    private final Callees callees;
    private final Set<Variable> doubles = new HashSet<>();
    /** Variables that always hold a real double array (any shape): kept as values, read without dispatch. */
    private final Set<Variable> arrays = new HashSet<>();

    /** What infer found: double scalars (JVM doubles) and real double arrays. */
    public record Result(Set<Variable> doubles, Set<Variable> arrays) {
        /** Nothing proved: every variable stays a Value. */
        public static final Result NONE = new Result(Set.of(), Set.of());

    }

    /** Builtins whose result is a real double array when their arguments are. */
    private static final Set<String> ARRAY_BUILTINS = Set.of("abs", "floor", "ceil", "fix", "round", "mod", "rem",
        "sin", "cos", "tan", "atan", "exp", "sign", "cumsum", "cumprod", "sum", "prod", "mean", "min", "max", "sort",
        "zeros", "ones", "eye", "rand", "randn", "linspace", "repmat", "reshape", "fliplr", "flipud", "diff", "hypot",
        "atan2", "transpose");
    /** Builtins that return a double scalar whatever their argument. */
    private static final Map<String, Integer> COUNTS = Map.of("numel", 1, "length", 1, "ndims", 1, "size", 2);

    private ScalarTypes(HFunction fn, boolean paramsDouble, Callees callees) {
        this.fn = fn;
        this.paramsDouble = paramsDouble;
        this.callees = callees;
    }

    /**
     * The double-scalar variables of fn. With paramsDouble the parameters are taken to be double
     * scalars (the specialized entry checks that before it is called).
     */
    public static Set<Variable> infer(HFunction fn, boolean paramsDouble, Callees callees) {
        return analyse(fn, paramsDouble, callees).doubles();
    }

    public static Result analyse(HFunction fn, boolean paramsDouble, Callees callees) {
        ScalarTypes t = new ScalarTypes(fn, paramsDouble, callees);
        t.run();
        t.arrays.removeAll(t.doubles);
        return new Result(t.doubles, t.arrays);
    }

    /**
     * Questions about the expressions of one method given what analyse proved of its variables.
     * The back end makes one per method (copying the sets per question made compiling a long
     * script quadratic).
     */
    public static ScalarTypes over(Set<Variable> doubles, Set<Variable> arrays, HFunction fn, boolean paramsDouble,
                                   Callees callees) {
        ScalarTypes t = new ScalarTypes(fn, paramsDouble, callees);
        t.doubles.addAll(doubles);
        t.arrays.addAll(arrays);
        return t;
    }

    /** Whether e is a real double scalar given the variables found. */
    public boolean isDoubleExpr(HExpr e) {
        return isDouble(e);
    }

    /** Whether an indexed assignment a(i) = x / a(i, j) = x works on JVM doubles (a a real array). */
    public boolean isScalarStore(LValue t, HExpr value) {
        return scalarStore(t, value);
    }

    private boolean scalarStore(LValue t, HExpr value) {
        if (!arrays.contains(t.root) || t.chain.size() != 1) {
            return false;
        }
        LValue.Accessor a = t.chain.get(0);
        return a.kind == LValue.Accessor.Kind.PAREN && (a.args.size() == 1 || a.args.size() == 2)
            && a.args.stream().allMatch(this::isDouble) && isDouble(value);
    }

    private void run() {
        if (fn.dynamicWorkspace || fn.workspaceBound || fn.kind == HFunction.Kind.LAMBDA) {
            return;
        }
        for (Variable v : fn.variables.values()) {
            if (v.storage == Variable.Storage.LOCAL && v.captureIndex < 0 && !v.isHidden()) {
                doubles.add(v);
                arrays.add(v);
            }
        }
        if (!paramsDouble || fn.varargin) {
            fn.params.forEach(doubles::remove);
        }
        fn.params.forEach(p -> {
            if (!doubles.contains(p)) {
                arrays.remove(p);
            }
        });
        if (fn.async || fn.kind == HFunction.Kind.BLOCK || fn.asBlock) {
            // a state machine hands its outputs over as values
            fn.outputs.forEach(doubles::remove);
        }
        if (fn.varargout) {
            fn.outputs.forEach(doubles::remove);
            fn.outputs.forEach(arrays::remove);
        }
        excludeStructural(fn.body);
        boolean changed = true;
        while (changed) {
            changed = propagate(fn.body);
            // Only the parameters that stay double scalars are checked on entry (the version's
            // mask): any other argument may be of any class, so it is no real array either.
            for (Variable p : fn.params) {
                if (!doubles.contains(p) && arrays.remove(p)) {
                    changed = true;
                }
            }
        }
    }

    // ------------------------------------------------------------------ what can never be a double local

    private void excludeStructural(List<HStmt> body) {
        if (body == null) {
            return;
        }
        for (HStmt s : body) {
            if (s instanceof HStmt.Assign a) {
                if (!a.target.isPlain()) {
                    doubles.remove(a.target.root);
                }
                a.target.chain.forEach(acc -> {
                    if (acc.args != null) {
                        acc.args.forEach(this::excludeInExpr);
                    }
                    excludeInExpr(acc.dynamicField);
                });
                excludeInExpr(a.value);
            } else if (s instanceof HStmt.MultiAssign m) {
                for (LValue t : m.targets) {
                    if (t != null) {
                        doubles.remove(t.root);
                        arrays.remove(t.root);
                    }
                }
                excludeInExpr(m.value);
            } else if (s instanceof HStmt.Eval e) {
                doubles.remove(e.ans);
                arrays.remove(e.ans);
                excludeInExpr(e.expr);
            } else if (s instanceof HStmt.If i) {
                i.conditions.forEach(this::excludeInExpr);
                i.bodies.forEach(this::excludeStructural);
                excludeStructural(i.elseBody);
            } else if (s instanceof HStmt.For f) {
                if (!(f.range instanceof HExpr.Range)) {
                    doubles.remove(f.var);
                }
                excludeInExpr(f.range);
                excludeStructural(f.body);
                if (readOutside(f)) {
                    // an empty loop leaves its variable [], which a double local cannot hold
                    doubles.remove(f.var);
                }
            } else if (s instanceof HStmt.While w) {
                excludeInExpr(w.condition);
                excludeStructural(w.body);
            } else if (s instanceof HStmt.Switch sw) {
                excludeInExpr(sw.subject);
                sw.caseValues.forEach(this::excludeInExpr);
                sw.caseBodies.forEach(this::excludeStructural);
                excludeStructural(sw.otherwise);
            } else if (s instanceof HStmt.Try t) {
                doubles.remove(t.catchVar);
                arrays.remove(t.catchVar);
                excludeStructural(t.body);
                excludeStructural(t.handler);
            } else if (s instanceof HStmt.Return r) {
                excludeInExpr(r.value);
            } else if (s instanceof HStmt.Declare d) {
                d.vars.forEach(doubles::remove);
                d.vars.forEach(arrays::remove);
            } else if (s instanceof HStmt.Clear c) {
                c.vars.forEach(doubles::remove);
                c.vars.forEach(arrays::remove);
            }
        }
    }

    /** Reads that may find a variable unassigned, and captures, keep it generic. */
    private void excludeInExpr(HExpr e) {
        if (e == null) {
            return;
        }
        if (e instanceof HExpr.VarRead r) {
            if (r.checked && !(paramsDouble && fn.params.contains(r.var))) {
                doubles.remove(r.var);
                arrays.remove(r.var);
            }
        } else if (e instanceof HExpr.VarOrCall v) {
            doubles.remove(v.var);
            arrays.remove(v.var);
            v.args.forEach(this::excludeInExpr);
        } else if (e instanceof HExpr.Lambda l) {
            doubles.removeAll(l.captured);
        } else if (e instanceof HExpr.EvalCall ev) {
            doubles.removeAll(ev.scopeVariables.values());
            arrays.removeAll(ev.scopeVariables.values());
            ev.args.forEach(this::excludeInExpr);
        } else if (e instanceof HExpr.Call c) {
            c.args.forEach(this::excludeInExpr);
        } else if (e instanceof HExpr.Index ix) {
            if (ix.brace && ix.base instanceof HExpr.VarRead r) {
                // read with braces: a cell (or an error), never a double - nor an argument to check as one
                doubles.remove(r.var);
                arrays.remove(r.var);
            }
            excludeInExpr(ix.base);
            ix.args.forEach(this::excludeInExpr);
        } else if (e instanceof HExpr.FieldRead f) {
            if (f.base instanceof HExpr.VarRead r) {
                doubles.remove(r.var); // a struct or object
                arrays.remove(r.var);
            }
            excludeInExpr(f.base);
            excludeInExpr(f.dynamicName);
        } else if (e instanceof HExpr.Binary b) {
            excludeInExpr(b.left);
            excludeInExpr(b.right);
        } else if (e instanceof HExpr.Unary u) {
            excludeInExpr(u.operand);
        } else if (e instanceof HExpr.ShortCircuit s) {
            excludeInExpr(s.left);
            excludeInExpr(s.right);
        } else if (e instanceof HExpr.Range r) {
            excludeInExpr(r.start);
            excludeInExpr(r.step);
            excludeInExpr(r.stop);
        } else if (e instanceof HExpr.Matrix m) {
            m.rows.forEach(row -> row.forEach(this::excludeInExpr));
        } else if (e instanceof HExpr.Await a) {
            excludeInExpr(a.task);
        } else if (e instanceof HExpr.AsyncTask a) {
            excludeInExpr(a.closure);
        }
    }

    /** Whether the loop variable is read anywhere but inside its loop's body. */
    private boolean readOutside(HStmt.For f) {
        List<HStmt> rest = new ArrayList<>();
        collectOutside(fn.body, f, rest);
        Set<Variable> read = new HashSet<>();
        for (HStmt s : rest) {
            shallowReads(s, read);
        }
        return read.contains(f.var);
    }

    /** Every statement of body except those inside the body of loop f (f's own header included). */
    private static void collectOutside(List<HStmt> body, HStmt.For f, List<HStmt> out) {
        if (body == null) {
            return;
        }
        for (HStmt s : body) {
            out.add(s);
            if (s == f) {
                continue;
            }
            if (s instanceof HStmt.If i) {
                i.bodies.forEach(b -> collectOutside(b, f, out));
                collectOutside(i.elseBody, f, out);
            } else if (s instanceof HStmt.For g) {
                collectOutside(g.body, f, out);
            } else if (s instanceof HStmt.While w) {
                collectOutside(w.body, f, out);
            } else if (s instanceof HStmt.Switch sw) {
                sw.caseBodies.forEach(b -> collectOutside(b, f, out));
                collectOutside(sw.otherwise, f, out);
            } else if (s instanceof HStmt.Try t) {
                collectOutside(t.body, f, out);
                collectOutside(t.handler, f, out);
            }
        }
    }

    /** The variables a statement reads in its own expressions (not in nested bodies). */
    private static void shallowReads(HStmt s, Set<Variable> out) {
        if (s instanceof HStmt.Assign a) {
            Liveness.uses(a.value, out);
            if (!a.target.isPlain()) {
                out.add(a.target.root);
            }
            a.target.chain.forEach(acc -> {
                if (acc.args != null) {
                    acc.args.forEach(x -> Liveness.uses(x, out));
                }
                Liveness.uses(acc.dynamicField, out);
            });
        } else if (s instanceof HStmt.MultiAssign m) {
            Liveness.uses(m.value, out);
        } else if (s instanceof HStmt.Eval e) {
            Liveness.uses(e.expr, out);
        } else if (s instanceof HStmt.If i) {
            i.conditions.forEach(c -> Liveness.uses(c, out));
        } else if (s instanceof HStmt.For f) {
            Liveness.uses(f.range, out);
        } else if (s instanceof HStmt.While w) {
            Liveness.uses(w.condition, out);
        } else if (s instanceof HStmt.Switch sw) {
            Liveness.uses(sw.subject, out);
            sw.caseValues.forEach(c -> Liveness.uses(c, out));
        } else if (s instanceof HStmt.Return r) {
            Liveness.uses(r.value, out);
        }
    }

    // ------------------------------------------------------------------ the fixpoint

    /** Drops variables given a value that is not a double scalar; true when any was dropped. */
    private boolean propagate(List<HStmt> body) {
        boolean changed = false;
        if (body == null) {
            return false;
        }
        for (HStmt s : body) {
            if (s instanceof HStmt.Assign a) {
                Variable root = a.target.root;
                if (a.target.isPlain() && doubles.contains(root) && !isDouble(a.value)) {
                    doubles.remove(root);
                    changed = true;
                }
                if (arrays.contains(root)) {
                    boolean keeps = a.target.isPlain() ? isRealArray(a.value)
                        : a.delete ? a.target.chain.size() == 1 && a.target.chain.get(0).args != null
                            && a.target.chain.get(0).args.stream().allMatch(this::isIndex)
                        : scalarStore(a.target, a.value) || plainParenStore(a);
                    if (!keeps) {
                        arrays.remove(root);
                        changed = true;
                    }
                }
            } else if (s instanceof HStmt.For f) {
                if (doubles.contains(f.var) && !rangeIsDouble(f.range)) {
                    doubles.remove(f.var);
                    changed = true;
                }
                if (arrays.contains(f.var) && !rangeIsDouble(f.range)) {
                    arrays.remove(f.var);
                    changed = true;
                }
                changed |= propagate(f.body);
            } else if (s instanceof HStmt.If i) {
                for (List<HStmt> b : i.bodies) {
                    changed |= propagate(b);
                }
                changed |= propagate(i.elseBody);
            } else if (s instanceof HStmt.While w) {
                changed |= propagate(w.body);
            } else if (s instanceof HStmt.Switch sw) {
                for (List<HStmt> b : sw.caseBodies) {
                    changed |= propagate(b);
                }
                changed |= propagate(sw.otherwise);
            } else if (s instanceof HStmt.Try t) {
                changed |= propagate(t.body);
                changed |= propagate(t.handler);
            } else if (s instanceof HStmt.Return r) {
                if (r.value != null && r.firstOutput != null && doubles.contains(r.firstOutput) && !isDouble(r.value)) {
                    doubles.remove(r.firstOutput);
                    changed = true;
                }
                if (r.value != null && r.firstOutput != null && arrays.contains(r.firstOutput)
                    && !isRealArray(r.value)) {
                    arrays.remove(r.firstOutput);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** a(args) = x where x is a real double array and args index it: stays a real double array. */
    private boolean plainParenStore(HStmt.Assign a) {
        if (a.target.chain.size() != 1) {
            return false;
        }
        LValue.Accessor acc = a.target.chain.get(0);
        return acc.kind == LValue.Accessor.Kind.PAREN && acc.args.stream().allMatch(this::isIndex)
            && isRealArray(a.value);
    }

    /** An index argument that keeps the result a real double array: numbers, ranges, colon, end. */
    private boolean isIndex(HExpr e) {
        return e instanceof HExpr.Colon || isRealArray(e);
    }

    /** Whether e is a real double array (a double scalar included). */
    boolean isRealArray(HExpr e) {
        if (isDouble(e)) {
            return true;
        }
        if (e instanceof HExpr.VarRead r) {
            return arrays.contains(r.var) && !r.checked;
        }
        if (e instanceof HExpr.Range r) {
            return isDouble(r.start) && (r.step == null || isDouble(r.step)) && isDouble(r.stop);
        }
        if (e instanceof HExpr.Matrix m) {
            return !m.cell && m.rows.stream().allMatch(row -> row.stream().allMatch(x -> !x.isCsList() && isRealArray(x)));
        }
        if (e instanceof HExpr.Unary u) {
            return (u.op.equals("-") || u.op.equals("+") || u.op.equals("'") || u.op.equals(".'"))
                && isRealArray(u.operand);
        }
        if (e instanceof HExpr.Binary b) {
            switch (b.op) {
                case "+":
                case "-":
                case "*":
                case ".*":
                case "/":
                case "./":
                    return isRealArray(b.left) && isRealArray(b.right);
                case "^":
                case ".^":
                    return isRealArray(b.left) && b.right instanceof HExpr.Const k && k.kind == HExpr.Const.Kind.DOUBLE
                        && k.number == Math.rint(k.number);
                default:
                    return false;
            }
        }
        if (e instanceof HExpr.Index ix && !ix.brace && ix.base instanceof HExpr.VarRead b && arrays.contains(b.var)
            && !b.checked) {
            return ix.args.stream().allMatch(this::isIndex);
        }
        if (e instanceof HExpr.Call c && c.fn.kind == FunctionRef.Kind.BUILTIN && ARRAY_BUILTINS.contains(c.fn.name)) {
            return !c.args.isEmpty() && c.args.stream().allMatch(x -> !x.isCsList() && isRealArray(x))
                || c.args.isEmpty() && (c.fn.name.equals("rand") || c.fn.name.equals("randn") || c.fn.name.equals("zeros")
                    || c.fn.name.equals("ones") || c.fn.name.equals("eye"));
        }
        return false;
    }

    private boolean rangeIsDouble(HExpr range) {
        return range instanceof HExpr.Range r && isDouble(r.start) && (r.step == null || isDouble(r.step))
            && isDouble(r.stop);
    }

    boolean isDouble(HExpr e) {
        if (e instanceof HExpr.Const c) {
            return c.kind == HExpr.Const.Kind.DOUBLE;
        }
        if (e instanceof HExpr.VarRead r) {
            return doubles.contains(r.var) && (!r.checked || (paramsDouble && fn.params.contains(r.var)));
        }
        if (e instanceof HExpr.Unary u) {
            return (u.op.equals("-") || u.op.equals("+")) && isDouble(u.operand);
        }
        if (e instanceof HExpr.Binary b) {
            switch (b.op) {
                case "+":
                case "-":
                case "*":
                case ".*":
                case "/":
                case "./":
                    return isDouble(b.left) && isDouble(b.right);
                case "^":
                case ".^":
                    // a real result for any base needs an integer exponent
                    return isDouble(b.left) && b.right instanceof HExpr.Const k && k.kind == HExpr.Const.Kind.DOUBLE
                        && k.number == Math.rint(k.number);
                default:
                    return false;
            }
        }
        if (e instanceof HExpr.End) {
            return true;
        }
        if (e instanceof HExpr.Index ix && !ix.brace && ix.base instanceof HExpr.VarRead b && arrays.contains(b.var)
            && !b.checked && (ix.args.size() == 1 || ix.args.size() == 2) && ix.args.stream().allMatch(this::isDouble)) {
            return true;
        }
        if (e instanceof HExpr.Call c && c.fn.kind == FunctionRef.Kind.BUILTIN && COUNTS.containsKey(c.fn.name)
            && c.args.size() == COUNTS.get(c.fn.name) && (c.args.size() == 1 || isDouble(c.args.get(1)))
            && c.args.stream().noneMatch(HExpr::isCsList)) {
            return true;
        }
        if (e instanceof HExpr.Call c) {
            if (c.fn.kind == FunctionRef.Kind.BUILTIN) {
                Integer arity = SCALAR_BUILTINS.get(c.fn.name);
                return arity != null && arity == c.args.size() && c.args.stream().allMatch(this::isDouble);
            }
            if (c.fn.kind == FunctionRef.Kind.USER && callees != null) {
                return c.args.stream().allMatch(this::isDouble) && callees.returnsDouble(c.fn.function, c.args.size());
            }
        }
        return false;
    }
}
