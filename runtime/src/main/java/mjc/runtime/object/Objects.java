package mjc.runtime.object;

import mjc.runtime.call.Calls;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MatlabError;
import mjc.runtime.value.Value;

/**
 * What compiled code calls for objects: property reads and writes with MATLAB's access rules,
 * get/set methods and validation; {@code obj.name(args)}; and dispatch of function calls and
 * operators to the methods of an argument's class. {@code ctx} is the class whose method is
 * running (null outside classes); {@code direct} is set inside a property's own get/set method,
 * where MATLAB reads and writes the stored value without calling the method again.
 */
public final class Objects {
    private Objects() {
    }

    // ------------------------------------------------------------------ obj.name

    public static Value get(Value base, String name, MetaClass ctx) {
        return getOne(base, name, ctx, false);
    }

    public static Value getDirect(Value base, String name, MetaClass ctx) {
        return getOne(base, name, ctx, true);
    }

    private static Value getOne(Value base, String name, MetaClass ctx, boolean direct) {
        if (IndexingOverloads.overloadsRef(base)) {
            return one(IndexingOverloads.subsrefField(base, name, 1), "subsref");
        }
        if (base instanceof MObject o) {
            return read(o, name, ctx, direct);
        }
        if (base instanceof ObjectArray a) {
            Value[] all = list(a, name, ctx, direct);
            if (all.length == 1) {
                return all[0];
            }
            if (all.length == 0) {
                throw Errors.of("MATLAB:index:expected_one_output_from_expression",
                    "Expected one output from a curly brace or dot indexing expression, but there were 0 results.");
            }
            throw Errors.of("MATLAB:index:expected_one_output_from_expression",
                "Expected one output from a curly brace or dot indexing expression, but there were " + all.length
                    + " results.");
        }
        return mjc.runtime.index.Index.fieldOne(base, name);
    }

    /** {@code obj.name} as a comma-separated list (one value per element of an object array). */
    public static Value[] getList(Value base, String name, MetaClass ctx) {
        if (IndexingOverloads.overloadsRef(base)) {
            return IndexingOverloads.subsrefField(base, name, 1);
        }
        if (base instanceof ObjectValue o) {
            return list(o, name, ctx, false);
        }
        return mjc.runtime.index.Index.field(base, name);
    }

    private static Value[] list(ObjectValue a, String name, MetaClass ctx, boolean direct) {
        int n = a.numel();
        Value[] out = new Value[n];
        for (int i = 0; i < n; i++) {
            out[i] = read(a.element(i), name, ctx, direct);
        }
        return out;
    }

    static Value read(MObject o, String name, MetaClass ctx, boolean direct) {
        MetaClass cls = o.metaClass();
        Property p = cls.property(name);
        if (p == null) {
            MethodInfo m = cls.findMethod(name);
            if (m != null) {
                Value[] r = callMethod(m, o, new Value[] {o}, 1, ctx, cls);
                if (r.length == 0 || r[0] == null) {
                    throw Errors.tooManyOutputs();
                }
                return r[0];
            }
            throw noSuchMember(name, cls);
        }
        if (!p.getAccess.allows(p.definer, ctx)) {
            throw getProhibited(p, cls);
        }
        if (p.constant) {
            return cls.constant(p);
        }
        o.live();
        if (p.getter != null && !direct) {
            Value[] r = p.getter.call(new Value[] {o}, 1);
            if (r.length == 0 || r[0] == null) {
                throw Errors.of("MATLAB:class:GetMethodOutput", "The get method of property '" + name
                    + "' of class '" + cls.name + "' did not return a value.");
            }
            return r[0];
        }
        if (p.dependent) {
            throw Errors.of("MATLAB:class:NoGetMethod", "Unable to get the value of the Dependent property '" + name
                + "' of class '" + cls.name + "': the class defines no get." + name + " method.");
        }
        return o.slot(p.slot);
    }

