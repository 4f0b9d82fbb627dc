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
        for (Diagnostic d : diagnostics) {
            sb.append(d.render(sources == null ? null : sources.get(d.file())));
        }
        return sb.toString();
    }
}
