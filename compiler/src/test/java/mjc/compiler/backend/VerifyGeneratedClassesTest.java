package mjc.compiler.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import mjc.compiler.ProgramClassLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Every class generated for the golden programs and examples passes ASM's CheckClassAdapter. */
class VerifyGeneratedClassesTest {
    @TestFactory
    Stream<DynamicTest> everyGeneratedClassVerifies() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("../test-programs", "../examples")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".m")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> verify(f)));
    }

    private static void verify(Path f) {
        CompiledProgram p;
        try {
            p = new Compiler(List.of()).compile(f, f.toString());
        } catch (mjc.compiler.frontend.CompileError e) {
            return; // files meant to fail compilation have nothing to verify
        }
        ProgramClassLoader loader = new ProgramClassLoader(p.classes(), VerifyGeneratedClassesTest.class.getClassLoader());
        for (Map.Entry<String, byte[]> e : p.classes().entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            assertThat(sw.toString()).as("verification of " + e.getKey()).isEmpty();
        }
    }
}
