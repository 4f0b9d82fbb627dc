package mjc.stdlib.display;

import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;

/** Integer-class elements as decimal text (uint64 as unsigned). */
final class IntText {
    private IntText() {
    }

    static String of(IntArray a, int i) {
        long v = a.get(i);
        if (a.mclass() == MClass.UINT64) {
            return Long.toUnsignedString(v);
        }
        return Long.toString(v);
    }
}
