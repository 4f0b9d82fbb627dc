package mjc.compiler.frontend;

import java.util.ArrayList;
import java.util.List;
import mjc.compiler.frontend.ast.SourceFile;
import mjc.compiler.frontend.parser.MatlabParser;
import mjc.compiler.frontend.parser.ParseException;
import mjc.compiler.frontend.parser.Token;
import mjc.compiler.frontend.parser.TokenMgrError;

/** Source text in, AST and diagnostics out. */
public final class Frontend {
    private Frontend() {
    }

    public record Result(SourceFile file, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(d -> !d.warning());
        }
    }

    /**
     * Parses one file. {@code displayPath} is the path as the user gave it (used in messages);
     * {@code name} is the file's base name without {@code .m}.
     */
    public static Result parse(String displayPath, String name, String source) {
        MatlabParser parser = MatlabParser.create(displayPath, name, source);
        SourceFile file;
        List<Diagnostic> diags;
        try {
            file = parser.File();
            diags = parser.diagnostics();
        } catch (ParseException e) {
            diags = new ArrayList<>(parser.diagnostics());
            Token bad = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : null;
            if (bad != null) {
                diags.add(Diagnostic.error(displayPath, bad.beginLine, bad.beginColumn,
                    "syntax error: unexpected '" + bad.image + "'"));
            } else {
                diags.add(Diagnostic.error(displayPath, 1, 1, "syntax error"));
            }
            file = null;
        } catch (TokenMgrError e) {
            diags = new ArrayList<>(parser.diagnostics());
            diags.add(Diagnostic.error(displayPath, 1, 1, "syntax error: " + e.getMessage()));
            file = null;
        }
        if (file != null) {
            diags = consistentEnds(displayPath, file, diags);
        }
        return new Result(file, diags);
    }

    /** MATLAB: if any function of a file is closed by 'end', every one must be. */
    private static List<Diagnostic> consistentEnds(String displayPath, SourceFile file, List<Diagnostic> diags) {
        boolean anyEnd = file.functions.stream().anyMatch(f -> f.hasEnd);
        if (!anyEnd) {
            return diags;
        }
        for (mjc.compiler.frontend.ast.FunctionDef f : file.functions) {
            if (!f.hasEnd) {
                List<Diagnostic> out = new ArrayList<>(diags);
                out.add(Diagnostic.error(displayPath, f.line, f.col, "function '" + f.name + "' is not closed by 'end'"
                    + " but other functions of this file are: close every function with 'end', or none"));
                return out;
            }
        }
        return diags;
    }
}
