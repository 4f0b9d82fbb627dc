package mjc.compiler.frontend;

/** One compile-time message with its location (1-based line and column; a tab is one column). */
public record Diagnostic(String file, int line, int col, String message, String identifier, boolean warning) {

    public static Diagnostic error(String file, int line, int col, String message) {
        return new Diagnostic(file, line, col, message, null, false);
    }

    public static Diagnostic error(String file, int line, int col, String message, String identifier) {
        return new Diagnostic(file, line, col, message, identifier, false);
    }

    /** {@code FILE:LINE:COL: error: MESSAGE [ID]}, then the source line and a caret under the column. */
    public String render(String sourceText) {
        return renderWithLine(sourceText == null ? null : lineOf(sourceText, line));
    }

    /** Line n (1-based) of text without its line break, or null (found by a scan, not a split). */
    static String lineOf(String text, int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (n < 1 || start > text.length()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        String src = text.substring(start, end < 0 ? text.length() : end);
        return src.endsWith("\r") ? src.substring(0, src.length() - 1) : src;
    }

    /** The rendering with the given source line (null: no source shown). */
    public String renderWithLine(String src) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(col).append(": ")
            .append(warning ? "warning: " : "error: ").append(message);
        if (identifier != null) {
            sb.append(" [").append(identifier).append(']');
        }
        sb.append('\n');
        if (src != null) {
            sb.append(src).append('\n');
            StringBuilder caret = new StringBuilder();
            for (int i = 1; i < col && i - 1 < src.length(); i++) {
                caret.append(src.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            for (int i = src.length() + 1; i < col; i++) {
                caret.append(' ');
            }
            caret.append('^');
            sb.append(caret).append('\n');
        }
        return sb.toString();
    }
}
