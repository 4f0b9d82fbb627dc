package mjc.compiler.frontend.parser;

import java.util.Comparator;
import mjc.compiler.frontend.Diagnostic;

/** Java helpers for the generated parser (JavaCC's own Java grammar predates lambdas). */
final class ParserSupport {
    static final Comparator<Diagnostic> BY_POSITION =
        Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::col);

    private ParserSupport() {
    }

    /**
     * Whether the file closes its functions with 'end': scanning the tokens, block openers and
     * 'end' balance to zero exactly when functions are closed (otherwise every function stays open).
     */
    static boolean functionsHaveEnd(String file, String source) {
        MatlabLexer lx = new MatlabLexer(file, source);
        int depth = 0;
        int functions = 0;
        for (Token t = lx.getNextToken(); t.kind != MatlabParserConstants.EOF; t = lx.getNextToken()) {
            switch (t.kind) {
                case MatlabParserConstants.FUNCTION:
                    functions++;
                    depth++;
                    break;
                case MatlabParserConstants.IF:
                case MatlabParserConstants.FOR:
                case MatlabParserConstants.PARFOR:
                case MatlabParserConstants.WHILE:
                case MatlabParserConstants.SWITCH:
                case MatlabParserConstants.TRY:
                case MatlabParserConstants.DO:
                case MatlabParserConstants.ARGUMENTS:
                    depth++;
                    break;
                case MatlabParserConstants.END:
                    depth--;
                    break;
                default:
                    break;
            }
        }
        return functions > 0 && depth <= 0;
    }
}
