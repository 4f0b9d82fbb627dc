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

    public static List<MException.StackFrame> matlabFrames(StackTraceElement[] trace) {
        List<MException.StackFrame> out = new ArrayList<>();
        for (StackTraceElement e : trace) {
            Entry entry = FRAMES.get(e.getClassName() + '#' + e.getMethodName());
            if (entry != null) {
                out.add(new MException.StackFrame(entry.name, entry.file, Math.max(0, e.getLineNumber())));
            }
        }
        return out;
    }
}
