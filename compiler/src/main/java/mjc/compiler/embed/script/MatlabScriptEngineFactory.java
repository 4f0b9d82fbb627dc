package mjc.compiler.embed.script;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/** Lets {@code new ScriptEngineManager().getEngineByName("matlab")} (or extension "m") find mjc. */
public final class MatlabScriptEngineFactory implements ScriptEngineFactory {
    @Override
    public String getEngineName() {
        return "mjc";
    }

    @Override
    public String getEngineVersion() {
        return "0.1.0";
    }

    @Override
    public List<String> getExtensions() {
        return List.of("m");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-matlab");
    }

    @Override
    public List<String> getNames() {
        return List.of("matlab", "MATLAB", "mjc");
    }

    @Override
    public String getLanguageName() {
        return "MATLAB";
    }

    @Override
    public String getLanguageVersion() {
        return "MATLAB (mjc dialect with async/await)";
    }

    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE:
                return getEngineName();
            case ScriptEngine.ENGINE_VERSION:
                return getEngineVersion();
            case ScriptEngine.NAME:
                return "matlab";
            case ScriptEngine.LANGUAGE:
                return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION:
                return getLanguageVersion();
            default:
                return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return m + "(" + (obj == null || obj.isEmpty() ? "" : obj + (args.length > 0 ? ", " : "")) + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "disp('" + toDisplay.replace("'", "''") + "')";
    }

    @Override
    public String getProgram(String... statements) {
        StringBuilder sb = new StringBuilder();
        for (String s : statements) {
            sb.append(s).append(";\n");
        }
        return sb.toString();
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new MatlabScriptEngine(this);
    }
}
