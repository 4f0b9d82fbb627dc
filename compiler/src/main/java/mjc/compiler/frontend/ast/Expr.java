package mjc.compiler.frontend.ast;

import java.util.List;

/**
 * Expressions as parsed, before names are resolved: an identifier followed by parentheses is
 * an {@link Index} whether it will turn out to be a call or an array read.
 */
public abstract class Expr extends Node {
    protected Expr(int line, int col) {
        super(line, col);
    }

    public static final class Num extends Expr {
        public final double value;
        public final boolean imaginary;
        public final String text;

        public Num(int line, int col, double value, boolean imaginary, String text) {
            super(line, col);
            this.value = value;
            this.imaginary = imaginary;
            this.text = text;
        }
    }

    public static final class Str extends Expr {
        public final String value;
        public final boolean doubleQuoted;

        public Str(int line, int col, String value, boolean doubleQuoted) {
            super(line, col);
            this.value = value;
            this.doubleQuoted = doubleQuoted;
        }
    }

    public static final class Ident extends Expr {
        public final String name;

        public Ident(int line, int col, String name) {
            super(line, col);
            this.name = name;
        }
    }

    /** The bare {@code :} as a subscript. */
    public static final class Colon extends Expr {
        public Colon(int line, int col) {
            super(line, col);
        }
    }

    /** {@code name@Base}: a superclass constructor call ({@code obj@Base}) or a superclass method ({@code m@Base}). */
    public static final class SuperRef extends Expr {
        public final String name;
        public final String base;

        public SuperRef(int line, int col, String name, String base) {
            super(line, col);
            this.name = name;
            this.base = base;
        }
    }

    /** {@code end} inside an index. */
    public static final class End extends Expr {
        public End(int line, int col) {
            super(line, col);
        }
    }

    /** {@code ~} as an output placeholder in {@code [~, b] = f()}. */
    public static final class Tilde extends Expr {
        public Tilde(int line, int col) {
            super(line, col);
        }
    }

    public static final class Binary extends Expr {
        public final String op;
        public final Expr left;
        public final Expr right;

        public Binary(int line, int col, String op, Expr left, Expr right) {
            super(line, col);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code &&} and {@code ||}. */
    public static final class ShortCircuit extends Expr {
        public final boolean and;
        public final Expr left;
        public final Expr right;

        public ShortCircuit(int line, int col, boolean and, Expr left, Expr right) {
            super(line, col);
            this.and = and;
            this.left = left;
            this.right = right;
        }
    }

    /** Prefix {@code - + ~} and postfix {@code ' .'}. */
    public static final class Unary extends Expr {
        public final String op;
        public final Expr operand;

        public Unary(int line, int col, String op, Expr operand) {
            super(line, col);
            this.op = op;
            this.operand = operand;
        }
    }

    public static final class Range extends Expr {
        public final Expr start;
        public final Expr step;
        public final Expr stop;

        public Range(int line, int col, Expr start, Expr step, Expr stop) {
            super(line, col);
            this.start = start;
            this.step = step;
            this.stop = stop;
        }
    }

    /** {@code base(args)} or {@code base{args}}. */
    public static final class Index extends Expr {
        public final Expr base;
        public final boolean brace;
        public final List<Expr> args;

        public Index(int line, int col, Expr base, boolean brace, List<Expr> args) {
            super(line, col);
            this.base = base;
            this.brace = brace;
            this.args = args;
        }
    }

    /** {@code base.name} or {@code base.(expr)}. */
    public static final class Field extends Expr {
        public final Expr base;
        public final String name;
        public final Expr dynamic;

        public Field(int line, int col, Expr base, String name, Expr dynamic) {
            super(line, col);
            this.base = base;
            this.name = name;
            this.dynamic = dynamic;
        }
    }

    /** {@code [ ... ]} or {@code { ... }}: rows of elements. */
    public static final class Matrix extends Expr {
        public final boolean cell;
        public final List<List<Expr>> rows;

        public Matrix(int line, int col, boolean cell, List<List<Expr>> rows) {
            super(line, col);
            this.cell = cell;
            this.rows = rows;
        }
    }

    /** {@code @name} (possibly dotted, as in {@code @pkg.fn}). */
    public static final class FuncHandle extends Expr {
        public final String name;

        public FuncHandle(int line, int col, String name) {
            super(line, col);
            this.name = name;
        }
    }

    /** {@code @(params) expr} or {@code @(params) do ... end}. */
    public static final class Lambda extends Expr {
        public final List<String> params;
        public final Expr body;
        public final List<Stmt> block;
        public final String text;

        public Lambda(int line, int col, List<String> params, Expr body, List<Stmt> block, String text) {
            super(line, col);
            this.params = params;
            this.body = body;
            this.block = block;
            this.text = text;
        }

        public boolean isBlock() {
            return block != null;
        }
    }

    /** {@code async @() ...}: a lazy task around a closure. */
    public static final class AsyncLambda extends Expr {
        public final Lambda lambda;

        public AsyncLambda(int line, int col, Lambda lambda) {
            super(line, col);
            this.lambda = lambda;
        }
    }
}
