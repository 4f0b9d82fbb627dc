package mjc.runtime.index;

import mjc.runtime.value.Value;

/** Objects whose properties are read with dot syntax ({@code m.Count}, {@code t.State}). */
public interface PropertyAccess {
    Value property(String name);
}
