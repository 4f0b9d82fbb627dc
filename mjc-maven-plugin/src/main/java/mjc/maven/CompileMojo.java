package mjc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.frontend.CompileError;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.packaging.JarBuilder;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mjc:compile}: compiles every {@code .m} file under src/main/matlab into the module's
 * classes (bound to the compile phase). Errors are reported Maven-style, one per line as
 * {@code FILE:LINE:COL: message}, and fail the build. With {@code mainName} the module's jar
 * runs that script or function through {@code mjc.stdlib.launch.JarMain}; with
 * {@code includeRuntime} the mjc runtime classes go into the module too, so that jar needs
 * nothing else.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class CompileMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project.basedir}/src/main/matlab", property = "mjc.sourceDirectory")
    File sourceDirectory;

    @Parameter(defaultValue = "${project.build.outputDirectory}", property = "mjc.outputDirectory")
    File outputDirectory;

    /** The script or function the module's jar runs (optional). */
    @Parameter(property = "mjc.mainName")
    String mainName;

    /** Copy the mjc runtime into the module's classes (a self-contained jar). */
    @Parameter(defaultValue = "false", property = "mjc.includeRuntime")
    boolean includeRuntime;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (sourceDirectory == null || !sourceDirectory.isDirectory()) {
            getLog().info("No MATLAB sources in " + sourceDirectory + ": nothing to compile");
            return;
        }
        Path src = sourceDirectory.toPath();
        CompiledProgram program;
        try {
            program = new Compiler(List.of(src)).compileLibrary(src, src.toString(), mainName);
        } catch (CompileError e) {
            for (Diagnostic d : e.diagnostics()) {
                String line = d.file() + ":" + d.line() + ":" + d.col() + ": " + d.message();
                if (d.warning()) {
                    getLog().warn(line);
                } else {
                    getLog().error(line);
                }
            }
            long errors = e.diagnostics().stream().filter(d -> !d.warning()).count();
            throw new MojoFailureException("MATLAB compilation failed with " + errors + " error" + (errors == 1 ? "" : "s"));
        }
        for (Diagnostic w : program.warnings()) {
            getLog().warn(w.file() + ":" + w.line() + ":" + w.col() + ": " + w.message());
        }
        try {
            JarBuilder.writeTo(program, outputDirectory.toPath(), mainName != null, includeRuntime);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write classes to " + outputDirectory + ": " + e.getMessage(), e);
        }
        getLog().info("Compiled " + program.classes().size() + " classes from " + src + (mainName != null
            ? " (entry " + mainName + ")" : ""));
    }
}
