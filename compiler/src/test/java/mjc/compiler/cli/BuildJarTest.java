package mjc.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mjc build}: a program spread over three files becomes one jar that runs with
 * {@code java -jar} from another directory, holding neither compiler classes nor sources.
 */
class BuildJarTest {
    @TempDir
    Path dir;

    @Test
    void folderProgramBuildsToASelfContainedJar() throws Exception {
        Path src = Files.createDirectories(dir.resolve("app"));
        Files.writeString(src.resolve("main.m"), "x = twice(21);\nfprintf('%d %s\\n', x, greet('jar'));\n");
        Files.writeString(src.resolve("twice.m"), "function y = twice(x)\n  y = 2 * x;\nend\n");
        Files.writeString(src.resolve("greet.m"), "function s = greet(who)\n  s = ['hi ' who];\nend\n");
        Path jar = dir.resolve("app.jar");
        CliRun build = CliRun.of("build", src.toString(), "-o", jar.toString());
        assertThat(build.exit()).as(build.stderr()).isEqualTo(0);

        List<String> entries;
        try (JarFile jf = new JarFile(jar.toFile())) {
            entries = Collections.list(jf.entries()).stream().map(e -> e.getName()).toList();
        }
        assertThat(entries).contains("mjcprog/main.class", "mjcprog/twice.class", "mjcprog/greet.class");
        assertThat(entries).noneMatch(n -> n.startsWith("mjc/compiler/") || n.endsWith(".m") || n.startsWith("org/objectweb/"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(java, "-jar", jar.toString())));
        pb.directory(Path.of("/").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isEqualTo(0);
        assertThat(out).isEqualTo("42 hi jar\n");
    }

    @Test
    void singleScriptBuildsAndReportsErrorsLikeRun() throws IOException, InterruptedException {
        Path f = dir.resolve("oops.m");
        Files.writeString(f, "disp('before')\nerror('my:id', 'went wrong %d', 3);\n");
        Path jar = dir.resolve("oops.jar");
        assertThat(CliRun.of("build", f.toString(), "-o", jar.toString()).exit()).isEqualTo(0);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(out).isEqualTo("before\n");
        assertThat(err).startsWith("error: went wrong 3\n").contains("at oops (");
    }

    @Test
    void programThatEvaluatesTextCarriesTheCompiler() throws Exception {
        Path f = dir.resolve("dyn.m");
        Files.writeString(f, "x = 4;\neval('y = x + 1;');\nf = str2func('@(a) a * 3');\nfprintf('%d %d\\n', y, f(y));\n");
        Path jar = dir.resolve("dyn.jar");
        CliRun build = CliRun.of("build", f.toString(), "-o", jar.toString());
        assertThat(build.exit()).as(build.stderr()).isEqualTo(0);
        assertThat(build.stderr()).contains("includes the compiler");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString()).directory(Path.of("/").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isEqualTo(0);
        assertThat(out).isEqualTo("5 15\n");
    }
}
