package mjc.runtime.call;

import mjc.runtime.ops.Operators;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/** {@code switch}: a case matches when equal (text by strcmp, numbers by ==); a cell case matches any element. */
public final class Switches {
    private Switches() {
    }

    public static boolean matches(Value subject, Value caseValue) {
        if (caseValue instanceof CellArray c) {
            for (int i = 0; i < c.numel(); i++) {
                if (matches(subject, c.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (subject instanceof mjc.runtime.object.ObjectValue || caseValue instanceof mjc.runtime.object.ObjectValue) {
            // objects match by their eq (enumerations: the same member, or text naming it)
            if (subject.numel() != 1 || caseValue.numel() != 1 && !(caseValue instanceof CharArray)) {
                return false;
            }
            return Operators.isTrue(Operators.eq(subject, caseValue));
        }
        boolean subjectText = subject instanceof CharArray || subject instanceof StringArray;
        boolean caseText = caseValue instanceof CharArray || caseValue instanceof StringArray;
        if (subjectText || caseText) {
            if (!(subjectText && caseText)) {
                return false;
            }
            return text(subject).equals(text(caseValue));
        }
        if (subject instanceof ArrayValue a && caseValue instanceof ArrayValue b) {
            if (a.numel() == 0 && b.numel() == 0) {
                return true;
            }
            if (b.numel() != 1 && a.numel() != b.numel()) {
                return false;
            }
            if (a.numel() != 1) {
                return false;
            }
            return Operators.isTrue(Operators.eq(a, b));
        }
        return false;
    }

    private static String text(Value v) {
        if (v instanceof CharArray c) {
            return c.string();
        }
        StringArray s = (StringArray) v;
        return s.numel() == 1 && s.get(0) != null ? s.get(0) : "\u0000<missing>";
    }
}
