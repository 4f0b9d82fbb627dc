package mjc.compiler.frontend.ast;

import java.util.List;

/** Statements. {@code print} is true when the statement was not ended by a semicolon. */
public abstract class Stmt extends Node {
    protected Stmt(int line, int col) {
        super(line, col);
    }

    public static final class ExprStmt extends Stmt {
        public final Expr expr;
        public final boolean print;

        public ExprStmt(int line, int col, Expr expr, boolean print) {
            super(line, col);
            this.expr = expr;
            this.print = print;
        }
    }

    /** {@code lhs = rhs} or {@code [a, b] = rhs}. */
    public static final class Assign extends Stmt {
        public final List<Expr> targets;
        public final boolean multi;
        public final Expr rhs;
        public final boolean print;

        public Assign(int line, int col, List<Expr> targets, boolean multi, Expr rhs, boolean print) {
            super(line, col);
            this.targets = targets;
            this.multi = multi;
            this.rhs = rhs;
            this.print = print;
        }
    }

    /** Command syntax: {@code format long} is {@code format('long')}. */
    public static final class Command extends Stmt {
        public final String name;
        public final List<String> args;
        public final boolean print;

        public Command(int line, int col, String name, List<String> args, boolean print) {
            super(line, col);
            this.name = name;
            this.args = args;
            this.print = print;
        }
    }

    public static final class If extends Stmt {
        public final List<Expr> conditions;
        public final List<List<Stmt>> bodies;
        public final List<Stmt> elseBody;

        public If(int line, int col, List<Expr> conditions, List<List<Stmt>> bodies, List<Stmt> elseBody) {
            super(line, col);
            this.conditions = conditions;
            this.bodies = bodies;
            this.elseBody = elseBody;
        }
    }

    public static final class For extends Stmt {
        public final Expr var;
        public final Expr range;
        public final List<Stmt> body;
        public final boolean parfor;

        public For(int line, int col, Expr var, Expr range, List<Stmt> body, boolean parfor) {
            super(line, col);
            this.var = var;
            this.range = range;
            this.body = body;
            this.parfor = parfor;
        }
    }

    public static final class While extends Stmt {
        public final Expr condition;
        public final List<Stmt> body;

        public While(int line, int col, Expr condition, List<Stmt> body) {
            super(line, col);
            this.condition = condition;
            this.body = body;
        }
    }

    public static final class Switch extends Stmt {
        public final Expr subject;
        public final List<Expr> caseValues;
        public final List<List<Stmt>> caseBodies;
        public final List<Stmt> otherwise;

        public Switch(int line, int col, Expr subject, List<Expr> caseValues, List<List<Stmt>> caseBodies,
                      List<Stmt> otherwise) {
            super(line, col);
            this.subject = subject;
            this.caseValues = caseValues;
            this.caseBodies = caseBodies;
            this.otherwise = otherwise;
        }
    }

    public static final class Try extends Stmt {
        public final List<Stmt> body;
        public final String catchVar;
        public final List<Stmt> catchBody;

        public Try(int line, int col, List<Stmt> body, String catchVar, List<Stmt> catchBody) {
            super(line, col);
            this.body = body;
            this.catchVar = catchVar;
            this.catchBody = catchBody;
        }
    }

    public static final class Break extends Stmt {
        public Break(int line, int col) {
            super(line, col);
        }
    }

    public static final class Continue extends Stmt {
        public Continue(int line, int col) {
            super(line, col);
        }
    }

    /** {@code return} or {@code return EXPR} (the async extension's value return). */
    public static final class Return extends Stmt {
        public final Expr value;

        public Return(int line, int col, Expr value) {
            super(line, col);
            this.value = value;
        }
    }

    /** {@code global a b} or {@code persistent a b}. */
    public static final class Declare extends Stmt {
        public final boolean global;
        public final List<String> names;

        public Declare(int line, int col, boolean global, List<String> names) {
            super(line, col);
            this.global = global;
            this.names = names;
        }
    }
}
