package mjc.compiler.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * The shape of a compiled async function: a state-machine class whose resume method dispatches
 * on the int state with a tableswitch, and whose spilled locals are fields, only the ones live
 * across the await.
 */
class AsyncBytecodeTest {
    @TempDir
    Path dir;

    @Test
    void asyncFunctionCompilesToAStateMachine() throws IOException {
        Path f = dir.resolve("fetch_twice.m");
        Files.writeString(f, String.join("\n",
            "async function total = fetch_twice(n)",
            "  big = zeros(1, 1000);",
            "  first = await(sleep_ms(n));",
            "  unused = numel(big);",
            "  total = n * 2;",
            "  await(sleep_ms(n));",
            "  total = total + 1;",
            "end", ""));
        CompiledProgram p = new Compiler(List.of()).compile(f, "fetch_twice.m");
        assertThat(p.classes()).containsKey("mjcprog/fetch_twice$co");
        ClassNode cn = new ClassNode();
        new ClassReader(p.classes().get("mjcprog/fetch_twice$co")).accept(cn, 0);
        assertThat(cn.superName).isEqualTo("mjc/runtime/task/Coroutine");
        MethodNode resume = cn.methods.stream().filter(m -> m.name.equals("resume")).findFirst().orElseThrow();
        String code = text(resume);
        assertThat(code).contains("TABLESWITCH").contains("GETFIELD mjc/runtime/task/Coroutine.state : I")
            .contains("PUTFIELD mjc/runtime/task/Coroutine.state : I");
        List<String> fields = cn.fields.stream().map((FieldNode fl) -> fl.name).toList();
        assertThat(fields).contains("args", "aw").anyMatch(n -> n.startsWith("s$"));
        // at the first await, big is live (used after it); at the second, only total is
        assertThat(code).contains("PUTFIELD mjcprog/fetch_twice$co.s$");
    }

    private static String text(MethodNode m) {
        Textifier t = new Textifier();
        TraceMethodVisitor v = new TraceMethodVisitor(t);
        m.accept(v);
        StringWriter sw = new StringWriter();
        t.print(new PrintWriter(sw));
        return sw.toString();
    }
}
