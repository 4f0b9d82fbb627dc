package mjc.compiler.hir;

import java.util.List;

/** Resolved statements. */
public abstract class HStmt {
    public final int line;

    protected HStmt(int line) {
        this.line = line;
    }

    /** {@code target = value}; displays the root variable when print is set. */
    public static final class Assign extends HStmt {
        public final LValue target;
        public final HExpr value;
        public final boolean print;
        /** {@code x(i) = []} deletes. */
        public final boolean delete;

        public Assign(int line, LValue target, HExpr value, boolean print, boolean delete) {
            super(line);
            this.target = target;
            this.value = value;
            this.print = print;
            this.delete = delete;
        }
    }

    /** {@code [a, ~, c] = value} (null targets are placeholders). */
    public static final class MultiAssign extends HStmt {
        public final List<LValue> targets;
        public final HExpr value;
        public final boolean print;

        public MultiAssign(int line, List<LValue> targets, HExpr value, boolean print) {
            super(line);
            this.targets = targets;
            this.value = value;
            this.print = print;
        }
    }

    /** An expression statement: sets {@code ans} (unless it is a bare variable) and may display. */
    public static final class Eval extends HStmt {
        public final HExpr expr;
        public final boolean print;
        public final Variable ans;

        public Eval(int line, HExpr expr, boolean print, Variable ans) {
            super(line);
            this.expr = expr;
            this.print = print;
            this.ans = ans;
        }
    }

    public static final class If extends HStmt {
        public final List<HExpr> conditions;
        public final List<List<HStmt>> bodies;
        public final List<HStmt> elseBody;

        public If(int line, List<HExpr> conditions, List<List<HStmt>> bodies, List<HStmt> elseBody) {
            super(line);
            this.conditions = conditions;
            this.bodies = bodies;
            this.elseBody = elseBody;
        }
    }

    public static final class For extends HStmt {
        public final Variable var;
        public final HExpr range;
        public final List<HStmt> body;

        public For(int line, Variable var, HExpr range, List<HStmt> body) {
            super(line);
            this.var = var;
            this.range = range;
            this.body = body;
        }
    }

    public static final class While extends HStmt {
        public final HExpr condition;
        public final List<HStmt> body;

        public While(int line, HExpr condition, List<HStmt> body) {
            super(line);
            this.condition = condition;
            this.body = body;
        }
    }

    public static final class Switch extends HStmt {
        public final HExpr subject;
        public final List<HExpr> caseValues;
        public final List<List<HStmt>> caseBodies;
        public final List<HStmt> otherwise;

        public Switch(int line, HExpr subject, List<HExpr> caseValues, List<List<HStmt>> caseBodies,
                      List<HStmt> otherwise) {
            super(line);
            this.subject = subject;
            this.caseValues = caseValues;
            this.caseBodies = caseBodies;
            this.otherwise = otherwise;
        }
    }

    public static final class Try extends HStmt {
        public final List<HStmt> body;
        public final Variable catchVar;
        public final List<HStmt> handler;

        public Try(int line, List<HStmt> body, Variable catchVar, List<HStmt> handler) {
            super(line);
            this.body = body;
            this.catchVar = catchVar;
            this.handler = handler;
        }
    }

    public static final class Break extends HStmt {
        public Break(int line) {
            super(line);
        }
    }

    public static final class Continue extends HStmt {
        public Continue(int line) {
            super(line);
        }
    }

    /** {@code return} (value: the async extension's {@code return EXPR}, assigned to the first output). */
    public static final class Return extends HStmt {
        public final HExpr value;
        public final Variable firstOutput;

        public Return(int line, HExpr value, Variable firstOutput) {
            super(line);
            this.value = value;
            this.firstOutput = firstOutput;
        }
    }

    /** {@code global x} / {@code persistent x}: binds the variables to session or function storage. */
    public static final class Declare extends HStmt {
        public final List<Variable> vars;
        public final boolean global;

        public Declare(int line, List<Variable> vars, boolean global) {
            super(line);
            this.vars = vars;
            this.global = global;
        }
    }

    /** {@code clear x y} or {@code clear}: unbinds variables. */
    public static final class Clear extends HStmt {
        public final List<Variable> vars;

        public Clear(int line, List<Variable> vars) {
            super(line);
            this.vars = vars;
        }
    }
}
