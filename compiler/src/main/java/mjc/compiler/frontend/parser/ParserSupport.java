package mjc.compiler.frontend.parser;

import java.util.Comparator;
import mjc.compiler.frontend.Diagnostic;

/** Java helpers for the generated parser (JavaCC's own Java grammar predates lambdas). */
final class ParserSupport {
    static final Comparator<Diagnostic> BY_POSITION =
        Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::col);

    private ParserSupport() {
    }
}
