package mjc.compiler.frontend;

import java.util.List;

/** Thrown when compilation cannot go on: carries every diagnostic found so far. */
public final class CompileError extends RuntimeException {
    private final List<Diagnostic> diagnostics;
    private final java.util.Map<String, String> sources;

    public CompileError(List<Diagnostic> diagnostics, java.util.Map<String, String> sources) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).message());
        this.diagnostics = List.copyOf(diagnostics);
        this.sources = sources;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics rendered with their source lines. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        java.util.Map<String, int[]> lineStarts = new java.util.HashMap<>();
        for (Diagnostic d : diagnostics) {
            String text = sources == null ? null : sources.get(d.file());
            if (text == null) {
                sb.append(d.renderWithLine(null));
                continue;
            }
            // one index of line starts per file: a file with many errors is not rescanned per error
            int[] starts = lineStarts.computeIfAbsent(d.file(), f -> lineStarts(text));
            String line = null;
            if (d.line() >= 1 && d.line() <= starts.length) {
                int start = starts[d.line() - 1];
                int end = d.line() < starts.length ? starts[d.line()] - 1 : text.length();
                line = text.substring(start, end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
            }
            sb.append(d.renderWithLine(line));
        }
        return sb.toString();
    }

    private static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
