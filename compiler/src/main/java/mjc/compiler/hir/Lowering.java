package mjc.compiler.hir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.frontend.ExprText;
import mjc.compiler.frontend.ast.Expr;
import mjc.compiler.frontend.ast.FunctionDef;
import mjc.compiler.frontend.ast.Stmt;

/**
 * AST to HIR for one file: resolves every name as MATLAB does (a variable shadows a function;
 * a name assigned on some paths only is checked at run time), binds {@code end} to the object
 * being indexed, finds closures' captured variables, and checks where {@code await} may appear.
 */
public final class Lowering {
    private final String file;
    private final String fileBase;
    private final Resolver resolver;
    private final List<Diagnostic> diagnostics;
    private Scope scope;
    private int lambdaCounter;
    private boolean usesDynamicCode;

    /** The packages and functions the code being lowered imports ({@code import pkg.*}, {@code import pkg.f}). */
    private List<String> imports = List.of();

    /** Imports in force before this code (the REPL's earlier inputs): they add to the code's own. */
    private List<String> earlierImports = List.of();

    public void earlierImports(List<String> imports) {
        this.earlierImports = List.copyOf(imports);
    }

    /** import statements anywhere in a body: MATLAB applies them to the whole function. */
    public static List<String> importsOf(List<Stmt> body) {
        List<String> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        for (Stmt s : body) {
            if (s instanceof Stmt.Command c && c.name.equals("import")) {
                out.addAll(c.args);
            } else if (s instanceof Stmt.ExprStmt e && e.expr instanceof Expr.Index ix && !ix.brace
                && ix.base instanceof Expr.Ident id && id.name.equals("import")) {
                for (Expr a : ix.args) {
                    if (a instanceof Expr.Str str) {
                        out.add(str.value);
                    }
                }
            } else if (s instanceof Stmt.If i) {
                i.bodies.forEach(b -> out.addAll(importsOf(b)));
                out.addAll(importsOf(i.elseBody));
            }
        }
        return out;
    }

    /** Functions that reach the caller's variables by name. */
    private static final Set<String> EVAL_FAMILY = Set.of("eval", "evalc", "evalin", "assignin", "save", "load");
    /** Of the functions reaching the caller's variables, those that compile text (the program then carries the compiler). */
    private static boolean compilesText(String name) {
        return !name.equals("save") && !name.equals("load") && !name.equals("assignin");
    }

    /** Names the lowering gives a meaning of its own; never taken for eval-made variables. */
    private static final Set<String> SPECIAL_NAMES = Set.of("nargin", "nargout", "await", "async", "spawn", "end",
        "clear", "clearvars");

    public Lowering(String file, String fileBase, Resolver resolver, List<Diagnostic> diagnostics) {
        this.file = file;
        this.fileBase = fileBase;
        this.resolver = resolver;
        this.diagnostics = diagnostics;
    }

    /** Per-function lowering state. */
    private static final class Scope {
        final HFunction fn;
        final Scope parent;
        final Set<String> assigned;
        Set<String> definite = new HashSet<>();
        final Set<String> params = new HashSet<>();
        final boolean awaitAllowed;
        final String contextName;
        /** Names captured from the parent, with whether they were definitely assigned at creation. */
        final Map<String, Boolean> captureDefinite = new LinkedHashMap<>();
        final List<Variable> parentCaptures = new ArrayList<>();
        final Deque<IndexFrame> indexFrames = new ArrayDeque<>();
        /** The code calls eval and friends: an unknown name may be a variable they create. */
        boolean dynamic;
        /** for/while loops around the statement being lowered (break and continue need one). */
        int loops;

        /** The names the code itself assigns (assigned also grows with names eval might create). */
        final Set<String> declared;

        Scope(HFunction fn, Scope parent, Set<String> assigned, boolean awaitAllowed, String contextName) {
            this.fn = fn;
            this.parent = parent;
            this.assigned = assigned;
            this.declared = new HashSet<>(assigned);
            this.awaitAllowed = awaitAllowed;
            this.contextName = contextName;
        }
    }

    /** An index expression whose arguments are being lowered, for binding {@code end}. */
    private static final class IndexFrame {
        final IndexContext context;
        final int count;
        int position;

        IndexFrame(IndexContext context, int count) {
            this.context = context;
            this.count = count;
        }
    }

    private List<HStmt> loopBody(List<Stmt> body) {
        scope.loops++;
        try {
            return block(body);
        } finally {
            scope.loops--;
        }
    }

    private void error(int line, int col, String message) {
        diagnostics.add(Diagnostic.error(file, line, col, message));
    }

    // ------------------------------------------------------------------ functions

    public void lowerScript(HFunction fn, List<Stmt> body) {
        imports = importsOf(body);
        Set<String> assigned = AssignedNames.of(body);
        scope = new Scope(fn, null, assigned, true, fn.frameName);
        scope.dynamic = callsEval(body, assigned);
        fn.body = block(body);
        scope = null;
    }

    /**
     * Code given to eval at run time: the names already bound in the caller's workspace are
     * variables from the start, and every variable goes back to that workspace at the end.
     */
    /** REPL input: await at its top level waits right there (the prompt is not a task). */
    private boolean blockingAwait;

    public void lowerReplInput(HFunction fn, List<Stmt> body, Set<String> bound) {
        blockingAwait = true;
        lowerSnippet(fn, body, bound);
    }

