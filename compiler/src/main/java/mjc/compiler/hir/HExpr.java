package mjc.compiler.hir;

import java.util.List;

/**
 * Resolved expressions. Each carries its source line (for line tables and error locations)
 * and a {@link Type} slot that starts UNKNOWN.
 */
public abstract class HExpr {
    public final int line;
    public Type type = Type.UNKNOWN;

    protected HExpr(int line) {
        this.line = line;
    }

    /** Whether this expression may yield a comma-separated list (c{:}, s.f of a struct array). */
    public boolean isCsList() {
        return false;
    }

    /** A literal. */
    public static final class Const extends HExpr {
        public enum Kind { DOUBLE, IMAGINARY, CHAR, STRING }

        public final Kind kind;
        public final double number;
        public final String text;

        public Const(int line, Kind kind, double number, String text) {
            super(line);
            this.kind = kind;
            this.number = number;
            this.text = text;
        }
    }

    /** A variable read; {@code checked} when it may be unassigned at this point. */
    public static final class VarRead extends HExpr {
        public final Variable var;
        public final boolean checked;

        public VarRead(int line, Variable var, boolean checked) {
            super(line);
            this.var = var;
            this.checked = checked;
        }
    }

    /**
     * A name that is a variable on some paths only: at run time, the variable if bound
     * (indexed with args when given), otherwise a call of the function of that name.
     */
    public static final class VarOrCall extends HExpr {
        public final Variable var;
        public final FunctionRef fallback;
        public final List<HExpr> args;
        public final boolean hasArgs;
        public final IndexContext context;

        public VarOrCall(int line, Variable var, FunctionRef fallback, List<HExpr> args, boolean hasArgs,
                         IndexContext context) {
            super(line);
            this.var = var;
            this.fallback = fallback;
            this.args = args;
            this.hasArgs = hasArgs;
            this.context = context;
        }
    }

    /** A call of a resolved (or unresolved) function. */
    public static final class Call extends HExpr {
        public final FunctionRef fn;
        public final List<HExpr> args;

        public Call(int line, FunctionRef fn, List<HExpr> args) {
            super(line);
            this.fn = fn;
            this.args = args;
        }
    }

    /** Calling a function handle value (or indexing, if the value is not a handle). */
    public static final class Index extends HExpr {
        public final HExpr base;
        public final boolean brace;
        public final List<HExpr> args;
        /** Set when the arguments use {@code end}: the base is kept for them. */
        public final IndexContext context;

        public Index(int line, HExpr base, boolean brace, List<HExpr> args, IndexContext context) {
            super(line);
            this.base = base;
            this.brace = brace;
            this.args = args;
            this.context = context;
        }

        @Override
        public boolean isCsList() {
            return brace;
        }
    }

    public static final class FieldRead extends HExpr {
        public final HExpr base;
        public final String name;
        public final HExpr dynamicName;

        public FieldRead(int line, HExpr base, String name, HExpr dynamicName) {
            super(line);
            this.base = base;
            this.name = name;
            this.dynamicName = dynamicName;
        }

        @Override
        public boolean isCsList() {
            return true;
        }
    }

    public static final class Binary extends HExpr {
        public final String op;
        public final HExpr left;
        public final HExpr right;

        public Binary(int line, String op, HExpr left, HExpr right) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    public static final class Unary extends HExpr {
        public final String op;
        public final HExpr operand;

        public Unary(int line, String op, HExpr operand) {
            super(line);
            this.op = op;
            this.operand = operand;
        }
    }

    public static final class ShortCircuit extends HExpr {
        public final boolean and;
        public final HExpr left;
        public final HExpr right;

        public ShortCircuit(int line, boolean and, HExpr left, HExpr right) {
            super(line);
            this.and = and;
            this.left = left;
            this.right = right;
        }
    }

    public static final class Range extends HExpr {
        public final HExpr start;
        public final HExpr step;
        public final HExpr stop;

        public Range(int line, HExpr start, HExpr step, HExpr stop) {
            super(line);
            this.start = start;
            this.step = step;
            this.stop = stop;
        }
    }

    public static final class Matrix extends HExpr {
        public final boolean cell;
        public final List<List<HExpr>> rows;

        public Matrix(int line, boolean cell, List<List<HExpr>> rows) {
            super(line);
            this.cell = cell;
            this.rows = rows;
        }
    }

    /** The magic colon subscript. */
    public static final class Colon extends HExpr {
        public Colon(int line) {
            super(line);
        }
    }

    /** {@code end} in subscript {@code position} of {@code count} of the object in {@code context}. */
    public static final class End extends HExpr {
        public final IndexContext context;
        public final int position;
        public final int count;

        public End(int line, IndexContext context, int position, int count) {
            super(line);
            this.context = context;
            this.position = position;
            this.count = count;
        }
    }

    /** {@code @name}. */
    /** The frame {@code hops} parents above the one {@code base} holds (a nested function's view of an outer frame). */
    public static final class ParentFrame extends HExpr {
        public final HExpr base;
        public final int hops;

        public ParentFrame(int line, HExpr base, int hops) {
            super(line);
            this.base = base;
            this.hops = hops;
        }
    }

    public static final class Handle extends HExpr {
        public final FunctionRef fn;

        public Handle(int line, FunctionRef fn) {
            super(line);
            this.fn = fn;
        }
    }

    /** {@code @(x) ...} or a do-block: a closure over the captured variables' current values. */
    public static final class Lambda extends HExpr {
        public final HFunction body;
        /** Variables of the enclosing function captured, in capture-array order. */
        public final List<Variable> captured;
        public final String text;

        public Lambda(int line, HFunction body, List<Variable> captured, String text) {
            super(line);
            this.body = body;
            this.captured = captured;
            this.text = text;
        }
    }

    /** {@code nargin} or {@code nargout} of the enclosing function. */
    public static final class ArgCount extends HExpr {
        public final boolean outputs;

        public ArgCount(int line, boolean outputs) {
            super(line);
            this.outputs = outputs;
        }
    }

    /** {@code await(e)}: suspends the current task until the task e settles. */
    public static final class Await extends HExpr {
        public final HExpr task;

        public Await(int line, HExpr task) {
            super(line);
            this.task = task;
        }
    }

    /** {@code async @() ...} or {@code async(h)}: a lazy task around a closure or handle. */
    public static final class AsyncTask extends HExpr {
        public final HExpr closure;

        public AsyncTask(int line, HExpr closure) {
            super(line);
            this.closure = closure;
        }
    }

    /**
     * eval, evalc, evalin or assignin: the function's variables are handed over by name in a
     * Workspace and read back afterwards, so the evaluated code can read and assign them.
     */
    public static final class EvalCall extends HExpr {
        public final String name;
        public final List<HExpr> args;
        /** Every variable of the calling function (a live view: all are read and may be written). */
        public final java.util.Map<String, Variable> scopeVariables;

        public EvalCall(int line, String name, List<HExpr> args, java.util.Map<String, Variable> scopeVariables) {
            super(line);
            this.name = name;
            this.args = args;
            this.scopeVariables = scopeVariables;
        }
    }

    /**
     * exist('x') or exist('x', 'var') where x may be a variable of this function: 1 when it is
     * bound, else (without 'var') the builtin's answer for the name.
     */
    public static final class ExistVar extends HExpr {
        public final Variable var;
        public final boolean varOnly;
        public final Call fallback;

        public ExistVar(int line, Variable var, boolean varOnly, Call fallback) {
            super(line);
            this.var = var;
            this.varOnly = varOnly;
            this.fallback = fallback;
        }
    }
}
