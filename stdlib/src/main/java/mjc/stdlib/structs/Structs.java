package mjc.stdlib.structs;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.index.Assign;
import mjc.runtime.index.Index;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Structs: struct, fieldnames, isfield, rmfield, getfield, setfield, orderfields. */
public final class Structs {
    private Structs() {
    }

    @Builtin("struct")
    public static Value[] struct(Value[] args, int nargout) {
        if (args.length == 0) {
            return new Value[] {StructArray.scalar()};
        }
        if (args.length % 2 != 0) {
            throw Errors.of("MATLAB:struct:InvalidArgs", "Field and value input arguments must come in pairs.");
        }
        int[] dims = Dims.SCALAR;
        for (int i = 1; i < args.length; i += 2) {
            if (args[i] instanceof CellArray c && c.numel() != 1) {
                if (dims != Dims.SCALAR && !Dims.same(dims, c.dims())) {
                    throw Errors.of("MATLAB:struct:FieldsMismatch", "Dimensions of field values must match.");
                }
                dims = c.dims();
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            String n = Args.text(args[i], "struct");
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        StructArray s = StructArray.empty(dims, names);
        int n = Dims.numel(dims);
        for (int i = 0; i < args.length; i += 2) {
            String name = Args.text(args[i], "struct");
            Value v = args[i + 1];
            for (int e = 0; e < n; e++) {
                Value ev;
                if (v instanceof CellArray c) {
                    ev = c.numel() == 1 ? c.get(0) : c.get(e);
                } else {
                    ev = v;
                }
                s.set(e, name, ev);
            }
        }
        return new Value[] {s};
    }

    private static StructArray struct(Value v, String fn) {
        if (v instanceof StructArray s) {
            return s;
        }
        throw Errors.of("MATLAB:" + fn + ":InvalidInput", "Input must be a structure.");
    }

    @Builtin("fieldnames")
    public static Value fieldnames(Value v) {
        if (v instanceof mjc.runtime.error.MException) {
            return cellColumn(List.of("identifier", "message", "stack", "cause"));
        }
        if (v instanceof mjc.runtime.object.ObjectValue o) {
            return cellColumn(o.metaClass().publicProperties());
        }
        return cellColumn(struct(v, "fieldnames").fieldNames());
    }

    public static Value cellColumn(List<String> names) {
        Value[] out = new Value[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = CharArray.of(names.get(i));
        }
        return new CellArray(out.length == 0 ? new int[] {0, 1} : Dims.col(out.length), out);
    }

    @Builtin("isfield")
    public static Value isfield(Value v, Value names) {
        if (!(v instanceof StructArray s)) {
            if (names instanceof CellArray c) {
                return new LogicalArray(c.dims(), new boolean[c.numel()]);
            }
            return LogicalArray.of(false);
        }
        if (names instanceof CellArray c) {
            boolean[] r = new boolean[c.numel()];
            for (int i = 0; i < r.length; i++) {
                Value e = c.get(i);
                r[i] = e instanceof CharArray ch && s.hasField(ch.string());
            }
            return new LogicalArray(c.dims(), r);
        }
        return LogicalArray.of(Args.isText(names) && s.hasField(Args.text(names, "isfield")));
    }

    @Builtin("rmfield")
    public static Value rmfield(Value v, Value names) {
        StructArray s = (StructArray) struct(v, "rmfield").copy();
        for (String n : Args.texts(names, "rmfield")) {
            if (!s.hasField(n)) {
                throw Errors.of("MATLAB:rmfield:InvalidFieldname",
                    "A field named '" + n + "' doesn't exist.");
            }
            s.removeField(n);
        }
        return s;
    }

    @Builtin("getfield")
    public static Value[] getfield(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        Value cur = args[0];
        for (int i = 1; i < args.length; i++) {
            if (args[i] instanceof CellArray c) {
                Value[] subs = new Value[c.numel()];
                for (int k = 0; k < subs.length; k++) {
                    subs[k] = c.get(k);
                }
                cur = Index.paren(cur, subs);
            } else {
                cur = Index.fieldOne(cur, Args.text(args[i], "getfield"));
            }
        }
        return new Value[] {cur};
    }

    @Builtin("setfield")
    public static Value[] setfield(Value[] args, int nargout) {
        Args.count(args, 3, Integer.MAX_VALUE);
        if (args.length == 3) {
            return new Value[] {Assign.field(args[0].copy(), Args.text(args[1], "setfield"), args[2])};
        }
        // nested: setfield(s, 'a', 'b', v)
        String f = Args.text(args[1], "setfield");
        Value inner = Assign.fieldForUpdate(args[0], f);
        Value[] rest = new Value[args.length - 1];
        rest[0] = inner == null ? StructArray.scalar() : inner;
        System.arraycopy(args, 2, rest, 1, args.length - 2);
        Value updated = setfield(rest, 1)[0];
        return new Value[] {Assign.field(args[0].copy(), f, updated)};
    }

    @Builtin("orderfields")
    public static Value[] orderfields(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        StructArray s = (StructArray) struct(args[0], "orderfields").copy();
        List<String> names = new ArrayList<>(s.fieldNames());
        List<String> order;
        if (args.length == 1) {
            order = new ArrayList<>(names);
            order.sort(null);
        } else if (args[1] instanceof StructArray t) {
            order = new ArrayList<>(t.fieldNames());
        } else if (args[1] instanceof CellArray) {
            order = List.of(Args.texts(args[1], "orderfields"));
        } else {
            mjc.runtime.value.ArrayValue p = Args.array(args[1], "orderfields");
            order = new ArrayList<>();
            for (int i = 0; i < p.numel(); i++) {
                order.add(names.get((int) p.re(i) - 1));
            }
        }
        double[] perm = new double[order.size()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = names.indexOf(order.get(i)) + 1;
        }
        s.reorder(order);
        return new Value[] {s, mjc.runtime.value.DoubleArray.column(perm)};
    }

    @Builtin("numfields")
    public static Value numfields(Value v) {
        return mjc.runtime.value.DoubleArray.scalar(struct(v, "numfields").fieldNames().size());
    }
}
