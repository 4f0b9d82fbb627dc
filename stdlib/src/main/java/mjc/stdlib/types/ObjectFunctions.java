package mjc.stdlib.types;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.object.MetaClass;
import mjc.runtime.object.ObjectValue;
import mjc.runtime.session.Session;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Questions about classdef objects and classes: isprop, ismethod, properties, methods, isvalid. */
public final class ObjectFunctions {
    private ObjectFunctions() {
    }

    /** The class an argument names: an object's class, or a class named by text (null when none is known). */
    private static MetaClass classOf(Value v) {
        if (v instanceof ObjectValue o) {
            return o.metaClass();
        }
        if (v instanceof CharArray || v instanceof StringArray) {
            return MetaClass.forName(Args.text(v, "class"));
        }
        return null;
    }

    @Builtin("isprop")
    public static Value isprop(Value obj, Value name) {
        MetaClass c = obj instanceof ObjectValue o ? o.metaClass() : null;
        String n = Args.text(name, "isprop");
        return LogicalArray.of(c != null && c.property(n) != null && c.property(n).isPublic());
    }

    @Builtin("ismethod")
    public static Value ismethod(Value obj, Value name) {
        MetaClass c = obj instanceof ObjectValue o ? o.metaClass() : null;
        return LogicalArray.of(c != null && c.publicMethods().contains(Args.text(name, "ismethod")));
    }

    @Builtin("properties")
    public static Value[] properties(Value[] args, int nargout) {
        return listing(args, nargout, "properties", "Properties", true);
    }

    @Builtin("methods")
    public static Value[] methods(Value[] args, int nargout) {
        return listing(args, nargout, "methods", "Methods", false);
    }

    /** properties(x)/methods(x): a cell column of names, or printed as MATLAB prints it when no output is asked for. */
    private static Value[] listing(Value[] args, int nargout, String fn, String title, boolean props) {
        if (args.length != 1) {
            throw args.length == 0 ? Errors.notEnoughInputs() : Errors.tooManyInputs();
        }
        MetaClass c = classOf(args[0]);
        if (c == null) {
            String what = args[0] instanceof CharArray || args[0] instanceof StringArray
                ? Args.text(args[0], fn) : args[0].className();
            if (nargout == 0) {
                Session.current().out().print("No " + fn + " for class " + what + ".\n\n");
                return new Value[0];
            }
            return new Value[] {mjc.stdlib.structs.Structs.cellColumn(List.of())};
        }
        List<String> names = props ? c.publicProperties() : c.publicMethods();
        if (nargout == 0) {
            StringBuilder sb = new StringBuilder("\n" + title + " for class " + c.name + ":\n\n");
            for (String n : names) {
                sb.append("    ").append(n).append('\n');
            }
            Session.current().out().print(sb.append('\n'));
            return new Value[0];
        }
        return new Value[] {mjc.stdlib.structs.Structs.cellColumn(names)};
    }

    @Builtin("isvalid")
    public static Value isvalid(Value obj) {
        if (!(obj instanceof ObjectValue o) || !o.metaClass().handle) {
            throw Errors.undefinedFunctionForType("isvalid", obj.className());
        }
        boolean[] r = new boolean[o.numel()];
        for (int i = 0; i < r.length; i++) {
            r[i] = !o.element(i).isDeleted();
        }
        return new LogicalArray(o.dims(), r);
    }

    @Builtin("isenum")
    public static Value isenum(Value v) {
        return LogicalArray.of(v instanceof ObjectValue o && o.metaClass().isEnumeration());
    }

    /** enumeration(obj) or enumeration('Name'): the members as a column, and their names; printed with no output. */
    @Builtin("enumeration")
    public static Value[] enumeration(Value[] args, int nargout) {
        if (args.length != 1) {
            throw args.length == 0 ? Errors.notEnoughInputs() : Errors.tooManyInputs();
        }
        MetaClass c = classOf(args[0]);
        List<String> names = c == null ? List.of() : c.enumerationNames();
        if (nargout == 0) {
            String what = c != null ? c.name : args[0] instanceof CharArray || args[0] instanceof StringArray
                ? Args.text(args[0], "enumeration") : args[0].className();
            if (names.isEmpty()) {
                Session.current().out().print("No enumeration members for class " + what + ".\n\n");
                return new Value[0];
            }
            StringBuilder sb = new StringBuilder("Enumeration members for class '" + c.name + "':\n\n");
            for (String n : names) {
                sb.append("    ").append(n).append('\n');
            }
            Session.current().out().print(sb.append('\n'));
            return new Value[0];
        }
        Value members = c == null || names.isEmpty() ? mjc.runtime.value.DoubleArray.zeros(new int[] {0, 1})
            : mjc.runtime.object.ObjectArray.of(c, mjc.runtime.value.Dims.col(names.size()), c.enumerationMembers().clone())
                .normalized();
        return new Value[] {members, mjc.stdlib.structs.Structs.cellColumn(names)};
    }

    @Builtin("addlistener")
    public static Value[] addlistener(Value[] args, int nargout) {
        if (args.length == 3) {
            return new Value[] {mjc.runtime.object.Events.addListener(args[0], Args.text(args[1], "addlistener"),
                args[2])};
        }
        if (args.length == 4) {
            return new Value[] {mjc.runtime.object.Events.addPropertyListener(args[0], Args.text(args[1], "addlistener"),
                Args.text(args[2], "addlistener"), args[3])};
        }
        throw args.length < 3 ? Errors.notEnoughInputs() : Errors.tooManyInputs();
    }

    /** listener(src, ...): like addlistener (mjc keeps every listener until it is deleted). */
    @Builtin("listener")
    public static Value[] listener(Value[] args, int nargout) {
        return addlistener(args, nargout);
    }

    @Builtin("notify")
    public static Value[] notify(Value[] args, int nargout) {
        if (args.length < 2 || args.length > 3) {
            throw args.length < 2 ? Errors.notEnoughInputs() : Errors.tooManyInputs();
        }
        mjc.runtime.object.Events.notify(args[0], Args.text(args[1], "notify"), args.length == 3 ? args[2] : null);
        return new Value[0];
    }

    /** metaclass(obj): the meta.class describing the object's class (a built-in class: its name only). */
    @Builtin("metaclass")
    public static Value metaclass(Value v) {
        if (v instanceof ObjectValue o) {
            return mjc.runtime.object.MetaObjects.of(o.metaClass());
        }
        return mjc.runtime.object.MetaObjects.ofBuiltin(v.className());
    }

    /** ?Name for a name that is not a class of the program: a built-in class, or MATLAB's error. */
    @Builtin("mjc_metaclass_named")
    public static Value metaclassNamed(Value name) {
        String n = Args.text(name, "metaclass");
        MetaClass c = MetaClass.forName(n);
        if (c != null) {
            return mjc.runtime.object.MetaObjects.of(c);
        }
        if (mjc.runtime.value.MClass.fromName(n) != null) {
            return mjc.runtime.object.MetaObjects.ofBuiltin(n);
        }
        throw Errors.of("MATLAB:class:InvalidClass", "'" + n + "' is not a class.");
    }
}
