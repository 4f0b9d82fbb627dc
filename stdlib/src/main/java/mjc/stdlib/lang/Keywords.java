package mjc.stdlib.lang;

import java.util.Set;

/** MATLAB's reserved words (iskeyword). */
final class Keywords {
    private static final Set<String> WORDS = Set.of("break", "case", "catch", "classdef", "continue", "else", "elseif",
        "end", "for", "function", "global", "if", "otherwise", "parfor", "persistent", "return", "spmd", "switch",
        "try", "while");

    private Keywords() {
    }

    static boolean isKeyword(String s) {
        return WORDS.contains(s);
    }

    /** isvarname: a letter, then letters, digits and underscores, 63 at most, not a keyword. */
    static boolean isValidName(String s) {
        return s.matches("[A-Za-z][A-Za-z0-9_]{0,62}") && !isKeyword(s);
    }
}
