package mjc.runtime.object;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.index.Assign;
import mjc.runtime.index.Index;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;

/**
 * A class's own {@code subsref}, {@code subsasgn} and {@code end}: indexing an object of such a
 * class ({@code obj(i)}, {@code obj{i}}, {@code obj.name}, and assignments to them) calls the
 * method with MATLAB's substruct ({@code type} '()', '{}' or '.', {@code subs} a cell of
 * subscripts or the name), one level at a time. Inside the class's own methods indexing is
 * built-in, as MATLAB does it; {@code builtin('subsref', obj, s)} is the built-in indexing of a
 * whole substruct.
 */
public final class IndexingOverloads {
    /** The class whose methods are running (their indexing of its objects is built-in). One program thread. */
    private static MetaClass context;

    private IndexingOverloads() {
    }

    /** On entry to a method of a class that overloads indexing: returns the previous context. */
    public static MetaClass enter(MetaClass c) {
        MetaClass prev = context;
        context = c;
        return prev;
    }

    public static void exit(MetaClass prev) {
        context = prev;
    }

    /** Whether indexing v goes through its class's method {@code name} here. */
    static boolean active(Value v, String name) {
        if (!(v instanceof ObjectValue o)) {
            return false;
        }
        MetaClass c = o.metaClass();
        if (!c.overloadsIndexing() || context != null && context.isSubclassOf(c.definerOf(name))) {
            return false;
        }
        return c.userMethod(name) != null;
    }

    public static boolean overloadsRef(Value v) {
        return active(v, "subsref");
    }

    public static boolean overloadsAsgn(Value v) {
        return active(v, "subsasgn");
    }

    public static boolean overloadsEnd(Value v) {
        return active(v, "end");
    }

    /** One level of MATLAB's substruct: type '()', '{}' or '.'; subs a cell row (or the name for '.'). */
    public static StructArray substruct(String type, Value subs) {
        return new StructArray(Dims.SCALAR, List.of("type", "subs"),
            new Value[][] {{CharArray.of(type).share(), subs.share()}});
    }

    static Value cellRow(Value[] subs) {
        for (Value s : subs) {
            s.share();
        }
        return new CellArray(subs.length == 0 ? new int[] {1, 0} : Dims.row(subs.length), subs.clone());
    }

    /** obj(subs) / obj{subs} through the class's subsref. */
    public static Value[] subsref(Value obj, String type, Value[] subs, int nargout) {
        return call(obj, "subsref", new Value[] {obj, substruct(type, cellRow(subs))}, Math.max(1, nargout));
    }

    /** obj.name through the class's subsref. */
    public static Value[] subsrefField(Value obj, String name, int nargout) {
        return call(obj, "subsref", new Value[] {obj, substruct(".", CharArray.of(name))}, Math.max(1, nargout));
    }

    /** obj.name(args) through the class's subsref: two levels, as MATLAB passes them. */
    public static Value[] subsrefDot(Value obj, String name, Value[] args, int nargout) {
        StructArray s = new StructArray(Dims.row(2), List.of("type", "subs"), new Value[][] {
            {CharArray.of(".").share(), CharArray.of(name).share()},
            {CharArray.of("()").share(), cellRow(args).share()}});
        return call(obj, "subsref", new Value[] {obj, s}, nargout);
    }

    /** obj(subs) = rhs (type '()' or '{}') or obj.name = rhs (type '.') through subsasgn: the new obj. */
    public static Value subsasgn(Value obj, String type, Value subs, Value rhs) {
        Value[] r = call(obj, "subsasgn", new Value[] {obj, substruct(type, subs), rhs}, 1);
        if (r.length == 0 || r[0] == null) {
            throw Errors.of("MATLAB:class:SubsasgnOutput", "The subsasgn method of class '" + ((ObjectValue) obj)
                .metaClass().name + "' must return the updated object.");
        }
        return r[0];
    }

    public static Value subsasgnIndex(Value obj, String type, Value[] subs, Value rhs) {
        return subsasgn(obj, type, cellRow(subs), rhs);
    }

    /** end in position k (0-based) of n subscripts, by the class's end method. */
    public static Value end(Value obj, int k, int n) {
        Value[] r = call(obj, "end", new Value[] {obj, mjc.runtime.value.DoubleArray.scalar(k + 1),
            mjc.runtime.value.DoubleArray.scalar(n)}, 1);
        if (r.length == 0 || r[0] == null) {
            throw Errors.tooManyOutputs();
        }
        return r[0];
    }

