package mjc.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mjc.runtime.error.Errors;
import mjc.runtime.value.Callable;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;

/**
 * A classdef class at run time: its name, superclasses, properties (with the slot each has in
 * this class's instances), methods, constructor and property defaults. The generated JVM class
 * of a MATLAB class builds its MetaClass once, in its static initializer, from a compact text
 * description written by the compiler ({@link #define}).
 */
public final class MetaClass {
    private static final Map<String, MetaClass> BY_NAME = new ConcurrentHashMap<>();
    private static final Value[] NO_ARGS = new Value[0];

    /** The built-in base of reference classes. */
    public static final MetaClass HANDLE = new MetaClass("handle", new MetaClass[0], true);

    public final String name;
    final MetaClass[] supers;
    public final boolean handle;
    boolean isAbstract;
    boolean sealed;
    boolean hidden;
    private MObject prototype;
    /** Every property, in the order the compiler lists them: inherited ones first, then this class's own. */
    final LinkedHashMap<String, Property> properties = new LinkedHashMap<>();
    final LinkedHashMap<String, MethodInfo> ownMethods = new LinkedHashMap<>();
    private final Map<String, MethodInfo> methodCache = new ConcurrentHashMap<>();
    private final List<String> ownDefaulted = new ArrayList<>();
    private final List<String> ownConstants = new ArrayList<>();
    private Callable constructor;
    /** Superclasses whose constructor the constructor does not call itself: called with no arguments first. */
    private final List<MetaClass> implicitSupers = new ArrayList<>();
    private Callable defaults;
    private Callable constants;
    private volatile Value[] defaultValues;
    private volatile Map<String, Value> constantValues;
    private volatile MObject defaultObject;
    /** The built-in class this one derives from ({@code classdef Level < int32}), or null. */
    mjc.runtime.value.MClass builtinBase;
    /** Events this class declares (its superclasses' are inherited). */
    private final List<String> events = new ArrayList<>();

    public List<String> eventNames() {
        return List.copyOf(events);
    }

    public boolean hasEvent(String event) {
        if (events.contains(event)) {
            return true;
        }
        for (MetaClass s : supers) {
            if (s.hasEvent(event)) {
                return true;
            }
        }
        return false;
    }

    /** Enumeration members in declaration order (empty for other classes), made on first use. */
    private final List<String> enumNames = new ArrayList<>();
    private Callable enumArgs;
    private volatile MObject[] enumMembers;

    private MetaClass(String name, MetaClass[] supers, boolean handle) {
        this.name = name;
        this.supers = supers;
        this.handle = handle;
    }

    /** The class of that name, if a compiled program defined it (or "handle"). */
    public static MetaClass forName(String name) {
        return "handle".equals(name) ? HANDLE : BY_NAME.get(name);
    }

