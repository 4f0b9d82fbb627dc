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
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(col).append(": ")
            .append(warning ? "warning: " : "error: ").append(message);
        if (identifier != null) {
            sb.append(" [").append(identifier).append(']');
        }
        sb.append('\n');
        if (sourceText != null) {
            String[] lines = sourceText.split("\r?\n", -1);
            if (line >= 1 && line <= lines.length) {
                String src = lines[line - 1];
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
        }
        return sb.toString();
    }
}