    /** The current {@code obj.name} before a nested update ({@code obj.name(3) = v}), or null. */
    public static Value getForUpdate(Value base, String name, MetaClass ctx) {
        if (IndexingOverloads.overloadsRef(base)) {
            return one(IndexingOverloads.subsrefField(base, name, 1), "subsref").share();
        }
        if (base instanceof MObject o) {
            Value v = read(o, name, ctx, false);
            Property p = o.metaClass().property(name);
            // a shared object's values, or a get method's result, must not be updated in place
            if (v != null && (o.isShared() || p != null && p.getter != null)) {
                v.share();
            }
            return v;
        }
        if (base instanceof ObjectArray) {
            return getOne(base, name, ctx, false);
        }
        return mjc.runtime.index.Assign.fieldForUpdate(base, name);
    }

    // ---- the forms compiled methods call: ctx is their class, accessorOf the property whose get/set method runs (or null)

    public static Value get(Value base, String name, MetaClass ctx, String accessorOf) {
        return getOne(base, name, ctx, name.equals(accessorOf));
    }

    public static Value[] getList(Value base, String name, MetaClass ctx, String accessorOf) {
        if (IndexingOverloads.overloadsRef(base)) {
            return IndexingOverloads.subsrefField(base, name, 1);
        }
        if (base instanceof ObjectValue o) {
            return list(o, name, ctx, name.equals(accessorOf));
        }
        return mjc.runtime.index.Index.field(base, name);
    }

    public static Value set(Value base, String name, Value rhs, MetaClass ctx, String accessorOf) {
        return write(base, name, rhs, ctx, name.equals(accessorOf));
    }

    public static Value getForUpdate(Value base, String name, MetaClass ctx, String accessorOf) {
        if (IndexingOverloads.overloadsRef(base)) {
            return one(IndexingOverloads.subsrefField(base, name, 1), "subsref").share();
        }
        if (base instanceof MObject o && name.equals(accessorOf)) {
            Value v = read(o, name, ctx, true);
            if (v != null && o.isShared()) {
                v.share();
            }
            return v;
        }
        return getForUpdate(base, name, ctx);
    }

    // ------------------------------------------------------------------ obj.name = v

    public static Value set(Value base, String name, Value rhs, MetaClass ctx) {
        return write(base, name, rhs, ctx, false);
    }

    public static Value setDirect(Value base, String name, Value rhs, MetaClass ctx) {
        return write(base, name, rhs, ctx, true);
    }

    private static Value write(Value base, String name, Value rhs, MetaClass ctx, boolean direct) {
        if (IndexingOverloads.overloadsAsgn(base)) {
            return IndexingOverloads.subsasgn(base, ".", mjc.runtime.value.CharArray.of(name), rhs);
        }
        if (base instanceof MObject o) {
            return assign(o, name, rhs, ctx, direct);
        }
        if (base instanceof ObjectArray a) {
            if (a.numel() != 1) {
                throw Errors.of("MATLAB:index:expected_one_output_from_expression",
                    "Expected one output from a curly brace or dot indexing expression, but there were "
                        + a.numel() + " results.");
            }
            return assign(a.element(0), name, rhs, ctx, direct);
        }
        return mjc.runtime.index.Assign.field(base, name, rhs);
    }

    static MObject assign(MObject o, String name, Value rhs, MetaClass ctx, boolean direct) {
        MetaClass cls = o.metaClass();
        Property p = cls.property(name);
        if (p == null) {
            throw Errors.of("MATLAB:noPublicFieldForClass", "Unrecognized property '" + name + "' for class '"
                + cls.name + "'.");
        }
        if (p.constant || !p.setAccess.allows(p.definer, ctx)) {
            throw Errors.of("MATLAB:class:SetProhibited", "Unable to set the '" + name + "' property of class '"
                + cls.name + "' because it is read-only.");
        }
        o.live();
        boolean observed = p.observable && o.isHandle() && o.hasListeners();
        if (observed) {
            Events.propertySet(o, p, false);
        }
        MObject out = store(o, p, rhs, name, cls, direct);
        if (observed) {
            Events.propertySet(o, p, true);
        }
        return out;
    }

