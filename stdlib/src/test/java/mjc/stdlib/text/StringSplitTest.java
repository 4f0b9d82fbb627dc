package mjc.stdlib.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import mjc.runtime.error.MatlabError;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import org.junit.jupiter.api.Test;

/** strsplit's delimiter rules, each checked against what MATLAB documents. */
class StringSplitTest {
    private static String[] split(Value... args) {
        CellArray c = (CellArray) StringSplit.strsplit(args, 1)[0];
        return Arrays.stream(c.data()).map(v -> ((CharArray) v).string()).toArray(String[]::new);
    }

    private static CharArray s(String text) {
        return CharArray.of(text);
    }

    @Test
    void whitespaceByDefaultCollapsed() {
        assertArrayEquals(new String[] {"a", "b", "c"}, split(s("a \t b\n c")));
    }

    @Test
    void escapesInASimpleDelimiterAreTranslated() {
        assertArrayEquals(new String[] {"a", "b"}, split(s("a\tb"), s("\\t")));
    }

    @Test
    void collapseCanBeTurnedOffAndLeavesEmptyPieces() {
        assertArrayEquals(new String[] {"a", "b", "", "c"},
            split(s("a,b;;c"), CellArray.row(s(","), s(";")), s("CollapseDelimiters"), LogicalArray.scalar(false)));
        assertArrayEquals(new String[] {"a", "b", "c"}, split(s("a,b;;c"), CellArray.row(s(","), s(";"))));
    }

    @Test
    void theLongestDelimiterIsTriedFirst() {
        assertArrayEquals(new String[] {"a", "b"}, split(s("a--b"), CellArray.row(s("-"), s("--")), s("CollapseDelimiters"),
            LogicalArray.scalar(false)));
    }

    @Test
    void regularExpressionDelimitersAndTheMatchesOutput() {
        Value[] out = StringSplit.strsplit(new Value[] {s("a1b22c"), s("\\d+"), s("DelimiterType"), s("RegularExpression")}, 2);
        assertEquals(3, ((CellArray) out[0]).data().length);
        assertEquals("22", ((CharArray) ((CellArray) out[1]).get(1)).string());
    }

    @Test
    void badInputsNameMatlabsIdentifiers() {
        assertEquals("MATLAB:strsplit:InvalidStringType",
            assertThrows(MatlabError.class, () -> split(DoubleArray.scalar(5))).identifier());
        assertEquals("MATLAB:strsplit:UnmatchedParameter",
            assertThrows(MatlabError.class, () -> split(s("a b"), s(" "), s("Bogus"), s("x"))).identifier());
    }
}
