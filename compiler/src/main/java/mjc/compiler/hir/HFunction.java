package mjc.compiler.hir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One compiled unit: a script body, a function, a local function, an anonymous function or a
 * do-block. The back end makes a JVM class (or, for closures, a method) of it.
 */
public final class HFunction {
    public enum Kind { SCRIPT, FUNCTION, LAMBDA, BLOCK }

    public final Kind kind;
    public final String name;
    /** How MATLAB names this function in stack frames (file, file>local, the anonymous text). */
    public final String frameName;
    public final String file;
    public final List<Variable> params = new ArrayList<>();
    public final List<Variable> outputs = new ArrayList<>();
    public boolean varargin;
    public boolean varargout;
    public boolean async;
    public final Map<String, Variable> variables = new LinkedHashMap<>();
    public List<HStmt> body = new ArrayList<>();
    /** For LAMBDA: the body expression. */
    public HExpr expression;
    /** For LAMBDA and BLOCK: variables holding captured values, in capture-array order. */
    public final List<Variable> captures = new ArrayList<>();
    /** JVM class that holds this function's code (internal name), set by the program builder. */
    public String className;
    public int line;
    public final List<HFunction> lambdas = new ArrayList<>();
    /** Uses nargin or nargout. */
    public boolean usesArgCounts;
    /** An async lambda rewritten as a one-statement block (its value is its expression's). */
    public boolean asBlock;
    /** Set once AwaitNormalizer has rewritten the body (a state machine may be emitted twice). */
    public boolean awaitsNormalized;
    /** Calls eval, evalc, evalin or assignin: its variables are also reachable by name. */
    public boolean dynamicWorkspace;
    /** Code compiled at run time by eval: variables come from, and go back to, a Workspace. */
    public boolean workspaceBound;
    /** A method of a classdef class: its class (member access is checked against it). */
    public HClass owner;
    /** In get.P or set.P: the property P, read and written without calling the method again. */
    public String accessorOf;
    /** Arguments the caller passes before the user's (a constructor's object under construction). */
    public int hiddenParams;
    /** For a nested function: the function whose body it is written in. */
    public HFunction nestParent;
    /** Functions nested directly in this one, by name (visible to it and to everything nested in it). */
    public final Map<String, HFunction> nestedFunctions = new LinkedHashMap<>();
    /** Slots of this function's frame (its variables shared with nested functions), or -1: it has none. */
    public int frameSize = -1;
    /** The names this function shares with an enclosing function or a nested one: where each lives. */
    public final Map<String, SharedSlot> shared = new LinkedHashMap<>();

    /** A shared variable's home: slot {@code index} of {@code owner}'s frame. */
    public record SharedSlot(HFunction owner, int index) {
    }

    /** Levels of nesting: 0 for an ordinary function. */
    public int nestDepth() {
        int d = 0;
        for (HFunction p = nestParent; p != null; p = p.nestParent) {
            d++;
        }
        return d;
    }

    public HFunction(Kind kind, String name, String frameName, String file) {
        this.kind = kind;
        this.name = name;
        this.frameName = frameName;
        this.file = file;
    }

    public Variable variable(String n) {
        return variables.computeIfAbsent(n, Variable::new);
    }
}
