package mjc.runtime.object;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.Callable;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;

/** The methods every handle class inherits from {@code handle}: delete, isvalid and identity comparison. */
final class HandleMethods {
    static final List<String> NAMES = List.of("addlistener", "delete", "eq", "isvalid", "ne", "notify");

    private HandleMethods() {
    }

    static MethodInfo find(String name) {
        Callable impl = switch (name) {
            case "delete" -> HandleMethods::delete;
            case "isvalid" -> HandleMethods::isvalid;
            case "eq" -> (a, n) -> new Value[] {identical(a, true)};
            case "ne" -> (a, n) -> new Value[] {identical(a, false)};
            case "notify" -> HandleMethods::notify;
            case "addlistener" -> (a, n) -> new Value[] {addlistener(a)};
            default -> null;
        };
        return impl == null ? null : new MethodInfo(name, MetaClass.HANDLE, Access.PUBLIC, false, false, true, false, impl);
    }

    /** delete(h): runs the class's own delete method (its destructor), then every copy of h is invalid. */
    private static Value[] delete(Value[] args, int nargout) {
        if (args.length != 1) {
            throw Errors.tooManyInputs();
        }
        if (!(args[0] instanceof ObjectValue v)) {
            throw Errors.undefinedFunctionForType("delete", args[0].className());
        }
        for (int i = 0; i < v.numel(); i++) {
            MObject o = v.element(i);
            if (!o.isDeleted()) {
                o.markDeleted();
            }
        }
        return new Value[0];
    }

    /** notify(h, 'Event') or notify(h, 'Event', eventData). */
    static Value[] notify(Value[] args, int nargout) {
        if (args.length < 2 || args.length > 3) {
            throw args.length < 2 ? Errors.notEnoughInputs() : Errors.tooManyInputs();
        }
        Events.notify(args[0], name(args[1]), args.length == 3 ? args[2] : null);
        return new Value[0];
    }

    /** addlistener(h, 'Event', @cb) or addlistener(h, 'Prop', 'PostSet', @cb): the new listener. */
    static Value addlistener(Value[] args) {
        if (args.length == 3) {
            return Events.addListener(args[0], name(args[1]), args[2]);
        }
        if (args.length == 4) {
            return Events.addPropertyListener(args[0], name(args[1]), name(args[2]), args[3]);
        }
        throw args.length < 3 ? Errors.notEnoughInputs() : Errors.tooManyInputs();
    }

    private static String name(Value v) {
        if (v instanceof mjc.runtime.value.CharArray c) {
            return c.string();
        }
        if (v instanceof mjc.runtime.value.StringArray s && s.numel() == 1) {
            return s.get(0);
        }
        throw Errors.of("MATLAB:class:InvalidEventName", "An event or property name must be text.");
    }

    private static Value[] isvalid(Value[] args, int nargout) {
        if (args.length != 1) {
            throw args.length == 0 ? Errors.notEnoughInputs() : Errors.tooManyInputs();
        }
        if (!(args[0] instanceof ObjectValue v)) {
            throw Errors.undefinedFunctionForType("isvalid", args[0].className());
        }
        boolean[] r = new boolean[v.numel()];
        for (int i = 0; i < r.length; i++) {
            r[i] = !v.element(i).isDeleted();
        }
        return new Value[] {new LogicalArray(v.dims(), r)};
    }

    private static Value identical(Value[] args, boolean eq) {
        Value a = args[0];
        Value b = args[1];
        if (!(a instanceof ObjectValue x) || !(b instanceof ObjectValue y)) {
            return LogicalArray.of(!eq);
        }
        if (x.numel() == 1 || y.numel() == 1 || x.numel() == y.numel()) {
            int n = Math.max(x.numel(), y.numel());
            boolean[] r = new boolean[n];
            for (int i = 0; i < n; i++) {
                boolean same = x.element(x.numel() == 1 ? 0 : i) == y.element(y.numel() == 1 ? 0 : i);
                r[i] = same == eq;
            }
            return new LogicalArray(x.numel() >= y.numel() ? x.dims() : y.dims(), r);
        }
        throw Errors.sizeMismatch();
    }
}
