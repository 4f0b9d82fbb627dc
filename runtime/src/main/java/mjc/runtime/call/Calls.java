package mjc.runtime.call;

import mjc.runtime.error.Errors;
import mjc.runtime.index.Index;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/**
 * The calling convention's run-time half, used by generated code: argument and output count
 * checks, varargin/varargout packing, reading possibly unassigned variables, and applying
 * {@code x(args)} to a value that may be an array or a function handle.
 */
public final class Calls {
    private static final Value[] NONE = new Value[0];

    private Calls() {
    }

    public static Value[] none() {
        return NONE;
    }

    public static void checkInputs(Value[] args, int max) {
        if (args.length > max) {
            throw Errors.tooManyInputs();
        }
    }

    public static void checkOutputs(int nargout, int max) {
        if (nargout > max) {
            throw Errors.tooManyOutputs();
        }
    }

    /** Parameter i as bound in the callee (null when not passed). */
    public static Value param(Value[] args, int i) {
        return i < args.length ? args[i].share() : null;
    }

    /** The arguments from index {@code from} on, as varargin's 1xN cell. */
    public static Value varargin(Value[] args, int from) {
        int n = Math.max(0, args.length - from);
        Value[] rest = new Value[n];
        for (int i = 0; i < n; i++) {
            rest[i] = args[from + i].share();
        }
        return new CellArray(n == 0 ? new int[] {1, 0} : Dims.row(n), rest);
    }

    /**
     * Builds the outputs of a function returning: {@code outs} are the output variables' values
     * (null when unset), the last one being varargout's cell when {@code varargout}.
     */
    public static Value[] outputs(int nargout, Value[] outs, boolean varargout, String[] names, String function) {
        Value[] list = outs;
        if (varargout) {
            int fixed = outs.length - 1;
            Value va = outs[fixed];
            int extra = 0;
            if (va instanceof CellArray c) {
                extra = c.numel();
            } else if (va != null) {
                throw Errors.of("MATLAB:varargoutNotCell", "varargout must be a cell array.");
            }
            list = new Value[fixed + extra];
            System.arraycopy(outs, 0, list, 0, fixed);
            for (int i = 0; i < extra; i++) {
                list[fixed + i] = ((CellArray) va).get(i);
            }
            if (nargout > list.length) {
                if (nargout > fixed) {
                    throw Errors.of("MATLAB:unassignedOutputs", "Output argument \"varargout{" + (nargout - fixed)
                        + "}\" (and possibly others) not assigned a value in the execution with \"" + function
                        + "\" function.");
                }
            }
        }
        int n = Math.min(Math.max(nargout, 1), list.length);
        Value[] r = new Value[n];
        for (int i = 0; i < n; i++) {
            Value v = list[i];
            if (v == null) {
                if (i < nargout) {
                    throw Errors.unassignedOutput(i < names.length ? names[i] : "varargout", function);
                }
                return i == 0 ? NONE : java.util.Arrays.copyOf(r, i);
            }
            r[i] = v.release();
        }
        return r;
    }

    /** The outputs an async function's task resolves to: those set, up to the first unset one. */
    public static Value[] asyncOutputs(Value[] outs, boolean varargout) {
        Value[] list = outs;
        if (varargout && outs.length > 0 && outs[outs.length - 1] instanceof CellArray c) {
            int fixed = outs.length - 1;
            list = new Value[fixed + c.numel()];
            System.arraycopy(outs, 0, list, 0, fixed);
            for (int i = 0; i < c.numel(); i++) {
                list[fixed + i] = c.get(i);
            }
        }
        int n = 0;
        while (n < list.length && list[n] != null) {
            n++;
        }
        Value[] r = java.util.Arrays.copyOf(list, n);
        for (Value v : r) {
            v.release();
        }
        return r;
    }

    /** The single value an expression needs from a call. */
    public static Value first(Value[] r) {
        if (r.length == 0 || r[0] == null) {
            throw Errors.of("MATLAB:TooManyOutputs", "Too many output arguments.");
        }
        return r[0];
    }

    /** A read of a variable that may be unassigned here. */
    public static Value checkVar(Value v, String name) {
        if (v == null) {
            throw Errors.undefined(name);
        }
        return v;
    }