    private static MObject store(MObject o, Property p, Value rhs, String name, MetaClass cls, boolean direct) {
        if (p.validator != null) {
            try {
                Value[] r = p.validator.call(new Value[] {rhs}, 1);
                rhs = r[0];
            } catch (MatlabError e) {
                throw MetaClass.settingFailed(p, cls, e);
            }
        }
        if (p.setter != null && !direct) {
            Value[] r = p.setter.call(new Value[] {o, rhs}, o.isHandle() ? 0 : 1);
            if (o.isHandle()) {
                return o;
            }
            if (r.length == 0 || !(r[0] instanceof MObject out)) {
                throw Errors.of("MATLAB:class:SetMethodOutput", "The set method of property '" + name
                    + "' of value class '" + cls.name + "' must return the modified object.");
            }
            return out;
        }
        if (p.dependent) {
            throw Errors.of("MATLAB:class:NoSetMethod", "Unable to set the '" + name + "' property of class '"
                + cls.name + "' because it is Dependent and the class defines no set." + name + " method.");
        }
        MObject out = !o.isHandle() && o.isShared() ? (MObject) o.copy() : o;
        Value old = out.slot(p.slot);
        if (old != rhs) {
            out.setSlot(p.slot, rhs.share());
        }
        return out;
    }

    // ------------------------------------------------------------------ obj.name(args)

    /** {@code base.name(args)}: a method call when base is an object whose class has that method, else indexing of the field. */
    public static Value[] dot(Value base, String name, Value[] args, int nargout, MetaClass ctx) {
        if (IndexingOverloads.overloadsRef(base)) {
            return IndexingOverloads.subsrefDot(base, name, args, nargout);
        }
        if (base instanceof ObjectValue ov && ov.metaClass().property(name) == null) {
            MetaClass cls = ov.metaClass();
            MethodInfo m = cls.findMethod(name);
            if (m == null) {
                throw noSuchMember(name, cls);
            }
            if (m.isStatic) {
                return callMethod(m, null, args, nargout, ctx, cls);
            }
            Value[] full = new Value[args.length + 1];
            full[0] = base;
            System.arraycopy(args, 0, full, 1, args.length);
            return callMethod(m, base, full, nargout, ctx, cls);
        }
        Value field = getOne(base, name, ctx, false);
        return Calls.apply(field, args, nargout);
    }

    private static Value[] callMethod(MethodInfo m, Value self, Value[] args, int nargout, MetaClass ctx,
                                      MetaClass cls) {
        checkMethodAccess(m, ctx, cls);
        if (self instanceof MObject o && !m.isStatic && o.isHandle() && !m.name.equals("isvalid")
            && !m.name.equals("delete")) {
            o.live();
        }
        if (m.isAbstract || m.impl == null) {
            throw Errors.of("MATLAB:class:abstract", "The method '" + m.name + "' of class '" + m.definer.name
                + "' is abstract and has no implementation.");
        }
        Value[] r = m.impl.call(args, nargout);
        if (m.name.equals("delete") && m.definer != MetaClass.HANDLE && self instanceof ObjectValue v && v.metaClass().handle) {
            for (int i = 0; i < v.numel(); i++) {
                v.element(i).markDeleted(); // a user's destructor ran: every copy of the handle is now invalid
            }
        }
        return r;
    }

    static void checkMethodAccess(MethodInfo m, MetaClass ctx, MetaClass cls) {
        if (!m.access.allows(m.definer, ctx)) {
            throw Errors.of("MATLAB:class:MethodRestricted", "Cannot access method '" + m.name + "' in class '"
                + cls.name + "'.");
        }
    }

    /** {@code method@Base(obj, args)}: Base's own method, whatever a subclass defines. */
    public static Value[] superMethod(MetaClass base, String name, Value[] args, int nargout, MetaClass ctx) {
        MethodInfo m = base.findMethod(name);
        if (m == null) {
            throw noSuchMember(name, base);
        }
        return callMethod(m, args.length > 0 ? args[0] : null, args, nargout, ctx, base);
    }

    // ------------------------------------------------------------------ f(args) and operators