    public void lowerSnippet(HFunction fn, List<Stmt> body, Set<String> bound) {
        imports = new ArrayList<>(earlierImports);
        imports.addAll(importsOf(body));
        Set<String> assigned = AssignedNames.of(body);
        assigned.addAll(bound);
        scope = new Scope(fn, null, assigned, false, fn.frameName);
        scope.dynamic = true;
        scope.definite.addAll(bound);
        fn.workspaceBound = true;
        for (String n : bound) {
            fn.variable(n);
        }
        fn.body = block(body);
        scope = null;
    }

    /** Whether some code lowered so far evaluates text at run time (eval, str2func of a lambda). */
    public boolean usesDynamicCode() {
        return usesDynamicCode;
    }

    private static boolean callsEval(List<Stmt> body, Set<String> assigned) {
        Set<String> names = new HashSet<>();
        NameCollector.statements(body, names);
        for (String n : EVAL_FAMILY) {
            if (names.contains(n) && !assigned.contains(n)) {
                return true;
            }
        }
        return false;
    }

    public void lowerFunction(HFunction fn, FunctionDef def) {
        imports = importsOf(def.body);
        ArgumentBlocks.Prologue prologue = ArgumentBlocks.of(def, file, diagnostics);
        List<Stmt> body = new ArrayList<>(prologue.statements());
        body.addAll(def.body);
        Set<String> assigned = AssignedNames.of(body);
        assigned.addAll(def.params);
        assigned.addAll(def.outputs);
        scope = new Scope(fn, null, assigned, def.async, fn.frameName);
        scope.dynamic = callsEval(body, assigned);
        bindFrames(fn, def);
        for (String p : def.params) {
            if (p.equals("~")) {
                fn.params.add(new Variable("~"));
                continue;
            }
            if (p.equals(prologue.nameValueParam())) {
                // opts.Name arguments: the trailing arguments, parsed by the prologue into the struct
                fn.varargin = true;
                fn.params.add(fn.variable(ArgumentBlocks.NAME_VALUES));
                scope.definite.add(ArgumentBlocks.NAME_VALUES);
                continue;
            }
            if (p.equals("varargin") && p.equals(def.params.get(def.params.size() - 1))) {
                fn.varargin = true;
                fn.params.add(fn.variable("varargin"));
                scope.definite.add("varargin");
                continue;
            }
            fn.params.add(fn.variable(p));
            scope.params.add(p);
        }
        for (String o : def.outputs) {
            if (o.equals("varargout") && o.equals(def.outputs.get(def.outputs.size() - 1))) {
                fn.varargout = true;
            }
            fn.outputs.add(fn.variable(o));
            scope.params.add(o);
        }
        fn.async = def.async;
        fn.body = block(body);
        scope = null;
    }

    /**
     * A function with nested functions, or nested itself: its hidden frame variables
     * ({@code $frame}, made on entry; {@code $outer}, the parent's frame passed as the first
     * argument) and its shared variables, which live in a frame and may be assigned by another
     * function at any call (so they are checked when read, never assumed unassigned).
     */
    private void bindFrames(HFunction fn, FunctionDef def) {
        if (fn.nestParent != null) {
            fn.params.add(fn.variable(OUTER_FRAME));
            fn.hiddenParams = 1;
            scope.definite.add(OUTER_FRAME);
        }
        if (fn.frameSize >= 0) {
            fn.variable(OWN_FRAME);
            scope.definite.add(OWN_FRAME);
        }
        for (Map.Entry<String, HFunction.SharedSlot> e : fn.shared.entrySet()) {
            HFunction.SharedSlot slot = e.getValue();
            Variable v = fn.variable(e.getKey());
            v.storage = Variable.Storage.SHARED;
            v.frameIndex = slot.index();
            if (slot.owner() == fn) {
                v.frameVar = fn.variable(OWN_FRAME);
            } else {
                v.frameVar = fn.variable(OUTER_FRAME);
                v.frameHops = fn.nestDepth() - slot.owner().nestDepth() - 1;
            }
            if (!def.params.contains(e.getKey())) {
                scope.assigned.add(e.getKey());
            }
        }
    }

    static final String OWN_FRAME = "$frame";
    static final String OUTER_FRAME = "$outer";

    /** The function whose body the current code is written in (closures are part of it). */
    private HFunction lexicalFunction() {
        Scope s = scope;
        while (s.parent != null) {
            s = s.parent;
        }
        return s.fn;
    }

    /** A function nested in the current one or in one enclosing it (MATLAB's visibility), called with its frame. */
    private FunctionRef nestedFunction(String name) {
        if (scope == null) {
            return null;
        }
        HFunction lex = lexicalFunction();
        for (HFunction a = lex; a != null; a = a.nestParent) {
            HFunction target = a.nestedFunctions.get(name);
            if (target != null) {
                return FunctionRef.nested(name, target, frameOf(a, lex));
            }
        }
        return null;
    }

    /** An expression for ancestor-or-self {@code a}'s frame, as seen from the current code in {@code lex}. */
    private HExpr frameOf(HFunction a, HFunction lex) {
        int line = scope.fn.line;
        if (a == lex) {
            return name(new Expr.Ident(line, 1, OWN_FRAME), null, false);
        }
        HExpr outer = name(new Expr.Ident(line, 1, OUTER_FRAME), null, false);
        int hops = lex.nestDepth() - a.nestDepth() - 1;
        return hops == 0 ? outer : new HExpr.ParentFrame(line, outer, hops);
    }

