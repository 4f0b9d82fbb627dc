package mjc.stdlib.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mjc.runtime.error.MatlabError;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Value;
import org.junit.jupiter.api.Test;

/** validatestring's matching rules: exact beats prefix, a prefix of every candidate picks the shortest. */
class StringChoiceTest {
    private static String choose(String input, String... options) {
        Value[] opts = new Value[options.length];
        for (int i = 0; i < options.length; i++) {
            opts[i] = CharArray.of(options[i]);
        }
        return ((CharArray) StringChoice.validatestring(new Value[] {CharArray.of(input), CellArray.row(opts)}, 1)[0]).string();
    }

    @Test
    void aPrefixMatchesCaseInsensitively() {
        assertEquals("banana", choose("BAN", "apple", "banana"));
    }

    @Test
    void anExactMatchWinsOverLongerCandidates() {
        assertEquals("apple", choose("apple", "apple", "applesauce"));
    }

    @Test
    void whenEveryMatchContainsTheShortestTheShortestIsChosen() {
        assertEquals("app", choose("ap", "app", "apple"));
    }

    @Test
    void ambiguousAndUnknownInputsAreErrors() {
        MatlabError amb = assertThrows(MatlabError.class, () -> choose("a", "apple", "apricot"));
        assertEquals("MATLAB:ambiguousStringChoice", amb.identifier());
        MatlabError none = assertThrows(MatlabError.class, () -> choose("z", "apple", "apricot"));
        assertEquals("MATLAB:unrecognizedStringChoice", none.identifier());
        assertTrue(none.getMessage().contains("'apple', 'apricot'"));
    }
}