    /** A read of a parameter that may not have been passed. */
    public static Value checkParam(Value v, String name) {
        if (v == null) {
            throw Errors.notEnoughInputs();
        }
        return v;
    }

    // ---- specialized entries (functions compiled with JVM doubles for double scalars) ----

    /** Whether args holds exactly n real double scalars. */
    public static boolean realScalars(Value[] args, int n) {
        if (args.length != n) {
            return false;
        }
        for (Value a : args) {
            if (!(a instanceof mjc.runtime.value.DoubleArray d) || d.numel() != 1 || d.isComplex()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the arguments at the set bits of mask (bit i for argument i) are all given and real
     * double scalars: the condition of a version compiled with those parameters as doubles.
     */
    public static boolean realScalarsAt(Value[] args, long mask) {
        for (int i = 0; i < 64 && mask >>> i != 0; i++) {
            if ((mask >>> i & 1) != 0 && (i >= args.length || !(args[i] instanceof mjc.runtime.value.DoubleArray d)
                || d.numel() != 1 || d.isComplex())) {
                return false;
            }
        }
        return true;
    }

    /** The double of a value the compiler proved a real double scalar. */
    public static double unboxDouble(Value v) {
        if (v instanceof mjc.runtime.value.DoubleArray d && d.numel() == 1 && !d.isComplex()) {
            return d.scalar();
        }
        throw new IllegalStateException("not a real double scalar: " + (v == null ? "unassigned" : v.className()));
    }

    public static Value[] oneDouble(double d) {
        return new Value[] {mjc.runtime.value.DoubleArray.scalar(d)};
    }

    public static RuntimeException recursionLimit() {
        return Errors.recursionLimit(mjc.runtime.session.CallDepth.LIMIT);
    }

    public static RuntimeException unassignedOutput(String output, String function) {
        return Errors.unassignedOutput(output, function);
    }

    public static Value[] undefinedCall(String name) {
        throw Errors.undefined(name);
    }

    /** A call compiled at run time (eval) of a name it could not resolve then: the program's function table. */
    public static Value[] callByName(Value[] args, int nargout, String name) {
        mjc.runtime.value.Callable c = FunctionTable.lookup(name);
        if (c == null) {
            // a method of an object argument's class (a class the runtime defines, like inputParser)
            Value[] r = mjc.runtime.object.Objects.dispatch(name, args, nargout);
            if (r != null) {
                return r;
            }
            throw Errors.undefined(name);
        }
        return c.call(args, nargout);
    }

    /** {@code x(args)} when x is a value: a handle is called, anything else is indexed. */
    public static Value[] apply(Value base, Value[] args, int nargout) {
        if (base instanceof FunctionHandle f) {
            return f.call(args, nargout);
        }
        return new Value[] {Index.paren(base, args)};
    }

    /** {@code x(args)} where one value is needed. */
    public static Value apply1(Value base, Value[] args) {
        if (base instanceof FunctionHandle f) {
            return first(f.call(args, 1));
        }
        if (args.length == 1) {
            return Index.paren1(base, args[0]);
        }
        if (args.length == 2) {
            return Index.paren2(base, args[0], args[1]);
        }
        return Index.paren(base, args);
    }

    /** A dynamic field name {@code s.(expr)}. */
    public static String fieldName(Value v) {
        if (v instanceof CharArray c) {
            return c.string();
        }
        if (v instanceof StringArray s && s.numel() == 1) {
            return s.get(0);
        }
        throw Errors.of("MATLAB:dynamicFieldName", "Dynamic structure field names must be text.");
    }

    /** The outputs of a builtin that has none: fine for a statement, an error where a value is needed. */
    public static Value[] noOutputs(int nargout) {
        if (nargout > 0) {
            throw Errors.tooManyOutputs();
        }
        return NONE;
    }

    /** MATLAB's value of a for loop variable after zero iterations. */
    public static Value emptyLoopValue() {
        return DoubleArray.empty();
    }

    /** The loop variable after a for over an empty range (1:0): a 1x0 double, as MATLAB leaves it. */
    public static Value emptyRangeLoopValue() {
        return DoubleArray.of(new int[] {1, 0}, new double[0]);
    }
}
