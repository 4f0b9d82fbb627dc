package mjc.runtime.object;

import mjc.runtime.value.Value;

/**
 * MATLAB's {@code event.EventData}: the handle class of what a listener receives, with the
 * {@code Source} and {@code EventName} properties (slots 0 and 1). Compiled subclasses
 * ({@code classdef MyData < event.EventData}) extend this JVM class and add their slots above.
 */
public class EventData extends MObject {
    public static final MetaClass META = MetaClass.define(
        "class\tevent.EventData\t"
            + "\nprop\tSource\t0\tevent.EventData\tpublic\tprivate\t\t-1\t-1\t-1"
            + "\nprop\tEventName\t1\tevent.EventData\tpublic\tprivate\t\t-1\t-1\t-1",
        new EventData(), new MetaClass[] {MetaClass.HANDLE}, new mjc.runtime.value.Callable[0]);

    public Value p$Source;
    public Value p$EventName;

    @Override
    public MetaClass metaClass() {
        return META;
    }

    @Override
    public Value slot(int i) {
        return switch (i) {
            case 0 -> p$Source;
            case 1 -> p$EventName;
            default -> null;
        };
    }

    @Override
    public void setSlot(int i, Value v) {
        switch (i) {
            case 0 -> p$Source = v;
            case 1 -> p$EventName = v;
            default -> { }
        }
    }

    @Override
    public MObject blank() {
        return new EventData();
    }

    @Override
    public int slotCount() {
        return 2;
    }
}
