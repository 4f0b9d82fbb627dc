package mjc.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden programs, broken on purpose (tokens deleted, duplicated and swapped, brackets and
 * quotes left open, lines dropped), and inputs no test program resembles (5,000-deep nesting,
 * 10 MB files, invalid UTF-8): the compiler answers each with a program or located diagnostics
 * within a few seconds, never with a Java exception. The mutations are seeded: every run
 * checks the same inputs.
 */
class MutationCorpusTest {
    /** Per golden program; a longer run: -Dmjc.fuzz.mutants=200. */
    private static final int MUTANTS_PER_PROGRAM = Integer.getInteger("mjc.fuzz.mutants", 6);
    /** A hang guard, not a timing assertion: a healthy check of these inputs takes well under a second. */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> mutatedGoldenPrograms() throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("../test-programs"))) {
            s.filter(p -> p.toString().endsWith(".m")).sorted().forEach(programs::add);
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            String text = Files.readString(p);
            Random random = new Random(p.toString().hashCode());
            for (int k = 0; k < MUTANTS_PER_PROGRAM; k++) {
                String mutant = mutate(text, random);
                String what = "mutant " + k + " of " + p + ":\n" + mutant;
                check(mutant.getBytes(StandardCharsets.UTF_8), what);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> extremeInputs() {
        return Stream.of(
            input("5,000 nested parentheses", "x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + ";\ndisp(x)\n"),
            input("5,000 nested brackets", "x = " + "[".repeat(5000) + "1" + "]".repeat(5000) + ";\n"),
            input("5,000 nested braces", "x = " + "{".repeat(5000) + "1" + "}".repeat(5000) + ";\n"),
            input("5,000 nested calls", "x = " + "abs(".repeat(5000) + "-1" + ")".repeat(5000) + ";\n"),
            input("5,000 nested if blocks", "x = 1;\n" + "if x\n".repeat(5000) + "disp(x)\n" + "end\n".repeat(5000)),
            input("5,000 nested loops in a function",
                "function f()\n" + "for k = 1:1\n".repeat(5000) + "disp(k)\n" + "end\n".repeat(5000) + "end\n"),
            input("5,000 unclosed parentheses", "x = " + "(".repeat(5000) + "1;\n"),
            input("100,000 nested parentheses", "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ";\n"),
            input("a 10 MB comment", "% " + "x".repeat(10_000_000) + "\ndisp(1)\n"),
            input("a 10 MB char vector", "s = '" + "ab".repeat(5_000_000) + "';\ndisp(numel(s))\n"),
            input("a 10 MB line of garbage", garbage(10_000_000, 7, false)),
            input("10 MB of garbage lines", garbage(10_000_000, 8, true)),
            input("a long script", longScript(20_000)),
            input("invalid UTF-8", new byte[] {'x', ' ', '=', ' ', (byte) 0xFF, (byte) 0xFE, ';', '\n', 'd', 'i', 's', 'p',
                '(', '"', (byte) 0xC3, (byte) 0x28, '"', ')', '\n'}),
            input("a lone continuation byte", new byte[] {'d', 'i', 's', 'p', '(', (byte) 0x80, ')'}),
            input("a NUL byte", "x = 1;\u0000\ndisp(x)\n"),
            input("only a byte-order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            input("an empty file", new byte[0]),
            input("CR line ends", "x = 1;\rif x\r  disp(x)\rend\r"));
    }

    private DynamicTest input(String name, String text) {
        return input(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private DynamicTest input(String name, byte[] bytes) {
        return DynamicTest.dynamicTest(name, () -> check(bytes, name));
    }

    private void check(byte[] bytes, String what) {
        assertTimeoutPreemptively(LIMIT, () -> SourceChecks.checkNeverThrows(dir, bytes, what),
            () -> "no answer within " + LIMIT + " for " + (what.length() > 2000 ? what.substring(0, 2000) : what));
    }

    // ------------------------------------------------------------------ mutations

    private static final Pattern TOKEN = Pattern.compile(
        "[A-Za-z_][A-Za-z0-9_]*|\\d+(\\.\\d*)?([eE][+-]?\\d+)?|'[^'\\n]*'|\"[^\"\\n]*\"|%[^\\n]*|\\.\\.\\.|"
            + "[=~<>]=|&&|\\|\\||\\.[*/^']|\\s+|.", Pattern.DOTALL);

    private static final String[] STRAY = {"(", ")", "[", "]", "{", "}", "'", "\"", "end", "function", ",", ";",
        "\n", "=", "@", ".", ":", "...", "%{", "%}", "if", "for", "async", "await", "do"};

    /** One to three edits of the token list of text. */
    static String mutate(String text, Random random) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            return STRAY[random.nextInt(STRAY.length)];
        }
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int i = random.nextInt(tokens.size());
            switch (random.nextInt(6)) {
                case 0 -> tokens.remove(i); // deletion
                case 1 -> tokens.add(i, tokens.get(i)); // duplication
                case 2 -> { // swap with the next token
                    if (i + 1 < tokens.size()) {
                        String t = tokens.get(i);
                        tokens.set(i, tokens.get(i + 1));
                        tokens.set(i + 1, t);
                    }
                }
                case 3 -> tokens.add(i, STRAY[random.nextInt(STRAY.length)]); // unbalanced bracket, quote, keyword
                case 4 -> { // a whole line dropped
                    int start = i;
                    while (start > 0 && !tokens.get(start - 1).contains("\n")) {
                        start--;
                    }
                    int end = i;
                    while (end < tokens.size() && !tokens.get(end).contains("\n")) {
                        end++;
                    }
                    tokens.subList(start, end).clear();
                }
                default -> { // a token cut in half (an unterminated string or a broken number)
                    String t = tokens.get(i);
                    if (t.length() > 1) {
                        tokens.set(i, t.substring(0, t.length() / 2));
                    }
                }
            }
        }
        return String.join("", tokens);
    }

    private static String garbage(int length, long seed, boolean lines) {
        Random random = new Random(seed);
        String alphabet = lines ? "x=1+-*([{;,\n'\" endiffor@." : "x=1+-*([{;,'\" endiffor@.";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** A script longer than one JVM method can hold (a located error today) or a program: either is an answer. */
    private static String longScript(int statements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < statements; i++) {
            sb.append("x").append(i % 50).append(" = ").append(i).append(" + 1;\n");
        }
        return sb.toString();
    }
}
