package mjc.runtime.object;

import java.util.HashSet;
import java.util.Set;
import mjc.runtime.error.Errors;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;

/**
 * Events of handle objects: {@code addlistener}/{@code listener} register an event.listener
 * on the source, {@code notify} calls the enabled listeners of the event with
 * {@code (source, eventData)} in the order they were added, and setting a SetObservable
 * property calls its PreSet/PostSet listeners with {@code (meta.property, event.PropertyEvent)}.
 * A deleted listener, or one whose Enabled is false, is skipped.
 */
public final class Events {
    private static final int SOURCE = 0;
    private static final int EVENT = 1;
    private static final int CALLBACK = 2;
    private static final int ENABLED = 3;
    private static final int PROPERTY = 4;

    static final MetaClass LISTENER = runtimeClass("event.listener", 5,
        "\nprop\tSource\t0\tevent.listener\tpublic\tprivate\t\t-1\t-1\t-1"
            + "\nprop\tEventName\t1\tevent.listener\tpublic\tprivate\t\t-1\t-1\t-1"
            + "\nprop\tCallback\t2\tevent.listener\tpublic\tpublic\t\t-1\t-1\t-1"
            + "\nprop\tEnabled\t3\tevent.listener\tpublic\tpublic\t\t-1\t-1\t-1"
            + "\nprop\tPropertyName\t4\tevent.listener\tprivate\tprivate\thidden\t-1\t-1\t-1");
    static final MetaClass PROPERTY_EVENT = runtimeClass("event.PropertyEvent", 3,
        "\nprop\tSource\t0\tevent.PropertyEvent\tpublic\tprivate\t\t-1\t-1\t-1"
            + "\nprop\tEventName\t1\tevent.PropertyEvent\tpublic\tprivate\t\t-1\t-1\t-1"
            + "\nprop\tAffectedObject\t2\tevent.PropertyEvent\tpublic\tprivate\t\t-1\t-1\t-1");

    /** Property sets whose listeners are running on this thread: a set inside them does not fire again. */
    private static final ThreadLocal<Set<String>> FIRING = ThreadLocal.withInitial(HashSet::new);

    private Events() {
    }

    private static MetaClass runtimeClass(String name, int slots, String props) {
        RuntimeObject proto = new RuntimeObject(null, slots);
        MetaClass c = MetaClass.define("class\t" + name + "\t" + props, proto, new MetaClass[] {MetaClass.HANDLE},
            new Callable[0]);
        proto.cls = c;
        return c;
    }

    /** {@code addlistener(src, 'Event', callback)}: a listener of an event the source's class declares. */
    public static MObject addListener(Value src, String event, Value callback) {
        MObject o = source(src, "addlistener");
        if (!o.metaClass().hasEvent(event)) {
            throw Errors.of("MATLAB:class:EventNotFound", "Event '" + event + "' is not defined for class '"
                + o.metaClass().name + "'.");
        }
        return register(o, event, null, callback);
    }

    /** {@code addlistener(src, 'Prop', 'PostSet', callback)} (or PreSet) on a SetObservable property. */
    public static MObject addPropertyListener(Value src, String prop, String kind, Value callback) {
        MObject o = source(src, "addlistener");
        if (!kind.equals("PreSet") && !kind.equals("PostSet") && !kind.equals("PreGet") && !kind.equals("PostGet")) {
            throw Errors.of("MATLAB:class:InvalidEvent", "'" + kind + "' is not a property event: use 'PreSet' or "
                + "'PostSet'.");
        }
        Property p = o.metaClass().property(prop);
        if (p == null) {
            throw Objects.noSuchMember(prop, o.metaClass());
        }
        if (!p.observable && kind.endsWith("Set")) {
            throw Errors.of("MATLAB:class:nonSetObservableProp", "The '" + prop + "' property of class '"
                + o.metaClass().name + "' is not SetObservable, so it cannot be listened to.");
        }
        return register(o, kind, prop, callback);
    }

    private static MObject source(Value src, String fn) {
        if (!(src instanceof MObject o) || !o.isHandle()) {
            throw Errors.of("MATLAB:class:InvalidEventSource", "The source of an event must be a handle object; "
                + fn + " got a " + src.className() + ".");
        }
        return o.live();
    }

    private static MObject register(MObject o, String event, String prop, Value callback) {
        if (!(callback instanceof Callable)) {
            throw Errors.of("MATLAB:class:InvalidCallback", "A listener callback must be a function handle.");
        }
        RuntimeObject l = new RuntimeObject(LISTENER, 5);
        l.setSlot(SOURCE, o.share());
        l.setSlot(EVENT, CharArray.of(event).freeze());
        l.setSlot(CALLBACK, callback.share());
        l.setSlot(ENABLED, LogicalArray.of(true).freeze());
        l.setSlot(PROPERTY, prop == null ? null : CharArray.of(prop).freeze());
        o.listeners().add(l);
        return l;
    }

    /** {@code notify(src, 'Event', data)}: data (an event.EventData or subclass) gets Source and EventName. */
    public static void notify(Value src, String event, Value data) {
        MObject o = source(src, "notify");
        if (!o.metaClass().hasEvent(event)) {
            throw Errors.of("MATLAB:class:EventNotFound", "Event '" + event + "' is not defined for class '"
                + o.metaClass().name + "'.");
        }
        MObject d;
        if (data == null) {
            d = EventData.META.construct();
        } else if (data instanceof MObject m && m.metaClass().isa("event.EventData")) {
            d = m;
        } else {
            throw Errors.of("MATLAB:class:InvalidEventData", "Event data must be an object of a subclass of "
                + "event.EventData.");
        }
        d.setSlot(0, o.share());
        d.setSlot(1, CharArray.of(event).freeze());
        fire(o, event, null, o, d);
    }

    /** Before (post false) or after a set of a SetObservable property of a handle with listeners. */
    static void propertySet(MObject o, Property p, boolean post) {
        String kind = post ? "PostSet" : "PreSet";
        String key = System.identityHashCode(o) + "." + p.name + "." + kind;
        Set<String> firing = FIRING.get();
        if (!firing.add(key)) {
            return;
        }
        try {
            RuntimeObject meta = MetaObjects.property(p);
            RuntimeObject evt = new RuntimeObject(PROPERTY_EVENT, 3);
            evt.setSlot(0, meta.share());
            evt.setSlot(1, CharArray.of(kind).freeze());
            evt.setSlot(2, o.share());
            fire(o, kind, p.name, meta, evt);
        } finally {
            firing.remove(key);
        }
    }

    private static void fire(MObject o, String event, String prop, Value src, Value data) {
        if (!o.hasListeners()) {
            return;
        }
        for (MObject l : o.listeners()) {
            if (l.isDeleted() || !event.equals(text(l.slot(EVENT)))) {
                continue;
            }
            String lp = l.slot(PROPERTY) == null ? null : text(l.slot(PROPERTY));
            if (prop == null ? lp != null : !prop.equals(lp)) {
                continue;
            }
            Value enabled = l.slot(ENABLED);
            if (enabled instanceof mjc.runtime.value.ArrayValue a && a.numel() == 1 && !a.isTrue(0)) {
                continue;
            }
            ((Callable) l.slot(CALLBACK)).call(new Value[] {src, data}, 0);
        }
    }

    private static String text(Value v) {
        return ((CharArray) v).string();
    }
}
