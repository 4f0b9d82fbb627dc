package mjc.stdlib.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import mjc.runtime.error.Errors;
import mjc.runtime.index.IndexableObject;
import mjc.runtime.index.PropertyAccess;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.NamedFunctionHandle;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;

/**
 * containers.Map: a handle object (copies share one map) from char or numeric keys to values,
 * keys kept sorted as MATLAB lists them.
 */
public final class MapObject extends Value implements IndexableObject, PropertyAccess {
    final boolean charKeys;
    final String keyType;
    final String valueType;
    final TreeMap<Object, Value> entries = new TreeMap<>();

    MapObject(String keyType, String valueType) {
        this.keyType = keyType;
        this.valueType = valueType;
        this.charKeys = keyType.equals("char") || keyType.equals("string");
        freeze();
    }

    Object key(Value k) {
        if (charKeys) {
            if (!Args.isText(k)) {
                throw Errors.of("MATLAB:Containers:TypeMismatch", "Specified key type does not match the type expected for this container.");
            }
            return Args.text(k, "containers.Map");
        }
        if (!(k instanceof ArrayValue a) || a.numel() != 1 || k instanceof CharArray) {
            throw Errors.of("MATLAB:Containers:TypeMismatch", "Specified key type does not match the type expected for this container.");
        }
        return a.re(0);
    }

    /** The entries in key order, keys as text (jsonencode writes a map as an object). */
    public java.util.Map<String, Value> textEntries() {
        java.util.LinkedHashMap<String, Value> out = new java.util.LinkedHashMap<>();
        for (var e : entries.entrySet()) {
            Object k = e.getKey();
            out.put(k instanceof String s ? s : mjc.runtime.text.NumberText.shortG((Double) k, 0,
                mjc.runtime.value.MClass.DOUBLE), e.getValue());
        }
        return out;
    }

    Value keyValue(Object k) {
        return k instanceof String s ? CharArray.of(s) : DoubleArray.scalar((Double) k);
    }

    Value get(Value k) {
        Value v = entries.get(key(k));
        if (v == null) {
            throw Errors.of("MATLAB:Containers:Map:NoKey", "The specified key is not present in this container.");
        }
        return v;
    }

    void put(Value k, Value v) {
        entries.put(key(k), v.share());
    }

    @Override
    public Value subsref(Value[] subs) {
        if (subs.length != 1) {
            throw Errors.of("MATLAB:Containers:Map:OnlyOneKey", "Only one key may be specified.");
        }
        return get(subs[0]);
    }

    @Override
    public Value subsasgn(Value[] subs, Value rhs) {
        if (subs.length != 1) {
            throw Errors.of("MATLAB:Containers:Map:OnlyOneKey", "Only one key may be specified.");
        }
        put(subs[0], rhs);
        return this;
    }

    CellArray keyCell() {
        List<Value> out = new ArrayList<>();
        for (Object k : entries.keySet()) {
            out.add(keyValue(k));
        }
        return CellArray.row(out.toArray(new Value[0]));
    }

    CellArray valueCell() {
        return CellArray.row(entries.values().toArray(new Value[0]));
    }

    @Override
    public Value property(String name) {
        switch (name) {
            case "Count":
                return DoubleArray.scalar(entries.size());
            case "KeyType":
                return CharArray.of(keyType);
            case "ValueType":
                return CharArray.of(valueType);
            case "keys":
                return keyCell();
            case "values":
                return valueCell();
            case "length":
                return DoubleArray.scalar(entries.size());
            case "isKey":
                return new NamedFunctionHandle("isKey", (args, n) -> new Value[] {Maps.isKey(this, args[0])});
            case "remove":
                return new NamedFunctionHandle("remove", (args, n) -> new Value[] {Maps.remove(this, args[0])});
            default:
                throw Errors.of("MATLAB:noSuchMethodOrField",
                    "Unrecognized method, property, or field '" + name + "' for class 'containers.Map'.");
        }
    }

    public String displayText(int indent) {
        String pad = " ".repeat(indent);
        return pad + "  containers.Map object with properties:\n\n" + pad + "    Count     : " + entries.size() + "\n"
            + pad + "    KeyType   : " + keyType + "\n" + pad + "    ValueType : " + valueType + "\n\n";
    }

    @Override
    public MClass mclass() {
        return MClass.OBJECT;
    }

    @Override
    public String className() {
        return "containers.Map";
    }

    @Override
    public int[] dims() {
        return Dims.SCALAR;
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        return this;
    }

    @Override
    public Value resized(int[] newDims) {
        throw Errors.unsupported("arrays of containers.Map objects");
    }

    @Override
    public Value copy() {
        return this;
    }

    @Override
    public Value emptyLike(int[] d) {
        throw Errors.unsupported("arrays of containers.Map objects");
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        throw Errors.unsupported("arrays of containers.Map objects");
    }

    @Override
    public Value reshaped(int[] newDims) {
        return this;
    }

    static boolean isText(Value v) {
        return v instanceof CharArray || v instanceof StringArray;
    }
}
