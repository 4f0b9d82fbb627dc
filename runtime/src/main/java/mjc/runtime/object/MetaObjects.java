package mjc.runtime.object;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;

/**
 * {@code metaclass(obj)} and {@code ?Name}: meta.class objects describing a class (Name,
 * SuperclassList, PropertyList of meta.property, MethodList of meta.method, EventList,
 * EnumerationMemberList, Abstract, Sealed, Hidden, HandleCompatible), built when asked for.
 */
public final class MetaObjects {
    static final MetaClass META_CLASS = runtimeClass("meta.class", List.of("Name", "Description", "Abstract", "Sealed",
        "Hidden", "HandleCompatible", "SuperclassList", "PropertyList", "MethodList", "EventList",
        "EnumerationMemberList"));
    static final MetaClass META_PROPERTY = runtimeClass("meta.property", List.of("Name", "DefiningClass", "GetAccess",
        "SetAccess", "Dependent", "Constant", "Hidden", "SetObservable"));
    static final MetaClass META_METHOD = runtimeClass("meta.method", List.of("Name", "DefiningClass", "Access",
        "Static", "Abstract", "Sealed", "Hidden"));
    static final MetaClass META_NAMED = runtimeClass("meta.event", List.of("Name", "DefiningClass"));
    static final MetaClass META_ENUM = runtimeClass("meta.EnumeratedValue", List.of("Name", "DefiningClass"));

    private MetaObjects() {
    }

    /** A handle class of the runtime with read-only public properties, in order. */
    static MetaClass runtimeClass(String name, List<String> props) {
        StringBuilder spec = new StringBuilder("class\t" + name + "\t");
        for (int i = 0; i < props.size(); i++) {
            spec.append("\nprop\t").append(props.get(i)).append('\t').append(i).append('\t').append(name)
                .append("\tpublic\tprivate\t\t-1\t-1\t-1");
        }
        RuntimeObject proto = new RuntimeObject(null, props.size());
        MetaClass c = MetaClass.define(spec.toString(), proto, new MetaClass[] {MetaClass.HANDLE}, new Callable[0]);
        proto.cls = c;
        return c;
    }

    private static RuntimeObject make(MetaClass c, Value... slots) {
        RuntimeObject o = new RuntimeObject(c, slots.length);
        for (int i = 0; i < slots.length; i++) {
            o.setSlot(i, slots[i].share());
        }
        return o;
    }

    /** meta.property for a property of a class (what PreSet/PostSet listeners receive as their source). */
    static RuntimeObject property(Property p) {
        return make(META_PROPERTY, text(p.name), text(p.definer.name), text(access(p.getAccess)),
            text(access(p.setAccess)), bool(p.dependent), bool(p.constant), bool(p.hidden), bool(p.observable));
    }

    /** The meta.class of a classdef class. */
    public static Value of(MetaClass c) {
        List<MObject> supers = new ArrayList<>();
        for (MetaClass s : c.supers) {
            supers.add((MObject) of(s));
        }
        List<MObject> props = new ArrayList<>();
        for (Property p : c.properties.values()) {
            props.add(property(p));
        }
        List<MObject> methods = new ArrayList<>();
        collectMethods(c, methods, new java.util.HashSet<>());
        List<MObject> events = new ArrayList<>();
        for (String e : c.eventNames()) {
            events.add(make(META_NAMED, text(e), text(c.name)));
        }
        List<MObject> members = new ArrayList<>();
        for (String e : c.enumerationNames()) {
            members.add(make(META_ENUM, text(e), text(c.name)));
        }
        return make(META_CLASS, text(c.name), text(""), bool(c.isAbstract), bool(c.sealed), bool(c.hidden),
            bool(c.handle), column(META_CLASS, supers), column(META_PROPERTY, props), column(META_METHOD, methods),
            column(META_NAMED, events), column(META_ENUM, members));
    }

    /** The meta.class of a built-in class (double, char, ...): its name and no members. */
    public static Value ofBuiltin(String name) {
        return make(META_CLASS, text(name), text(""), bool(false), bool(false), bool(false), bool(false),
            column(META_CLASS, List.of()), column(META_PROPERTY, List.of()), column(META_METHOD, List.of()),
            column(META_NAMED, List.of()), column(META_ENUM, List.of()));
    }

    private static void collectMethods(MetaClass c, List<MObject> out, java.util.Set<String> seen) {
        for (MethodInfo m : c.ownMethods.values()) {
            if (seen.add(m.name)) {
                out.add(make(META_METHOD, text(m.name), text(c.name), text(access(m.access)), bool(m.isStatic),
                    bool(m.isAbstract), bool(m.sealed), bool(m.hidden)));
            }
        }
        for (MetaClass s : c.supers) {
            collectMethods(s, out, seen);
        }
        if (c == MetaClass.HANDLE) {
            for (String n : HandleMethods.NAMES) {
                if (seen.add(n)) {
                    out.add(make(META_METHOD, text(n), text("handle"), text("public"), bool(false), bool(false),
                        bool(true), bool(false)));
                }
            }
        }
    }

    private static Value column(MetaClass c, List<MObject> elems) {
        return ObjectArray.of(c, elems.isEmpty() ? new int[] {0, 1} : Dims.col(elems.size()),
            elems.toArray(new MObject[0])).normalized();
    }

    private static String access(Access a) {
        return a.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Value text(String s) {
        return CharArray.of(s).freeze();
    }

    private static Value bool(boolean b) {
        return LogicalArray.of(b).freeze();
    }
}