    private static Value[] call(Value obj, String name, Value[] args, int nargout) {
        MethodInfo m = ((ObjectValue) obj).metaClass().userMethod(name);
        return m.impl.call(args, nargout);
    }

    // ------------------------------------------------------------------ builtin('subsref', ...)

    /** builtin('subsref', obj, s): MATLAB's own indexing of every level of s, in order. */
    public static Value[] builtinSubsref(Value obj, Value s, int nargout) {
        MetaClass prev = enter(obj instanceof ObjectValue o ? o.metaClass() : null);
        try {
            StructArray levels = levels(s);
            Value cur = obj;
            int n = levels.numel();
            for (int i = 0; i < n; i++) {
                String type = text(levels.get(i, "type"));
                Value subs = levels.get(i, "subs");
                boolean last = i == n - 1;
                if (type.equals(".")) {
                    String name = text(subs);
                    if (!last && text(levels.get(i + 1, "type")).equals("()") && cur instanceof ObjectValue ov
                        && ov.metaClass().property(name) == null) {
                        // obj.method(args)
                        Value[] args = cells(levels.get(i + 1, "subs"));
                        Value[] r = Objects.dot(cur, name, args, i + 1 == n - 1 ? nargout : 1, null);
                        if (i + 1 == n - 1) {
                            return r;
                        }
                        cur = first(r);
                        i++;
                        continue;
                    }
                    Value[] r = cur instanceof ObjectValue ? Objects.getList(cur, name, null) : Index.field(cur, name);
                    if (last) {
                        return r;
                    }
                    cur = first(r);
                } else if (type.equals("()")) {
                    cur = mjc.runtime.call.Calls.apply1(cur, cells(subs));
                } else {
                    Value[] r = Index.brace(cur, cells(subs));
                    if (last) {
                        return r;
                    }
                    cur = first(r);
                }
            }
            return new Value[] {cur};
        } finally {
            exit(prev);
        }
    }

    /** builtin('subsasgn', obj, s, rhs): MATLAB's own indexed assignment along s. */
    public static Value builtinSubsasgn(Value obj, Value s, Value rhs) {
        MetaClass prev = enter(obj instanceof ObjectValue o ? o.metaClass() : null);
        try {
            return assignLevels(obj, levels(s), 0, rhs);
        } finally {
            exit(prev);
        }
    }

    private static Value assignLevels(Value cur, StructArray levels, int i, Value rhs) {
        String type = text(levels.get(i, "type"));
        Value subs = levels.get(i, "subs");
        boolean last = i == levels.numel() - 1;
        if (type.equals(".")) {
            String name = text(subs);
            Value inner = last ? rhs : assignLevels(Objects.getForUpdate(cur, name, null), levels, i + 1, rhs);
            return cur instanceof ObjectValue ? Objects.set(cur, name, inner, null) : Assign.field(cur, name, inner);
        }
        Value[] idx = cells(subs);
        if (type.equals("()")) {
            Value inner = last ? rhs : assignLevels(Index.paren(cur, idx), levels, i + 1, rhs);
            return Assign.paren(cur, inner, idx);
        }
        Value inner = last ? rhs : assignLevels(Index.braceOne(cur, idx), levels, i + 1, rhs);
        return Assign.brace(cur, inner, idx);
    }

    private static StructArray levels(Value s) {
        if (!(s instanceof StructArray st) || !st.hasField("type") || !st.hasField("subs")) {
            throw Errors.of("MATLAB:subsArgNotStruc", "The second argument must be a structure with fields 'type' and "
                + "'subs'.");
        }
        return st;
    }

    private static Value[] cells(Value subs) {
        if (subs instanceof CellArray c) {
            return c.data().clone();
        }
        return new Value[] {subs};
    }

    private static Value first(Value[] r) {
        if (r.length == 0) {
            throw Errors.of("MATLAB:index:expected_one_output_from_expression",
                "Expected one output from a curly brace or dot indexing expression, but there were 0 results.");
        }
        return r[0];
    }

    private static String text(Value v) {
        if (v instanceof CharArray c) {
            return c.string();
        }
        if (v instanceof mjc.runtime.value.StringArray s && s.numel() == 1) {
            return s.get(0);
        }
        throw Errors.of("MATLAB:subsArgNotStruc", "Substruct type and '.' subscripts must be text.");
    }
}
