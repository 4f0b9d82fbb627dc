package mjc.runtime.index;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;

/** The properties of an MException: identifier, message, stack (a struct array), cause. */
final class MExceptionFields {
    private MExceptionFields() {
    }

    static Value get(MException e, String name) {
        switch (name) {
            case "identifier":
                return CharArray.of(e.identifier());
            case "message":
                return CharArray.of(e.message());
            case "stack": {
                List<MException.StackFrame> frames = e.stack();
                StructArray s = StructArray.empty(Dims.col(frames.size()), List.of("file", "name", "line"));
                for (int i = 0; i < frames.size(); i++) {
                    MException.StackFrame f = frames.get(i);
                    s.set(i, "file", CharArray.of(f.file()));
                    s.set(i, "name", CharArray.of(f.name()));
                    s.set(i, "line", DoubleArray.scalar(f.line()));
                }
                return s;
            }
            case "cause": {
                Value[] causes = e.causes().toArray(new Value[0]);
                return causes.length == 0 ? CellArray.empty(Dims.of(0, 1)) : CellArray.column(causes);
            }
            default:
                throw Errors.of("MATLAB:noSuchMethodOrField",
                    "Unrecognized method, property, or field '" + name + "' for class 'MException'.");
        }
    }
}
