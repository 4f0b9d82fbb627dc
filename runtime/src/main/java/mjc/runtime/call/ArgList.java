package mjc.runtime.call;

import java.util.Arrays;
import mjc.runtime.value.Value;

/** Builds an argument list (or matrix row) in which comma-separated lists expand in place. */
public final class ArgList {
    private Value[] items = new Value[8];
    private int size;

    public ArgList add(Value v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
        return this;
    }

    public ArgList addAll(Value[] vs) {
        for (Value v : vs) {
            add(v);
        }
        return this;
    }

    public Value[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
