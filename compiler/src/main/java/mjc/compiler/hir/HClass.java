package mjc.compiler.hir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classdef class as the back end needs it: the JVM class of its instances, its superclasses,
 * its properties in slot order (inherited ones first, so a subclass's instances keep its base's
 * layout) and its compiled methods.
 */
public final class HClass {
    public final String name;
    /** Internal name of the instance class, e.g. mjcprog/Point. */
    public final String jvmName;
    public final String file;
    public final List<HClass> supers = new ArrayList<>();
    public boolean handle;
    /** Names {@code handle} itself among its superclasses. */
    public boolean directHandle;
    public boolean isAbstract;
    /** Every property of the class's instances and statics: inherited first, then its own. */
    public final List<Prop> props = new ArrayList<>();
    public final Map<String, Method> methods = new LinkedHashMap<>();
    public HFunction constructor;
    /** Superclasses whose constructor the constructor calls itself ({@code obj@Base(...)}). */
    public final List<String> explicitSupers = new ArrayList<>();
    /** Returns the defaults of this class's own stored properties, in declaration order. */
    public HFunction defaults;
    /** Returns this class's Constant values, in declaration order (null when it has none). */
    public HFunction constants;
    public final List<Prop> constantProps = new ArrayList<>();
    /** The built-in class this one derives from ({@code < int32}), or null. */
    public String builtinBase;
    /** Enumeration members in order, and the function returning each one's constructor arguments. */
    public final List<String> enumNames = new ArrayList<>();
    public HFunction enumArgs;

    private static HClass eventData;

    /** MATLAB's event.EventData (runtime class mjc.runtime.object.EventData): a base for custom event data. */
    public static synchronized HClass eventData() {
        if (eventData == null) {
            HClass c = new HClass("event.EventData", "mjc/runtime/object/EventData", "event.EventData");
            c.handle = true;
            c.directHandle = true;
            for (String p : List.of("Source", "EventName")) {
                Prop q = new Prop(p, c);
                q.slot = c.props.size();
                q.setAccess = "private";
                c.props.add(q);
            }
            eventData = c;
        }
        return eventData;
    }

    public boolean sealed;
    /** Methods declared in Sealed methods blocks: subclasses may not redefine them. */
    public final java.util.Set<String> sealedMethods = new java.util.HashSet<>();

    /** Sealed methods of this class and its superclasses. */
    public java.util.Set<String> sealedMethods() {
        java.util.Set<String> all = new java.util.HashSet<>(sealedMethods);
        for (HClass s : supers) {
            all.addAll(s.sealedMethods());
        }
        return all;
    }

    /** Events this class declares. */
    public final List<String> events = new ArrayList<>();

    public HClass(String name, String jvmName, String file) {
        this.name = name;
        this.jvmName = jvmName;
        this.file = file;
    }

    /** One property; slot -1 for Constant and Dependent ones (they have no storage). */
    public static final class Prop {
        public final String name;
        public final HClass definer;
        public int slot = -1;
        public String getAccess = "public";
        public String setAccess = "public";
        public boolean constant;
        public boolean dependent;
        public boolean hidden;
        public boolean observable;
        public HFunction getter;
        public HFunction setter;
        /** Converts and checks a value being set (class, size, validator functions), or null. */
        public HFunction validator;

        public Prop(String name, HClass definer) {
            this.name = name;
            this.definer = definer;
        }
    }

    public record Method(HFunction function, String access, boolean isStatic, boolean isAbstract) {
    }

    /** Stored properties (with a slot), in slot order. */
    public List<Prop> stored() {
        return props.stream().filter(p -> p.slot >= 0).toList();
    }

    public Prop prop(String n) {
        for (Prop p : props) {
            if (p.name.equals(n)) {
                return p;
            }
        }
        return null;
    }
}
