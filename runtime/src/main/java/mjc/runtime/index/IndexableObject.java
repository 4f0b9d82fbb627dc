package mjc.runtime.index;

import mjc.runtime.value.Value;

/**
 * Objects that define their own {@code obj(subs)} and {@code obj(subs) = v} (containers.Map).
 * A handle object updates itself and returns itself from {@link #subsasgn}.
 */
public interface IndexableObject {
    Value subsref(Value[] subs);

    Value subsasgn(Value[] subs, Value rhs);
}
