package mjc.compiler.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mjc.compiler.frontend.parser.MatlabLexer;
import mjc.compiler.frontend.parser.MatlabParserConstants;
import mjc.compiler.frontend.parser.Token;
import org.junit.jupiter.api.Test;

/** The context-sensitive lexing rules of DESIGN-NOTES §1, token by token. */
class LexerTest {
    private static List<String> tokens(String src) {
        MatlabLexer lx = new MatlabLexer("t.m", src);
        List<String> out = new ArrayList<>();
        for (Token t = lx.getNextToken(); t.kind != MatlabParserConstants.EOF; t = lx.getNextToken()) {
            String kind = MatlabParserConstants.tokenImage[t.kind].replace("\"", "").replace("\\'", "'");
            out.add(t.kind == MatlabParserConstants.NEWLINE ? "NL" : kind + (t.kind == MatlabParserConstants.IDENT
                || t.kind == MatlabParserConstants.NUMBER || t.kind == MatlabParserConstants.STRING
                || t.kind == MatlabParserConstants.COMMAND_ARG || t.kind == MatlabParserConstants.COMMAND_WORD
                ? "(" + t.image + ")" : ""));
        }
        return out;
    }

    @Test
    void whitespaceSeparatesElementsInBrackets() {
        assertThat(tokens("[1 -2]")).containsExactly("[", "<number>(1)", ",", "-", "<number>(2)", "]");
        assertThat(tokens("[1 - 2]")).containsExactly("[", "<number>(1)", "-", "<number>(2)", "]");
        assertThat(tokens("[1-2]")).containsExactly("[", "<number>(1)", "-", "<number>(2)", "]");
        assertThat(tokens("[a (1)]")).containsExactly("[", "<identifier>(a)", ",", "(", "<number>(1)", ")", "]");
    }

    @Test
    void whitespaceInsideParenthesesWithinBracketsDoesNotSeparate() {
        assertThat(tokens("[f(1, -2) 3]")).containsExactly("[", "<identifier>(f)", "(", "<number>(1)", ",", "-",
            "<number>(2)", ")", ",", "<number>(3)", "]");
    }

    @Test
    void quoteIsTransposeAfterAValueWithoutSpace() {
        assertThat(tokens("[a' b']")).containsExactly("[", "<identifier>(a)", "'", ",", "<identifier>(b)", "'", "]");
        assertThat(tokens("[a 'b']")).containsExactly("[", "<identifier>(a)", ",", "<char-literal>(b)", "]");
        assertThat(tokens("x = a';")).contains("'");
        assertThat(tokens("x = 'it''s';")).contains("<char-literal>(it's)");
        assertThat(tokens("y = x(1)';")).endsWith(")", "'", ";");
    }

    @Test
    void numbers() {
        assertThat(tokens("1e-3 .5 3i 1.*2")).containsExactly("<number>(1e-3)", "<number>(.5)", "<number>(3i)",
            "<number>(1)", ".*", "<number>(2)");
    }

    @Test
    void commandSyntax() {
        assertThat(tokens("format long")).containsExactly("<command-word>(format)", "<command-argument>(long)");
        assertThat(tokens("hold on;")).containsExactly("<command-word>(hold)", "<command-argument>(on)", ";");
        assertThat(tokens("disp hello")).containsExactly("<command-word>(disp)", "<command-argument>(hello)");
        assertThat(tokens("clear x y")).containsExactly("<command-word>(clear)", "<command-argument>(x)",
            "<command-argument>(y)");
        assertThat(tokens("a - b")).containsExactly("<identifier>(a)", "-", "<identifier>(b)");
        assertThat(tokens("x = 1;\nx -1")).doesNotContain("<command-word>(x)");
        assertThat(tokens("async @() 1")).first().isEqualTo("<identifier>(async)");
    }

    @Test
    void continuationAndComments() {
        assertThat(tokens("x = 1 + ...\n 2 % comment\n")).containsExactly("<identifier>(x)", "=", "<number>(1)", "+",
            "<number>(2)", "NL");
        assertThat(tokens("%{\nignored\n%{\nnested\n%}\n%}\ny = 1")).containsExactly("NL", "<identifier>(y)", "=",
            "<number>(1)");
    }

    @Test
    void endInsideIndexIsNotABlockEnd() {
        assertThat(tokens("a(end)")).containsExactly("<identifier>(a)", "(", "<end-in-index>", ")");
        assertThat(tokens("c{end}")).containsExactly("<identifier>(c)", "{", "<end-in-index>", "}");
    }

    @Test
    void doBlockInsideParenthesesTakesStatements() {
        List<String> t = tokens("spawn(async @() do\n  x = 1;\n  if x, y = 2; end\nend)");
        assertThat(t).contains("<do>", "NL", "if", "end", ")");
        assertThat(t.get(t.size() - 1)).isEqualTo(")");
    }

    @Test
    void newlinesInBracketsSeparateRows() {
        assertThat(tokens("[1 2\n3 4]")).containsExactly("[", "<number>(1)", ",", "<number>(2)", "NL",
            "<number>(3)", ",", "<number>(4)", "]");
    }
}