    // ------------------------------------------------------------------ statements

    private List<HStmt> block(List<Stmt> stmts) {
        List<HStmt> out = new ArrayList<>();
        if (stmts == null) {
            return out;
        }
        for (Stmt s : stmts) {
            HStmt h = statement(s);
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    private HStmt statement(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            return assign(a);
        }
        if (s instanceof Stmt.ExprStmt e) {
            if (e.expr instanceof Expr.Index ix && ix.base instanceof Expr.Ident id && id.name.equals("import")
                && !isVariable("import") && resolve("import").kind != FunctionRef.Kind.USER) {
                return null; // import('pkg.*'): applied when the function's names were resolved
            }
            return exprStatement(e);
        }
        if (s instanceof Stmt.Command c) {
            return command(c);
        }
        if (s instanceof Stmt.If i) {
            List<HExpr> conds = new ArrayList<>();
            List<List<HStmt>> bodies = new ArrayList<>();
            Set<String> before = scope.definite;
            Set<String> after = null;
            for (int k = 0; k < i.conditions.size(); k++) {
                conds.add(expr(i.conditions.get(k)));
                Set<String> entry = new HashSet<>(scope.definite);
                bodies.add(block(i.bodies.get(k)));
                after = intersect(after, scope.definite);
                scope.definite = entry;
            }
            List<HStmt> elseBody = null;
            if (i.elseBody != null) {
                elseBody = block(i.elseBody);
                after = intersect(after, scope.definite);
            } else {
                after = intersect(after, scope.definite);
            }
            scope.definite = after == null ? before : after;
            return new HStmt.If(i.line, conds, bodies, elseBody);
        }
        if (s instanceof Stmt.For f) {
            HExpr range = expr(f.range);
            String name = ((Expr.Ident) (f.var instanceof Expr.Ident ? f.var : new Expr.Ident(f.line, f.col, "_"))).name;
            Variable v = scope.fn.variable(name);
            Set<String> entry = new HashSet<>(scope.definite);
            scope.definite.add(name);
            List<HStmt> body = loopBody(f.body);
            scope.definite = entry;
            scope.definite.add(name);
            return new HStmt.For(f.line, v, range, body);
        }
        if (s instanceof Stmt.While w) {
            HExpr cond = expr(w.condition);
            Set<String> entry = new HashSet<>(scope.definite);
            List<HStmt> body = loopBody(w.body);
            scope.definite = entry;
            return new HStmt.While(w.line, cond, body);
        }
        if (s instanceof Stmt.Switch sw) {
            HExpr subject = expr(sw.subject);
            Set<String> entry = new HashSet<>(scope.definite);
            Set<String> after = null;
            List<HExpr> values = new ArrayList<>();
            List<List<HStmt>> bodies = new ArrayList<>();
            for (int k = 0; k < sw.caseValues.size(); k++) {
                scope.definite = new HashSet<>(entry);
                values.add(expr(sw.caseValues.get(k)));
                bodies.add(block(sw.caseBodies.get(k)));
                after = intersect(after, scope.definite);
            }
            scope.definite = new HashSet<>(entry);
            List<HStmt> otherwise = null;
            if (sw.otherwise != null) {
                otherwise = block(sw.otherwise);
            }
            after = intersect(after, scope.definite);
            scope.definite = after;
            return new HStmt.Switch(sw.line, subject, values, bodies, otherwise);
        }
        if (s instanceof Stmt.Try t) {
            Set<String> entry = new HashSet<>(scope.definite);
            List<HStmt> body = block(t.body);
            Set<String> tryEnd = scope.definite;
            scope.definite = new HashSet<>(entry);
            Variable cv = null;
            if (t.catchVar != null) {
                cv = scope.fn.variable(t.catchVar);
                scope.definite.add(t.catchVar);
            }
            List<HStmt> handler = block(t.catchBody);
            scope.definite = intersect(tryEnd, scope.definite);
            return new HStmt.Try(t.line, body, cv, handler);
        }
        if (s instanceof Stmt.Break b) {
            if (scope.loops == 0) {
                // MATLAB's message (a parse-time error there too)
                error(b.line, b.col, "A BREAK statement appeared outside of a loop. Use RETURN instead.");
            }
            return new HStmt.Break(b.line);
        }
        if (s instanceof Stmt.Continue c) {
            if (scope.loops == 0) {
                error(c.line, c.col, "A CONTINUE may only be used within a FOR or WHILE loop.");
            }
            return new HStmt.Continue(c.line);
        }
        if (s instanceof Stmt.Return r) {
            HExpr value = null;
            Variable first = null;
            if (r.value != null) {
                value = expr(r.value);
                if (scope.fn.kind == HFunction.Kind.FUNCTION) {
                    if (scope.fn.outputs.isEmpty()) {
                        error(r.line, r.col, "'return' with a value needs a function with an output");
                    } else {
                        first = scope.fn.outputs.get(0);
                    }
                } else if (scope.fn.kind == HFunction.Kind.SCRIPT) {
                    error(r.line, r.col, "'return' with a value is only allowed in functions and async blocks");
                }
            }
            return new HStmt.Return(r.line, value, first);
        }
        if (s instanceof Stmt.Declare d) {
            List<Variable> vars = new ArrayList<>();
            for (String n : d.names) {
                Variable v = scope.fn.variable(n);
                v.storage = d.global ? Variable.Storage.GLOBAL : Variable.Storage.PERSISTENT;
                scope.definite.add(n);
                vars.add(v);
            }
            return new HStmt.Declare(d.line, vars, d.global);
        }
        throw new IllegalStateException("unknown statement " + s);
    }

    private static Set<String> intersect(Set<String> acc, Set<String> s) {
        if (acc == null) {
            return new HashSet<>(s);
        }
        Set<String> r = new HashSet<>(acc);
        r.retainAll(s);
        return r;
    }

    private HStmt assign(Stmt.Assign a) {
        if (a.multi) {
            HExpr value = expr(a.rhs);
            List<LValue> targets = new ArrayList<>();
            for (Expr t : a.targets) {
                targets.add(t instanceof Expr.Tilde ? null : lvalue(t));
            }
            for (Expr t : a.targets) {
                String r = AssignedNames.root(t);
                if (r != null) {
                    scope.definite.add(r);
                }
            }
            return new HStmt.MultiAssign(a.line, targets, value, a.print);
        }
        Expr target = a.targets.get(0);
        boolean delete = a.rhs instanceof Expr.Matrix m && !m.cell && m.rows.isEmpty()
            && target instanceof Expr.Index ix && !ix.brace;
        HExpr value = expr(a.rhs);
        LValue lv = lvalue(target);
        String r = AssignedNames.root(target);
        if (r != null) {
            scope.definite.add(r);
        }
        return new HStmt.Assign(a.line, lv, value, a.print, delete);
    }

    private LValue lvalue(Expr e) {
        List<Expr> chain = new ArrayList<>();
        Expr cur = e;
        while (!(cur instanceof Expr.Ident)) {
            chain.add(0, cur);
            if (cur instanceof Expr.Index ix) {
                cur = ix.base;
            } else if (cur instanceof Expr.Field f) {
                cur = f.base;
            } else {
                error(e.line, e.col, "invalid assignment target");
                return new LValue(scope.fn.variable("_invalid"), List.of());
            }
        }
        String name = ((Expr.Ident) cur).name;
        Variable root = scope.fn.variable(name);
        if (scope.captureDefinite.containsKey(name) == false && scope.parent != null && !scope.assigned.contains(name)) {
            scope.assigned.add(name);
        }
        List<LValue.Accessor> accessors = new ArrayList<>();
        for (Expr level : chain) {
            if (level instanceof Expr.Index ix) {
                IndexContext ctx = new IndexContext();
                List<HExpr> args = indexArgs(ix.args, ctx);
                accessors.add(new LValue.Accessor(ix.brace ? LValue.Accessor.Kind.BRACE : LValue.Accessor.Kind.PAREN,
                    args, null, null, ctx));
            } else {
                Expr.Field f = (Expr.Field) level;
                accessors.add(new LValue.Accessor(LValue.Accessor.Kind.FIELD, null, f.name,
                    f.dynamic == null ? null : expr(f.dynamic), null));
            }
        }
        return new LValue(root, accessors);
    }

    private HStmt exprStatement(Stmt.ExprStmt e) {
        // a bare `clear` or `clear;` reaches here as an identifier, not as command syntax
        if (e.expr instanceof Expr.Ident id && (id.name.equals("clear") || id.name.equals("clearvars"))
            && !isVariable(id.name)) {
            return command(new Stmt.Command(e.line, e.col, id.name, List.of(), e.print));
        }
        HExpr x = expr(e.expr);
        return new HStmt.Eval(e.line, x, e.print, scope.fn.variable("ans"));
    }

    private HStmt command(Stmt.Command c) {
        if ((c.name.equals("clear") || c.name.equals("clearvars")) && !isVariable(c.name)) {
            List<Variable> vars = new ArrayList<>();
            boolean all = c.args.isEmpty() || c.args.contains("all") || c.args.contains("-all")
                || c.args.contains("variables");
            if (all) {
                vars.addAll(scope.fn.variables.values());
                for (String n : scope.assigned) {
                    vars.add(scope.fn.variable(n));
                }
                vars.removeIf(Variable::isHidden);
                scope.definite.removeIf(n -> !n.startsWith("$"));
            } else {
                for (String n : c.args) {
                    if (scope.assigned.contains(n) || scope.fn.variables.containsKey(n)) {
                        vars.add(scope.fn.variable(n));
                        scope.definite.remove(n);
                    }
                }
            }
            return new HStmt.Clear(c.line, vars);
        }
        if (c.name.equals("import") && resolve("import").kind != FunctionRef.Kind.USER) {
            return null; // applied when the function's names were resolved
        }
        List<HExpr> args = new ArrayList<>();
        for (String a : c.args) {
            args.add(new HExpr.Const(c.line, HExpr.Const.Kind.CHAR, 0, a));
        }
        FunctionRef ref = resolve(c.name);
        HExpr call;
        if (EVAL_FAMILY.contains(c.name) && ref.kind != FunctionRef.Kind.USER) {
            usesDynamicCode |= compilesText(c.name);
            scope.fn.dynamicWorkspace = true;
            call = new HExpr.EvalCall(c.line, c.name, args, scope.fn.variables);
        } else {
            call = new HExpr.Call(c.line, ref, args);
        }
        return new HStmt.Eval(c.line, call, c.print, scope.fn.variable("ans"));
    }

    // ------------------------------------------------------------------ names

    private enum NameKind { VARIABLE, CHECKED_VARIABLE, MAYBE, FUNCTION }

    private boolean isVariable(String name) {
        return classify(name) != NameKind.FUNCTION;
    }

    private NameKind classify(String name) {
        if (scope.definite.contains(name)) {
            return NameKind.VARIABLE;
        }
        if (scope.params.contains(name)) {
            return NameKind.CHECKED_VARIABLE;
        }
        Variable v = scope.fn.variables.get(name);
        if (v != null && (v.storage == Variable.Storage.GLOBAL || v.storage == Variable.Storage.PERSISTENT)) {
            return NameKind.VARIABLE;
        }
        if (scope.assigned.contains(name)) {
            return NameKind.MAYBE;
        }
        if (scope.captureDefinite.containsKey(name)) {
            return scope.captureDefinite.get(name) ? NameKind.VARIABLE : NameKind.MAYBE;
        }
        if (scope.parent != null && captureFromParent(name)) {
            return scope.captureDefinite.get(name) ? NameKind.VARIABLE : NameKind.MAYBE;
        }
        if (scope.dynamic && !EVAL_FAMILY.contains(name) && !SPECIAL_NAMES.contains(name)
            && (resolve(name).kind == FunctionRef.Kind.UNRESOLVED || scope.fn.kind == HFunction.Kind.SCRIPT
                && resolve(name).kind == FunctionRef.Kind.BUILTIN && evalAssignable(name))) {
            // eval may create it: a variable if bound when reached, else the missing function
            scope.assigned.add(name);
            return NameKind.MAYBE;
        }
        return NameKind.FUNCTION;
    }

    /**
     * In a script that evaluates text, a builtin's name may also become a variable (eval('beta = 1')
     * shadows beta): names of builtins a program calls as functions all the time stay functions.
     */
    private static boolean evalAssignable(String name) {
        return !COMMON_FUNCTIONS.contains(name);
    }

    private static final Set<String> COMMON_FUNCTIONS = Set.of("disp", "fprintf", "sprintf", "num2str", "numel", "size",
        "length", "zeros", "ones", "error", "warning", "isempty", "strcat", "strcmp", "cellfun", "arrayfun", "max", "min",
        "sum", "abs", "floor", "mod", "round", "class", "isfield", "struct", "cell", "char", "double", "true", "false",
        "pi", "inf", "Inf", "nan", "NaN", "eye", "rand", "repmat", "reshape", "find", "any", "all", "strrep", "upper",
        "lower", "strtrim", "strsplit", "strjoin", "fieldnames", "func2str", "str2func", "feval", "tic", "toc",
        "exist", "isa", "isnumeric", "ischar", "iscell", "isstruct", "num2cell", "mat2str", "int2str", "sqrt", "exp",
        "log", "sin", "cos");

    /** Makes name a captured variable of the current closure if an enclosing scope has it. */
    private boolean captureFromParent(String name) {
        Scope child = scope;
        scope = child.parent;
        try {
            NameKind k = classify(name);
            if (k == NameKind.FUNCTION) {
                return false;
            }
            Variable outer = scope.fn.variable(name);
            Variable inner = child.fn.variable(name);
            inner.captureIndex = child.parentCaptures.size();
            child.parentCaptures.add(outer);
            child.fn.captures.add(inner);
            child.captureDefinite.put(name, k == NameKind.VARIABLE || k == NameKind.CHECKED_VARIABLE);
            return true;
        } finally {
            scope = child;
        }
    }

    private FunctionRef resolve(String name) {
        FunctionRef nested = nestedFunction(name);
        if (nested != null) {
            return nested;
        }
        if (!imports.isEmpty() && !name.contains(".")) {
            // import pkg.f / import pkg.*: the imported function or class, ahead of the path
            for (String imp : imports) {
                String full = imp.endsWith(".*") ? imp.substring(0, imp.length() - 1) + name
                    : imp.endsWith("." + name) ? imp : null;
                if (full != null) {
                    FunctionRef r = resolver.resolve(full);
                    if (r.kind != FunctionRef.Kind.UNRESOLVED) {
                        return r;
                    }
                }
            }
        }
        return resolver.resolve(name);
    }

    // ------------------------------------------------------------------ expressions

    private List<HExpr> exprs(List<Expr> es) {
        List<HExpr> out = new ArrayList<>();
        for (Expr e : es) {
            out.add(expr(e));
        }
        return out;
    }

    private List<HExpr> indexArgs(List<Expr> args, IndexContext ctx) {
        IndexFrame frame = new IndexFrame(ctx, args.size());
        scope.indexFrames.push(frame);
        try {
            List<HExpr> out = new ArrayList<>();
            for (int k = 0; k < args.size(); k++) {
                frame.position = k;
                out.add(expr(args.get(k)));
            }
            return out;
        } finally {
            scope.indexFrames.pop();
        }
    }

    HExpr expr(Expr e) {
        int line = e.line;
        if (e instanceof Expr.Num n) {
            return new HExpr.Const(line, n.imaginary ? HExpr.Const.Kind.IMAGINARY : HExpr.Const.Kind.DOUBLE, n.value,
                null);
        }
        if (e instanceof Expr.Str s) {
            return new HExpr.Const(line, s.doubleQuoted ? HExpr.Const.Kind.STRING : HExpr.Const.Kind.CHAR, 0, s.value);
        }
        if (e instanceof Expr.Ident id) {
            return name(id, null, false);
        }
        if (e instanceof Expr.Index ix) {
            return index(ix);
        }
        if (e instanceof Expr.SuperRef sr) {
            return superCall(sr, List.of());
        }
        if (e instanceof Expr.Field f) {
            String dotted = dottedName(f);
            if (dotted != null && !knownVariable(rootName(f))) {
                FunctionRef ref = resolve(dotted);
                if (ref.kind != FunctionRef.Kind.UNRESOLVED) {
                    return new HExpr.Call(line, ref, List.of());
                }
            }
            return new HExpr.FieldRead(line, expr(f.base), f.name, f.dynamic == null ? null : expr(f.dynamic));
        }
        if (e instanceof Expr.Binary b) {
            return new HExpr.Binary(line, b.op, expr(b.left), expr(b.right));
        }
        if (e instanceof Expr.ShortCircuit s) {
            return new HExpr.ShortCircuit(line, s.and, expr(s.left), expr(s.right));
        }
        if (e instanceof Expr.Unary u) {
            HExpr operand = expr(u.operand);
            if (u.op.equals("()")) {
                return operand;
            }
            return new HExpr.Unary(line, u.op, operand);
        }
        if (e instanceof Expr.Range r) {
            return new HExpr.Range(line, expr(r.start), r.step == null ? null : expr(r.step), expr(r.stop));
        }
        if (e instanceof Expr.Matrix m) {
            List<List<HExpr>> rows = new ArrayList<>();
            for (List<Expr> row : m.rows) {
                rows.add(exprs(row));
            }
            return new HExpr.Matrix(line, m.cell, rows);
        }
        if (e instanceof Expr.Colon) {
            return new HExpr.Colon(line);
        }
        if (e instanceof Expr.End) {
            IndexFrame f = scope.indexFrames.peek();
            if (f == null) {
                error(e.line, e.col, "'end' is only valid inside an index expression");
                return new HExpr.Const(line, HExpr.Const.Kind.DOUBLE, 0, null);
            }
            f.context.used = true;
            return new HExpr.End(line, f.context, f.position, f.count);
        }
        if (e instanceof Expr.Tilde) {
            error(e.line, e.col, "'~' is only valid as an output placeholder");
            return new HExpr.Const(line, HExpr.Const.Kind.DOUBLE, 0, null);
        }
        if (e instanceof Expr.FuncHandle h) {
            return new HExpr.Handle(line, resolve(h.name));
        }
        if (e instanceof Expr.Lambda l) {
            return lambda(l, false);
        }
        if (e instanceof Expr.AsyncLambda a) {
            return new HExpr.AsyncTask(line, lambda(a.lambda, true));
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    /**
     * The name is a variable here, or may be: assigned by this code, bound in the workspace,
     * captured - not merely a name eval might create (then pkg.f and Cls.member are tried first).
     */
    private boolean knownVariable(String name) {
        if (name == null) {
            return false;
        }
        NameKind k = classify(name);
        if (k == NameKind.FUNCTION) {
            return false;
        }
        return !scope.dynamic || scope.declared.contains(name) || scope.definite.contains(name)
            || scope.params.contains(name) || scope.captureDefinite.containsKey(name)
            || scope.fn.variables.containsKey(name) && scope.fn.variables.get(name).storage != Variable.Storage.LOCAL;
    }

    private static String rootName(Expr.Field f) {
        Expr b = f.base;
        while (b instanceof Expr.Field g) {
            b = g.base;
        }
        return b instanceof Expr.Ident id ? id.name : null;
    }

    private static String dottedName(Expr.Field f) {
        if (f.name == null) {
            return null;
        }
        if (f.base instanceof Expr.Ident id) {
            return id.name + "." + f.name;
        }
        if (f.base instanceof Expr.Field g) {
            String b = dottedName(g);
            return b == null ? null : b + "." + f.name;
        }
        return null;
    }

    /** An identifier, alone or with arguments. */
    private HExpr name(Expr.Ident id, Expr.Index ix, boolean brace) {
        int line = id.line;
        NameKind k = classify(id.name);
        switch (k) {
            case VARIABLE:
            case CHECKED_VARIABLE: {
                Variable v = scope.fn.variable(id.name);
                HExpr read = new HExpr.VarRead(line, v, k == NameKind.CHECKED_VARIABLE);
                if (ix == null) {
                    return read;
                }
                IndexContext ctx = new IndexContext();
                return new HExpr.Index(ix.line, read, brace, indexArgs(ix.args, ctx), ctx);
            }
            case MAYBE: {
                Variable v = scope.fn.variable(id.name);
                FunctionRef fallback = resolve(id.name);
                if (ix == null) {
                    return new HExpr.VarOrCall(line, v, fallback, List.of(), false, null);
                }
                if (brace) {
                    IndexContext ctx = new IndexContext();
                    HExpr read = new HExpr.VarRead(line, v, true);
                    return new HExpr.Index(ix.line, read, true, indexArgs(ix.args, ctx), ctx);
                }
                IndexContext ctx = new IndexContext();
                return new HExpr.VarOrCall(line, v, fallback, indexArgs(ix.args, ctx), true, ctx);
            }
            default:
                break;
        }
        String n = id.name;
        if ((n.equals("nargin") || n.equals("nargout")) && scope.fn.kind == HFunction.Kind.FUNCTION && ix == null) {
            scope.fn.usesArgCounts = true;
            return new HExpr.ArgCount(line, n.equals("nargout"));
        }
        List<Expr> rawArgs = ix == null ? List.of() : ix.args;
        if (n.equals("await") && ix != null && !brace) {
            if (rawArgs.size() != 1) {
                error(ix.line, ix.col, "await takes exactly one argument");
                if (rawArgs.isEmpty()) {
                    return new HExpr.Const(line, HExpr.Const.Kind.DOUBLE, 0, null); // reported: lowering goes on
                }
            }
            if (blockingAwait && scope.parent == null) {
                return new HExpr.Call(line, resolve("mjc_await_blocking"), exprs(rawArgs));
            }
            checkAwaitContext(id);
            return new HExpr.Await(line, expr(rawArgs.get(0)));
        }
        if (n.equals("pause") && ix != null && !brace && rawArgs.size() == 1 && scope.awaitAllowed) {
            // pause called directly in async code suspends only this task (SPEC §4 rule 8)
            List<HExpr> args = exprs(rawArgs);
            return new HExpr.Await(line, new HExpr.Call(line, resolve("mjc_pause_task"), args));
        }
        if (n.equals("async") && ix != null && !brace && rawArgs.size() == 1) {
            Expr arg = rawArgs.get(0);
            HExpr closure = arg instanceof Expr.Lambda l ? lambda(l, true) : expr(arg);
            return new HExpr.AsyncTask(line, closure);
        }
        if (n.equals("spawn") && ix != null && !brace && rawArgs.size() == 1 && rawArgs.get(0) instanceof Expr.Lambda l) {
            List<HExpr> args = new ArrayList<>();
            args.add(lambda(l, true));
            return new HExpr.Call(line, resolve(n), args);
        }
        FunctionRef ref = resolve(n);
        if (EVAL_FAMILY.contains(n) && ref.kind != FunctionRef.Kind.USER && !brace) {
            usesDynamicCode |= compilesText(n);
            scope.fn.dynamicWorkspace = true;
            return new HExpr.EvalCall(line, n, exprs(rawArgs), scope.fn.variables);
        }
        if (n.equals("exist") && ref.kind == FunctionRef.Kind.BUILTIN && !brace && (rawArgs.size() == 1
            || rawArgs.size() == 2 && rawArgs.get(1) instanceof Expr.Str kind && kind.value.equals("var"))
            && rawArgs.get(0) instanceof Expr.Str name && classify(name.value) != NameKind.FUNCTION) {
            Variable v = scope.fn.variable(name.value);
            return new HExpr.ExistVar(line, v, rawArgs.size() == 2, new HExpr.Call(line, ref, exprs(rawArgs)));
        }
        if (n.equals("mjc_metaclass_named") && rawArgs.size() == 1 && rawArgs.get(0) instanceof Expr.Str cn) {
            FunctionRef cls = resolve(cn.value);
            if (cls.kind == FunctionRef.Kind.CLASS) {
                // ?Name of a class of the program: asked of its MetaClass (which loads it)
                return new HExpr.Call(line, FunctionRef.member(cls.cls, "?"), List.of());
            }
        }
        if (n.equals("str2num")) {
            usesDynamicCode = true; // str2num evaluates text that is not a plain literal
        }
        if (n.equals("str2func") && !(rawArgs.size() == 1 && rawArgs.get(0) instanceof Expr.Str str
            && !str.value.trim().startsWith("@"))) {
            usesDynamicCode = true;
        }
        if ((n.equals("narginchk") || n.equals("nargoutchk")) && ix != null && !brace && rawArgs.size() == 2
            && scope.fn.kind == HFunction.Kind.FUNCTION && ref.kind == FunctionRef.Kind.BUILTIN) {
            // the checks need the caller's argument counts
            scope.fn.usesArgCounts = true;
            List<HExpr> args = exprs(rawArgs);
            args.add(new HExpr.ArgCount(line, n.equals("nargoutchk")));
            return new HExpr.Call(line, ref, args);
        }
        if (ix == null) {
            return new HExpr.Call(line, ref, List.of());
        }
        if (ref.kind == FunctionRef.Kind.UNRESOLVED && !brace && rawArgs.stream().anyMatch(Lowering::mentionsEnd)) {
            // q(end) with no q anywhere: MATLAB's run-time "Unrecognized function or variable 'q'"
            IndexContext ctx = new IndexContext();
            return new HExpr.VarOrCall(line, scope.fn.variable(n), ref, indexArgs(ix.args, ctx), true, ctx);
        }
        HExpr call = new HExpr.Call(line, ref, exprs(rawArgs));
        if (brace) {
            IndexContext ctx = new IndexContext();
            return new HExpr.Index(ix.line, call, true, List.of(), ctx);
        }
        return call;
    }

    /** Whether an argument uses 'end' of the object being indexed (not inside a nested index). */
    private static boolean mentionsEnd(Expr e) {
        if (e instanceof Expr.End) {
            return true;
        }
        if (e instanceof Expr.Binary b) {
            return mentionsEnd(b.left) || mentionsEnd(b.right);
        }
        if (e instanceof Expr.Unary u) {
            return mentionsEnd(u.operand);
        }
        if (e instanceof Expr.Range r) {
            return mentionsEnd(r.start) || r.step != null && mentionsEnd(r.step) || mentionsEnd(r.stop);
        }
        return false;
    }

    /** obj@Base(args) in a constructor (obj its output), else method@Base(obj, ...). */
    private HExpr superCall(Expr.SuperRef sr, List<Expr> rawArgs) {
        HFunction fn = scope.fn;
        FunctionRef base = resolve(sr.base);
        if (fn.owner == null || base.kind != FunctionRef.Kind.CLASS || !fn.owner.supers.contains(base.cls)) {
            error(sr.line, sr.col, "'" + sr.name + "@" + sr.base + "' needs a method of a subclass of '" + sr.base + "'");
            return new HExpr.Const(sr.line, HExpr.Const.Kind.DOUBLE, 0, null);
        }
        boolean ctor = fn.hiddenParams > 0 && !fn.outputs.isEmpty() && fn.outputs.get(0).name.equals(sr.name);
        List<HExpr> args = new ArrayList<>();
        if (ctor) {
            fn.owner.explicitSupers.add(sr.base);
            args.add(new HExpr.VarRead(sr.line, fn.variable(sr.name), false));
        }
        args.addAll(exprs(rawArgs));
        return new HExpr.Call(sr.line, FunctionRef.superclass(base.cls, ctor ? sr.base : sr.name, ctor), args);
    }

    private void checkAwaitContext(Expr.Ident at) {
        if (!scope.awaitAllowed) {
            String where = scope.contextName;
            String hint;
            if (scope.fn.kind == HFunction.Kind.FUNCTION) {
                hint = "declare it as 'async function' so that calling it returns a task, or await the task in its caller";
            } else {
                hint = "write the closure as an async block: 'async @() do ... end'";
            }
            diagnostics.add(Diagnostic.error(file, at.line, at.col,
                "'await' is only allowed in a script, an async function or an async block; it appears in '"
                    + where + "': " + hint, "mjc:awaitContext"));
        }
    }

    private HExpr index(Expr.Index ix) {
        if (ix.base instanceof Expr.SuperRef sr && !ix.brace) {
            return superCall(sr, ix.args);
        }
        if (ix.base instanceof Expr.Ident id) {
            return name(id, ix, ix.brace);
        }
        if (ix.base instanceof Expr.Field f && !ix.brace) {
            String dotted = dottedName(f);
            if (dotted != null && !knownVariable(rootName(f))) {
                FunctionRef ref = resolve(dotted);
                if (ref.kind != FunctionRef.Kind.UNRESOLVED) {
                    return new HExpr.Call(ix.line, ref, exprs(ix.args));
                }
            }
        }
        HExpr base = expr(ix.base);
        IndexContext ctx = new IndexContext();
        return new HExpr.Index(ix.line, base, ix.brace, indexArgs(ix.args, ctx), ctx);
    }

    // ------------------------------------------------------------------ closures

    private HExpr lambda(Expr.Lambda l, boolean asyncBlock) {
        int id = ++lambdaCounter;
        String text = ExprText.lambda(l);
        String frame = l.isBlock() ? fileBase + ">@do" : text;
        HFunction fn = new HFunction(l.isBlock() ? HFunction.Kind.BLOCK : HFunction.Kind.LAMBDA,
            (l.isBlock() ? "do$" : "anon$") + id, frame, file);
        fn.line = l.line;
        fn.async = asyncBlock;
        Set<String> assigned = new HashSet<>(l.params);
        if (l.isBlock()) {
            assigned.addAll(AssignedNames.of(l.block));
        }
        Scope child = new Scope(fn, scope, assigned, asyncBlock, l.isBlock() ? "@do" : text);
        for (String p : l.params) {
            if (p.equals("varargin") && p.equals(l.params.get(l.params.size() - 1))) {
                fn.varargin = true;
                fn.params.add(fn.variable("varargin"));
                child.definite.add("varargin");
                continue;
            }
            fn.params.add(p.equals("~") ? new Variable("~") : fn.variable(p));
            child.params.add(p);
        }
        Scope saved = scope;
        scope = child;
        try {
            if (l.isBlock()) {
                // a block's own assignments are local; names it reads from outside are captured
                for (String n : freeNames(l)) {
                    if (!child.params.contains(n) && saved != null) {
                        captureIfOuterVariable(child, n);
                    }
                }
                fn.body = block(l.block);
            } else {
                fn.expression = expr(l.body);
            }
        } finally {
            scope = saved;
        }
        scope.fn.lambdas.add(fn);
        return new HExpr.Lambda(l.line, fn, new ArrayList<>(child.parentCaptures), text);
    }

    /** In a block, a name both captured and assigned starts from its captured value. */
    private void captureIfOuterVariable(Scope child, String name) {
        if (child.captureDefinite.containsKey(name)) {
            return;
        }
        Scope inner = scope;
        scope = child;
        try {
            if (captureFromParent(name)) {
                if (child.captureDefinite.get(name)) {
                    child.definite.add(name);
                }
            }
        } finally {
            scope = inner;
        }
    }

    /** Identifiers read anywhere in a block (a superset is fine: only outer variables get captured). */
    private static Set<String> freeNames(Expr.Lambda l) {
        Set<String> out = new java.util.LinkedHashSet<>();
        NameCollector.statements(l.block, out);
        return out;
    }
}