    /**
     * Builds a class from the compiler's description: tab-separated lines
     * {@code class NAME FLAGS}, {@code ctor FN EXPLICIT-SUPERS}, {@code defaults FN}, {@code constants FN},
     * {@code prop NAME SLOT DEFINER GET SET FLAGS GETTER SETTER VALIDATOR} and
     * {@code method NAME FN ACCESS FLAGS}, where FN indexes fns (-1: none) and FLAGS is a comma list.
     */
    public static MetaClass define(String spec, MObject prototype, MetaClass[] supers, Callable[] fns) {
        String[] lines = spec.split("\n");
        String[] head = lines[0].split("\t", -1);
        boolean handle = false;
        for (MetaClass s : supers) {
            handle |= s.handle;
        }
        MetaClass c = new MetaClass(head[1], supers, handle);
        List<String> flags = List.of(head[2].split(","));
        c.isAbstract = flags.contains("abstract");
        c.sealed = flags.contains("sealed");
        c.hidden = flags.contains("hidden");
        c.prototype = prototype;
        List<String> explicit = List.of();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            switch (f[0]) {
                case "ctor" -> {
                    c.constructor = fn(fns, f[1]);
                    explicit = f[2].isEmpty() ? List.of() : List.of(f[2].split(","));
                }
                case "defaults" -> c.defaults = fn(fns, f[1]);
                case "constants" -> c.constants = fn(fns, f[1]);
                case "prop" -> c.addProperty(f, fns);
                case "events" -> c.events.addAll(List.of(f[1].split(",")));
                case "builtin" -> c.builtinBase = mjc.runtime.value.MClass.fromName(f[1]);
                case "enum" -> {
                    c.enumNames.addAll(List.of(f[1].split(",")));
                    c.enumArgs = fn(fns, f[2]);
                }
                case "method" -> {
                    List<String> mf = List.of(f[4].split(","));
                    c.ownMethods.put(f[1], new MethodInfo(f[1], c, Access.parse(f[3]), mf.contains("static"),
                        mf.contains("abstract"), mf.contains("sealed"), mf.contains("hidden"), fn(fns, f[2])));
                }
                default -> throw new IllegalArgumentException("class description line " + lines[i]);
            }
        }
        for (MetaClass s : supers) {
            if (s != HANDLE && !explicit.contains(s.name)) {
                c.implicitSupers.add(s);
            }
        }
        BY_NAME.put(c.name, c);
        return c;
    }

    private static Callable fn(Callable[] fns, String index) {
        int i = Integer.parseInt(index);
        return i < 0 ? null : fns[i];
    }

    private void addProperty(String[] f, Callable[] fns) {
        String pname = f[1];
        int slot = Integer.parseInt(f[2]);
        if (!f[3].equals(name)) {
            Property inherited = findInherited(pname);
            if (inherited != null) {
                properties.put(pname, inherited.at(slot));
                return;
            }
        }
        List<String> flags = List.of(f[6].split(","));
        Property p = new Property(pname, this, slot, Access.parse(f[4]), Access.parse(f[5]), flags.contains("constant"),
            flags.contains("dependent"), flags.contains("hidden"), flags.contains("abstract"),
            flags.contains("observable"), fn(fns, f[7]), fn(fns, f[8]), fn(fns, f[9]));
        properties.put(pname, p);
        if (p.constant) {
            ownConstants.add(pname);
        } else if (!p.dependent) {
            ownDefaulted.add(pname);
        }
    }

    private Property findInherited(String pname) {
        for (MetaClass s : supers) {
            Property p = s.properties.get(pname);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ questions

    public Property property(String pname) {
        return properties.get(pname);
    }

    /** The method this class uses for the name: its own, else the first superclass's (depth first, left to right). */
    public MethodInfo findMethod(String mname) {
        MethodInfo m = methodCache.get(mname);
        if (m == null) {
            m = lookup(mname);
            if (m == null) {
                return null;
            }
            methodCache.put(mname, m);
        }
        return m;
    }

    private MethodInfo lookup(String mname) {
        MethodInfo own = ownMethods.get(mname);
        if (own != null) {
            return own;
        }
        for (MetaClass s : supers) {
            MethodInfo m = s.findMethod(mname);
            if (m != null) {
                return m;
            }
        }
        return this == HANDLE ? HandleMethods.find(mname) : null;
    }

    private volatile Boolean overloadsIndexing;

    /** The class (or a superclass) defines subsref, subsasgn or end. */
    boolean overloadsIndexing() {
        Boolean b = overloadsIndexing;
        if (b == null) {
            b = userMethod("subsref") != null || userMethod("subsasgn") != null || userMethod("end") != null;
            overloadsIndexing = b;
        }
        return b;
    }

    /** A method of that name defined by this class or a compiled superclass (not the built-in handle's), or null. */
    MethodInfo userMethod(String mname) {
        MethodInfo m = findMethod(mname);
        return m != null && m.definer != HANDLE && !m.isStatic && m.impl != null ? m : null;
    }

    /** The class that defines the method used for the name (this one if none). */
    MetaClass definerOf(String mname) {
        MethodInfo m = findMethod(mname);
        return m == null ? this : m.definer;
    }

    public boolean isSubclassOf(MetaClass other) {
        if (this == other) {
            return true;
        }
        for (MetaClass s : supers) {
            if (s.isSubclassOf(other)) {
                return true;
            }
        }
        return false;
    }

    /** isa(x, name): this class or a superclass has that name. */
    public boolean isa(String cname) {
        if (name.equals(cname)) {
            return true;
        }
        for (MetaClass s : supers) {
            if (s.isa(cname)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAbstract() {
        return isAbstract;
    }

    public List<MetaClass> superclasses() {
        return List.of(supers);
    }

    /** Names of the properties {@code properties(obj)} and the display list (public, not hidden). */
    public List<String> publicProperties() {
        List<String> out = new ArrayList<>();
        for (Property p : properties.values()) {
            if (p.isPublic()) {
                out.add(p.name);
            }
        }
        return out;
    }

    public List<Property> allProperties() {
        return new ArrayList<>(properties.values());
    }

    /** Public method names, this class's and inherited, sorted as {@code methods(obj)} lists them. */
    public List<String> publicMethods() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        collectMethods(names);
        names.add(name);
        return new ArrayList<>(names);
    }

    private void collectMethods(java.util.Set<String> names) {
        for (MethodInfo m : ownMethods.values()) {
            if (m.access == Access.PUBLIC && !m.hidden && !m.name.contains(".") && !m.name.equals(name)) {
                names.add(m.name);
            }
        }
        for (MetaClass s : supers) {
            s.collectMethods(names);
        }
        if (this == HANDLE) {
            names.addAll(HandleMethods.NAMES);
        }
    }

    // ------------------------------------------------------------------ construction

    // ------------------------------------------------------------------ enumerations

    public boolean isEnumeration() {
        return !enumNames.isEmpty();
    }

    public List<String> enumerationNames() {
        return List.copyOf(enumNames);
    }

    /** The members, made once: each constructed with its declared arguments (or its built-in value). */
    public MObject[] enumerationMembers() {
        MObject[] m = enumMembers;
        if (m == null) {
            synchronized (this) {
                m = enumMembers;
                if (m == null) {
                    m = makeMembers();
                    enumMembers = m;
                }
            }
        }
        return m;
    }

    private MObject[] makeMembers() {
        Value[] args = enumArgs.call(NO_ARGS, enumNames.size());
        MObject[] out = new MObject[enumNames.size()];
        for (int i = 0; i < out.length; i++) {
            Value[] a = ((mjc.runtime.value.CellArray) args[i]).data();
            MObject o;
            if (builtinBase != null && constructor == null) {
                if (a.length != 1 || !(a[0] instanceof mjc.runtime.value.ArrayValue v)) {
                    throw Errors.of("MATLAB:class:InvalidEnum", "The enumeration member '" + enumNames.get(i)
                        + "' of class '" + name + "' needs one " + builtinBase.matlabName + " value.");
                }
                o = newInstance();
                o.setBuiltinValue(mjc.runtime.ops.Concat.convert(v, builtinBase));
            } else {
                o = constructInto(newInstance(), a);
            }
            o.makeMember(enumNames.get(i), i);
            o.freeze();
            out[i] = o;
        }
        return out;
    }

    /** The member of that name (exact spelling), or null. */
    public MObject enumerationMember(String mname) {
        int i = enumNames.indexOf(mname);
        return i < 0 ? null : enumerationMembers()[i];
    }

    /** {@code Name(x)} of an enumeration: the member named by text, or (built-in based) with that value. */
    private Value toMember(Value[] args) {
        if (args.length == 1) {
            Value x = args[0];
            if (x instanceof ObjectValue o && o.metaClass() == this) {
                return x;
            }
            if (x instanceof mjc.runtime.value.CharArray c) {
                MObject m = enumerationMember(c.string());
                if (m != null) {
                    return m;
                }
            } else if (x instanceof mjc.runtime.value.StringArray s && s.numel() == 1) {
                MObject m = enumerationMember(s.get(0));
                if (m != null) {
                    return m;
                }
            } else if (builtinBase != null && x instanceof mjc.runtime.value.ArrayValue a && a.numel() == 1) {
                for (MObject m : enumerationMembers()) {
                    if (((mjc.runtime.value.ArrayValue) m.builtinValue()).re(0) == a.re(0)) {
                        return m;
                    }
                }
            }
        }
        throw Errors.of("MATLAB:class:CannotCreateEnumeration", "Cannot create an instance of the enumeration class '"
            + name + "': use one of its members, such as " + name + "." + enumNames.get(0) + ".");
    }

    /** {@code Name(args...)}. */
    public Value[] construct(Value[] args, int nargout) {
        if (isEnumeration()) {
            return new Value[] {toMember(args)};
        }
        if (isAbstract) {
            throw Errors.of("MATLAB:class:abstract", "Abstract classes cannot be instantiated. Class '" + name
                + "' defines abstract methods and/or properties.");
        }
        return new Value[] {constructInto(newInstance(), args)};
    }

    /** {@code Name()}. */
    public MObject construct() {
        return (MObject) construct(NO_ARGS, 1)[0];
    }

    /**
     * Runs this class's constructor on an object being built (of this class or a subclass):
     * first the superclass constructors it does not call itself, then its own body.
     */
    public MObject constructInto(MObject obj, Value[] args) {
        for (MetaClass s : implicitSupers) {
            obj = s.constructInto(obj, NO_ARGS);
        }
        if (constructor == null) {
            if (args.length > 0) {
                throw Errors.tooManyInputs();
            }
            return obj;
        }
        Value[] full = new Value[args.length + 1];
        full[0] = obj;
        System.arraycopy(args, 0, full, 1, args.length);
        Value[] r = constructor.call(full, 1);
        if (r.length == 0 || !(r[0] instanceof MObject o)) {
            throw Errors.of("MATLAB:class:InvalidConstructorOutput", "The constructor of class '" + name
                + "' must return an object of the class.");
        }
        return o;
    }

    /** {@code obj = obj@Base(args)} in a subclass constructor: args[0] is the object being built. */
    public Value[] superConstruct(Value[] args, int nargout) {
        if (args.length == 0 || !(args[0] instanceof MObject obj)) {
            throw Errors.of("MATLAB:class:InvalidSuperclassUsage", "The object of a superclass constructor call must be"
                + " the constructor's output.");
        }
        Value[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return new Value[] {constructInto(obj, rest)};
    }

    /** A new instance with every property at its default value (defaults are evaluated once per class). */
    MObject newInstance() {
        MObject obj = prototype.blank();
        applyDefaults(obj);
        return obj;
    }

    private void applyDefaults(MObject obj) {
        for (MetaClass s : supers) {
            if (s != HANDLE) {
                s.applyDefaultsTo(obj, this);
            }
        }
        applyDefaultsTo(obj, this);
    }

    private void applyDefaultsTo(MObject obj, MetaClass concrete) {
        for (MetaClass s : supers) {
            if (s != HANDLE) {
                s.applyDefaultsTo(obj, concrete);
            }
        }
        Value[] d = defaultValues();
        for (int i = 0; i < ownDefaulted.size(); i++) {
            Property p = concrete.properties.get(ownDefaulted.get(i));
            obj.setSlot(p.slot, d[i].share());
        }
    }

    private Value[] defaultValues() {
        Value[] d = defaultValues;
        if (d == null) {
            synchronized (this) {
                d = defaultValues;
                if (d == null) {
                    d = new Value[ownDefaulted.size()];
                    Value[] r = defaults == null ? NO_ARGS : defaults.call(NO_ARGS, ownDefaulted.size());
                    for (int i = 0; i < d.length; i++) {
                        d[i] = i < r.length && r[i] != null ? r[i].freeze() : DoubleArray.EMPTY;
                    }
                    defaultValues = d;
                }
            }
        }
        return d;
    }

    /** The object {@code Name()} makes, made once: what fills the new elements of a growing value-object array. */
    MObject defaultObject() {
        MObject d = defaultObject;
        if (d == null) {
            d = construct();
            d.freeze();
            defaultObject = d;
        }
        return d;
    }

    /** A Constant property's value (evaluated, with all of this class's constants, on first use). */
    public Value constant(Property p) {
        return p.definer.constantValues().get(p.name);
    }

    private Map<String, Value> constantValues() {
        Map<String, Value> m = constantValues;
        if (m == null) {
            synchronized (this) {
                m = constantValues;
                if (m == null) {
                    m = new LinkedHashMap<>();
                    Value[] r = constants == null ? NO_ARGS : constants.call(NO_ARGS, ownConstants.size());
                    for (int i = 0; i < ownConstants.size(); i++) {
                        Value v = i < r.length && r[i] != null ? r[i] : DoubleArray.EMPTY;
                        m.put(ownConstants.get(i), v.freeze());
                    }
                    constantValues = m;
                }
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ Name.member

    /** {@code Name.member(args)}: a static method, a Constant property (indexed by args), or {@code empty}. */
    public Value[] member(String mname, Value[] args, int nargout, MetaClass ctx) {
        if (mname.equals("?")) {
            return new Value[] {MetaObjects.of(this)};
        }
        if (isEnumeration()) {
            MObject e = enumerationMember(mname);
            if (e != null) {
                return args.length == 0 ? new Value[] {e} : mjc.runtime.call.Calls.apply(e, args, nargout);
            }
        }
        MethodInfo m = findMethod(mname);
        if (m != null && m.isStatic) {
            Objects.checkMethodAccess(m, ctx, this);
            return m.impl.call(args, nargout);
        }
        Property p = properties.get(mname);
        if (p != null && p.constant) {
            if (!p.getAccess.allows(p.definer, ctx)) {
                throw Objects.getProhibited(p, this);
            }
            Value v = constant(p);
            return args.length == 0 ? new Value[] {v} : mjc.runtime.call.Calls.apply(v, args, nargout);
        }
        if (mname.equals("empty")) {
            return new Value[] {ObjectArray.filled(this, Objects.emptyDims(args))};
        }
        if (m != null) {
            throw Errors.of("MATLAB:class:MethodMustBeStatic", "The method '" + mname + "' of class '" + name
                + "' is not static; call it with an object as its first argument.");
        }
        throw Errors.of("MATLAB:subscripting:classHasNoPropertyOrMethod", "The class " + name
            + " has no Constant property or Static method named '" + mname + "'.");
    }

    @Override
    public String toString() {
        return name;
    }

    /** The error a validator raised, restated as MATLAB states a property's validation failure. */
    static mjc.runtime.error.MatlabError settingFailed(Property p, MetaClass cls, mjc.runtime.error.MatlabError cause) {
        return new mjc.runtime.error.MatlabError(cause.identifier(), "Error setting property '" + p.name
            + "' of class '" + cls.name + "'. " + cause.getMessage());
    }
}
