package mjc.stdlib.lang;

import mjc.runtime.call.FunctionTable;
import mjc.runtime.error.Errors;
import mjc.runtime.value.AnonymousFunction;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.NamedFunctionHandle;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Calling functions given as handles or names: feval, func2str, str2func. */
public final class Functions {
    private Functions() {
    }

    /** What a handle or a function name (text) calls. */
    public static Callable callable(Value f, String fn) {
        if (f instanceof FunctionHandle h) {
            return h;
        }
        if (f instanceof CharArray || f instanceof StringArray) {
            String name = Args.text(f, fn);
            Callable c = FunctionTable.lookup(name);
            if (c == null) {
                throw Errors.undefined(name);
            }
            return c;
        }
        throw Errors.of("MATLAB:" + fn + ":invalidFunction",
            "Argument must be a function handle or the name of a function.");
    }

    @Builtin("feval")
    public static Value[] feval(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        Callable c = callable(args[0], "feval");
        Value[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return c.call(rest, nargout);
    }

    /**
     * builtin(name, args...): the built-in function, never a class's method of that name (how
     * an overloaded disp, subsref or size reaches MATLAB's own).
     */
    @Builtin("builtin")
    public static Value[] builtin(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        String name = Args.text(args[0], "builtin");
        Value[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        switch (name) {
            case "disp" -> {
                Args.count(rest, 1, 1);
                mjc.stdlib.display.Display.plainDisp(rest[0]);
                return new Value[0];
            }
            case "display" -> {
                Args.count(rest, 1, 1);
                mjc.stdlib.display.Display.plainShow("ans", rest[0]);
                return new Value[0];
            }
            case "subsref" -> {
                Args.count(rest, 2, 2);
                return mjc.runtime.object.IndexingOverloads.builtinSubsref(rest[0], rest[1], nargout);
            }
            case "subsasgn" -> {
                Args.count(rest, 3, 3);
                return new Value[] {mjc.runtime.object.IndexingOverloads.builtinSubsasgn(rest[0], rest[1], rest[2])};
            }
            case "numel" -> {
                Args.count(rest, 1, 1);
                return new Value[] {mjc.runtime.value.DoubleArray.scalar(rest[0].numel())};
            }
            case "size" -> {
                Callable c = mjc.stdlib.BuiltinRegistry.callable("size");
                return c.call(rest, nargout);
            }
            default -> {
                Callable c = mjc.stdlib.BuiltinRegistry.callable(name);
                if (c == null) {
                    throw Errors.of("MATLAB:UndefinedFunction", "'" + name + "' is not a built-in function.");
                }
                return c.call(rest, nargout);
            }
        }
    }

    /** substruct(type1, subs1, type2, subs2, ...): the struct array subsref and subsasgn take. */
    @Builtin("substruct")
    public static Value[] substruct(Value[] args, int nargout) {
        if (args.length == 0 || args.length % 2 != 0) {
            throw Errors.of("MATLAB:substruct:nargin", "SUBSTRUCT takes type/subs pairs.");
        }
        int n = args.length / 2;
        Value[][] elems = new Value[n][];
        for (int i = 0; i < n; i++) {
            String type = Args.text(args[2 * i], "substruct");
            if (!type.equals("()") && !type.equals("{}") && !type.equals(".")) {
                throw Errors.of("MATLAB:substruct:type", "TYPE must be one of '()', '{}' or '.'.");
            }
            elems[i] = new Value[] {CharArray.of(type).share(), args[2 * i + 1].share()};
        }
        return new Value[] {new mjc.runtime.value.StructArray(mjc.runtime.value.Dims.row(n), java.util.List.of("type",
            "subs"), elems)};
    }

    /** nthargout(n, f, args...): output n of f(args...) (a cell of them when n is a vector). */
    @Builtin("nthargout")
    public static Value[] nthargout(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        ArrayValue n = Args.array(args[0], "nthargout");
        int most = 0;
        for (int i = 0; i < n.numel(); i++) {
            double k = n.re(i);
            if (k < 1 || k != Math.rint(k)) {
                throw Errors.of("MATLAB:nthargout:InvalidN", "N must be a positive integer.");
            }
            most = Math.max(most, (int) k);
        }
        Callable f = callable(args[1], "nthargout");
        Value[] r = f.call(java.util.Arrays.copyOfRange(args, 2, args.length), most);
        if (r.length < most) {
            throw Errors.tooManyOutputs();
        }
        if (n.numel() == 1) {
            return new Value[] {r[(int) n.re(0) - 1]};
        }
        Value[] picked = new Value[n.numel()];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = r[(int) n.re(i) - 1].share();
        }
        return new Value[] {new mjc.runtime.value.CellArray(n.dims().clone(), picked)};
    }

    /** namedargs2cell(s): the struct's fields as a name, value, name, value, ... row cell. */
    @Builtin("namedargs2cell")
    public static Value namedargs2cell(Value v) {
        if (!(v instanceof mjc.runtime.value.StructArray s) || s.numel() != 1) {
            throw Errors.of("MATLAB:namedargs2cell:InvalidInput", "Input must be a scalar structure.");
        }
        java.util.List<String> names = s.fieldNames();
        Value[] out = new Value[names.size() * 2];
        for (int i = 0; i < names.size(); i++) {
            out[2 * i] = mjc.runtime.value.CharArray.of(names.get(i)).share();
            out[2 * i + 1] = s.get(0, names.get(i)).share();
        }
        return new mjc.runtime.value.CellArray(mjc.runtime.value.Dims.row(out.length), out);
    }

    @Builtin("func2str")
    public static Value func2str(Value f) {
        if (!(f instanceof FunctionHandle h)) {
            throw Errors.of("MATLAB:func2str:InputNotFunctionHandle", "Input must be a function handle.");
        }
        return CharArray.of(h instanceof NamedFunctionHandle ? h.text() : h.text());
    }

    @Builtin("str2func")
    public static Value str2func(Value s) {
        String text = Args.text(s, "str2func").strip();
        if (text.startsWith("@")) {
            return DynamicCode.provider().lambda(text);
        }
        String name = text;
        Callable c = FunctionTable.lookup(name);
        if (c == null) {
            return new NamedFunctionHandle(name, (args, nargout) -> {
                Callable late = FunctionTable.lookup(name);
                if (late == null) {
                    throw Errors.undefined(name);
                }
                return late.call(args, nargout);
            });
        }
        return new NamedFunctionHandle(name, c);
    }

    static boolean isAnonymous(Value v) {
        return v instanceof AnonymousFunction;
    }
}