    /**
     * {@code name(args)} where name is a method of some class of the program: the method of the
     * dominant object argument's class (the leftmost object) when it has one, else null (the
     * caller then calls the function or builtin of that name).
     */
    public static Value[] dispatch(String name, Value[] args, int nargout, MetaClass ctx) {
        for (Value a : args) {
            if (a instanceof ObjectValue o) {
                MetaClass cls = o.metaClass();
                MethodInfo m = cls.findMethod(name);
                if (m == null || m.isStatic || !m.access.allows(m.definer, ctx)) {
                    return null;
                }
                return callMethod(m, a, args, nargout, ctx, cls);
            }
        }
        return null;
    }

    /** Whether the value's class (an object) has a callable method of that name. */
    public static boolean metaMethod(Value v, String name) {
        if (!(v instanceof ObjectValue o)) {
            return false;
        }
        MethodInfo m = o.metaClass().findMethod(name);
        return m != null && !m.isStatic && m.access == Access.PUBLIC;
    }

    public static Value[] dispatch(String name, Value[] args, int nargout) {
        return dispatch(name, args, nargout, null);
    }

    /** A binary operator with an object operand: the class's method (plus, eq, mtimes, ...) or MATLAB's error. */
    public static Value binary(String method, Value a, Value b) {
        Value[] r = dispatch(method, new Value[] {a, b}, 1, null);
        if (r == null) {
            Value inherited = InheritedOperators.binary(method, a, b);
            if (inherited != null) {
                return inherited;
            }
            throw Errors.undefinedFunctionForType(method, (a instanceof ObjectValue ? a : b).className());
        }
        return one(r, method);
    }

    public static Value unary(String method, Value a) {
        Value[] r = dispatch(method, new Value[] {a}, 1, null);
        if (r == null) {
            Value inherited = InheritedOperators.unary(method, a);
            if (inherited != null) {
                return inherited;
            }
            throw Errors.undefinedFunctionForType(method, a.className());
        }
        return one(r, method);
    }

    private static Value one(Value[] r, String method) {
        if (r.length == 0 || r[0] == null) {
            throw Errors.of("MATLAB:TooManyOutputs", "Too many output arguments: the method '" + method
                + "' returns nothing.");
        }
        return r[0];
    }

    /** The built-in value(s) of an instance of a class derived from a built-in class ({@code < int32}), else null. */
    public static Value builtinValueOf(Value v) {
        return v instanceof ObjectValue o && o.metaClass().builtinBase != null ? InheritedOperators.builtinOf(v) : null;
    }

    public static boolean isObject(Value a, Value b) {
        return a instanceof ObjectValue || b instanceof ObjectValue;
    }

    // ------------------------------------------------------------------ errors and helpers

    static MatlabError noSuchMember(String name, MetaClass cls) {
        return Errors.of("MATLAB:noSuchMethodOrField", "Unrecognized method, property, or field '" + name
            + "' for class '" + cls.name + "'.");
    }

    static MatlabError getProhibited(Property p, MetaClass cls) {
        return Errors.of("MATLAB:class:GetProhibited", "Unable to get the '" + p.name + "' property of class '"
            + cls.name + "' because it is not public.");
    }

    /** The shape {@code Name.empty(args)} asks for: 0x0 by default; some dimension must be 0. */
    static int[] emptyDims(Value[] args) {
        for (Value a : args) {
            if (!(a instanceof mjc.runtime.value.ArrayValue) || !a.mclass().numeric || a.isComplex()) {
                throw Errors.of("MATLAB:class:emptyDimensions", "Dimensions of an empty array must be real numbers.");
            }
        }
        if (args.length == 0) {
            return new int[] {0, 0};
        }
        int[] d;
        if (args.length == 1) {
            Value v = args[0];
            int n = v.numel();
            d = new int[Math.max(2, n)];
            for (int i = 0; i < n; i++) {
                d[i] = (int) ((mjc.runtime.value.ArrayValue) v).re(i);
            }
            if (n == 1) {
                d[1] = d[0];
            }
        } else {
            d = new int[args.length];
            for (int i = 0; i < args.length; i++) {
                d[i] = (int) ((mjc.runtime.value.ArrayValue) args[i]).re(0);
            }
        }
        boolean zero = false;
        for (int x : d) {
            zero |= x == 0;
        }
        if (!zero) {
            throw Errors.of("MATLAB:class:emptyMustBeZero", "At least one dimension must be zero.");
        }
        return d;
    }
}
