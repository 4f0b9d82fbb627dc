package mjc.stdlib.maps;

import mjc.runtime.error.Errors;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** containers.Map and the functions on it: keys, values, isKey, remove. */
public final class Maps {
    private Maps() {
    }

    @Builtin("containers.Map")
    public static Value[] create(Value[] args, int nargout) {
        String keyType = "char";
        String valueType = "any";
        int i = 0;
        Value keys = null;
        Value vals = null;
        if (args.length >= 2 && !(Args.isText(args[0]) && isOption(Args.text(args[0], "containers.Map")))) {
            keys = args[0];
            vals = args[1];
            i = 2;
        }
        for (; i + 1 < args.length; i += 2) {
            String opt = Args.text(args[i], "containers.Map");
            if (opt.equalsIgnoreCase("KeyType")) {
                keyType = Args.text(args[i + 1], "containers.Map");
            } else if (opt.equalsIgnoreCase("ValueType")) {
                valueType = Args.text(args[i + 1], "containers.Map");
            } else if (!opt.equalsIgnoreCase("UniformValues")) {
                throw Errors.of("MATLAB:Containers:Map:BadOption", "Unknown option '" + opt + "'.");
            }
        }
        if (keys != null && !(keys instanceof CellArray) && !Args.isText(keys)) {
            keyType = "double";
        } else if (keys instanceof CellArray c && c.numel() > 0 && !Args.isText(c.get(0))) {
            keyType = "double";
        }
        MapObject m = new MapObject(keyType, valueType);
        if (keys != null) {
            if (keys instanceof CellArray kc) {
                if (!(vals instanceof CellArray vc) || vc.numel() != kc.numel()) {
                    if (kc.numel() == 1) {
                        m.put(kc.get(0), vals);
                        return new Value[] {m};
                    }
                    throw Errors.of("MATLAB:Containers:Map:KeyValueMismatch",
                        "The number of keys and values must be the same.");
                }
                for (int k = 0; k < kc.numel(); k++) {
                    m.put(kc.get(k), vc.get(k));
                }
            } else if (Args.isText(keys)) {
                m.put(keys, vals);
            } else {
                mjc.runtime.value.ArrayValue a = Args.array(keys, "containers.Map");
                for (int k = 0; k < a.numel(); k++) {
                    Value v = vals instanceof CellArray vc ? vc.get(k) : vals;
                    m.put(a.gather(new int[] {k}, mjc.runtime.value.Dims.SCALAR), v);
                }
            }
        }
        return new Value[] {m};
    }

    private static boolean isOption(String s) {
        return s.equalsIgnoreCase("KeyType") || s.equalsIgnoreCase("ValueType") || s.equalsIgnoreCase("UniformValues");
    }

    private static MapObject map(Value v, String fn) {
        if (v instanceof MapObject m) {
            return m;
        }
        throw Errors.undefinedFunctionForType(fn, v.className());
    }

    @Builtin("keys")
    public static Value keys(Value m) {
        return map(m, "keys").keyCell();
    }

    @Builtin("values")
    public static Value[] values(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        MapObject m = map(args[0], "values");
        if (args.length == 1) {
            return new Value[] {m.valueCell()};
        }
        CellArray ks = (CellArray) args[1];
        Value[] out = new Value[ks.numel()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.get(ks.get(i)).share();
        }
        return new Value[] {new CellArray(ks.dims(), out)};
    }

    @Builtin("isKey")
    public static Value isKey(Value m, Value k) {
        MapObject map = map(m, "isKey");
        if (k instanceof CellArray c) {
            boolean[] r = new boolean[c.numel()];
            for (int i = 0; i < r.length; i++) {
                r[i] = map.entries.containsKey(map.key(c.get(i)));
            }
            return new LogicalArray(c.dims(), r);
        }
        return LogicalArray.of(map.entries.containsKey(map.key(k)));
    }

    @Builtin("remove")
    public static Value remove(Value m, Value k) {
        MapObject map = map(m, "remove");
        Value[] ks = k instanceof CellArray c ? c.data() : new Value[] {k};
        for (Value key : ks) {
            if (map.entries.remove(map.key(key)) == null) {
                throw Errors.of("MATLAB:Containers:Map:NoKey", "The specified key is not present in this container.");
            }
        }
        return map;
    }

    @Builtin("isobject")
    public static Value isobject(Value v) {
        return LogicalArray.of(v instanceof MapObject || v instanceof mjc.runtime.object.ObjectValue);
    }
}
