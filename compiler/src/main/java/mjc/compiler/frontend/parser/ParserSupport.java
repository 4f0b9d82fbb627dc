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

    /** {@code 0x1F}, {@code 0b101}, with or without a u/s size suffix. */
    static boolean isIntegerLiteral(String text) {
        return text.length() > 2 && text.charAt(0) == '0' && "xXbB".indexOf(text.charAt(1)) >= 0;
    }

    /**
     * An integer literal as MATLAB types it (R2019b): the smallest unsigned class holding the
     * value, or the class its suffix names; a signed suffix reads the digits as two's complement
     * of that size. Becomes {@code uint8(31)}-style conversion of an exact double, or for values
     * beyond 2^53 a run-time parse of the text.
     */
    static mjc.compiler.frontend.ast.Expr integerLiteral(String file, Token t,
                                                         java.util.List<mjc.compiler.frontend.Diagnostic> diagnostics) {
        String text = t.image;
        boolean hex = text.charAt(1) == 'x' || text.charAt(1) == 'X';
        int end = 2;
        while (end < text.length() && (hex ? Character.digit(text.charAt(end), 16) >= 0
            : text.charAt(end) == '0' || text.charAt(end) == '1')) {
            end++;
        }
        java.math.BigInteger v = new java.math.BigInteger(text.substring(2, end), hex ? 16 : 2);
        String suffix = text.substring(end).toLowerCase(java.util.Locale.ROOT);
        boolean signed = suffix.startsWith("s");
        int bits = suffix.length() > 1 ? Integer.parseInt(suffix.substring(1)) : 0;
        if (bits == 0) {
            int need = Math.max(1, v.bitLength() + (signed ? 1 : 0));
            bits = need <= 8 ? 8 : need <= 16 ? 16 : need <= 32 ? 32 : 64;
        }
        if (v.bitLength() > bits) {
            diagnostics.add(mjc.compiler.frontend.Diagnostic.error(file, t.beginLine, t.beginColumn,
                "the literal '" + text + "' does not fit in " + bits + " bits"));
        }
        if (signed && v.testBit(bits - 1)) {
            v = v.subtract(java.math.BigInteger.ONE.shiftLeft(bits)); // two's complement
        }
        String cls = (signed ? "int" : "uint") + bits;
        int line = t.beginLine;
        int col = t.beginColumn;
        java.util.List<mjc.compiler.frontend.ast.Expr> args = new java.util.ArrayList<>();
        if (v.abs().bitLength() <= 53) {
            args.add(new mjc.compiler.frontend.ast.Expr.Num(line, col, v.doubleValue(), false, v.toString()));
            return new mjc.compiler.frontend.ast.Expr.Index(line, col, new mjc.compiler.frontend.ast.Expr.Ident(line, col,
                cls), false, args);
        }
        args.add(new mjc.compiler.frontend.ast.Expr.Str(line, col, v.toString(), false));
        args.add(new mjc.compiler.frontend.ast.Expr.Str(line, col, cls, false));
        return new mjc.compiler.frontend.ast.Expr.Index(line, col, new mjc.compiler.frontend.ast.Expr.Ident(line, col,
            "mjc_integer_literal"), false, args);
    }
}
