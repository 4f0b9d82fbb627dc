package mjc.runtime.error;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps methods of compiled MATLAB code to the names MATLAB shows in {@code err.stack} (a script
 * by its file name, a local function as {@code file>name}, an anonymous function by its text).
 * Generated classes register their methods from their static initializers; Java frames of the
 * runtime and of generated glue are not registered and so stay hidden from users.
 */
public final class FrameRegistry {
    private record Entry(String name, String file) {
    }

    private static final ConcurrentHashMap<String, Entry> FRAMES = new ConcurrentHashMap<>();

    private FrameRegistry() {
    }

    public static void register(String className, String methodName, String matlabName, String file) {
        FRAMES.put(className + '#' + methodName, new Entry(matlabName, file));
    }

    /**
     * The MATLAB frames of a Java stack, innermost first. One MATLAB call can be two JVM frames:
     * a generic entry that hands its arguments to a version compiled for them (call$p, call$d)
     * runs no line of its own, so a frame without a line just outside a frame of the same
     * function is that hand-off, not a call, and is left out.
     */
    public static List<MException.StackFrame> matlabFrames(StackTraceElement[] trace) {
        List<MException.StackFrame> out = new ArrayList<>();
        Entry previous = null;
        for (StackTraceElement e : trace) {
            Entry entry = FRAMES.get(e.getClassName() + '#' + e.getMethodName());
            if (entry == null) {
                continue;
            }
            if (e.getLineNumber() <= 0 && entry.equals(previous)) {
                continue;
            }
            out.add(new MException.StackFrame(entry.name, entry.file, Math.max(0, e.getLineNumber())));
            previous = entry;
        }
        return out;
    }
}
