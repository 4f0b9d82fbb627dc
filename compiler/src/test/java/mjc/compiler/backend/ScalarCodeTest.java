package mjc.compiler.backend;

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
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * Scalar code in JVM doubles (SPEC §7): a for loop summing doubles keeps its variables in
 * double locals with no allocation in the loop, and the generic entry hands real double
 * scalars to the specialized one.
 */
class ScalarCodeTest {
    @TempDir
    Path dir;

    private ClassNode compile(String name, String source) throws IOException {
        Path f = dir.resolve(name + ".m");
        Files.writeString(f, source);
        CompiledProgram p = new Compiler(List.of()).compile(f, name + ".m");
        ClassNode cn = new ClassNode();
        new ClassReader(p.classes().get("mjcprog/" + name)).accept(cn, 0);
        return cn;
    }

    private static MethodNode method(ClassNode cn, String name) {
        return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void forLoopSummingDoublesUsesDoubleLocalsAndAllocatesNothing() throws IOException {
        ClassNode cn = compile("sumto", "function s = sumto(n)\n  s = 0;\n  for i = 1:n\n    s = s + i * 0.5;\n  end\nend\n");
        MethodNode spec = method(cn, "call$d");
        assertThat(spec.desc).isEqualTo("(DI)D");
        boolean dadd = false;
        boolean dmul = false;
        for (AbstractInsnNode insn : spec.instructions) {
            int op = insn.getOpcode();
            assertThat(op).as(text(spec)).isNotIn(Opcodes.NEW, Opcodes.NEWARRAY, Opcodes.ANEWARRAY);
            if (insn instanceof MethodInsnNode call) {
                assertThat(call.owner + "." + call.name).as("call in the specialized body")
                    .isIn("mjc/runtime/session/CallDepth.enter", "mjc/runtime/session/CallDepth.exit",
                        "mjc/runtime/ops/Colon.count", "mjc/runtime/call/Loops.element",
                        "mjc/runtime/call/Loops.intRange",
                        "mjc/runtime/call/Calls.unassignedOutput", "mjc/runtime/call/Calls.recursionLimit");
            }
            dadd |= op == Opcodes.DADD;
            dmul |= op == Opcodes.DMUL;
        }
        assertThat(dadd && dmul).as(text(spec)).isTrue();
        assertThat(text(spec)).contains("DSTORE").contains("DLOAD");
        // the generic entry checks for real double scalars and calls the specialized body
        assertThat(text(method(cn, "call"))).contains("mjc/runtime/call/Calls.realScalars")
            .contains("INVOKESTATIC mjcprog/sumto.call$d (DI)D");
    }

    @Test
    void recursiveFunctionCallsItsSpecializedSelf() throws IOException {
        ClassNode cn = compile("fib", "function r = fib(n)\n  if n < 2\n    r = n;\n  else\n"
            + "    r = fib(n - 1) + fib(n - 2);\n  end\nend\n");
        String code = text(method(cn, "call$d"));
        assertThat(code).contains("INVOKESTATIC mjcprog/fib.call$d (DI)D").contains("DCMPG")
            .doesNotContain("DoubleArray.scalar");
    }

    @Test
    void elementLoopsIndexTheDoubleArrayWithTheLoopVariableAsAnInt() throws IOException {
        ClassNode cn = compile("prefix", "function s = prefix(n)\n  w = mod(1:n, 10);\n  v = zeros(1, n);\n"
            + "  v(1) = w(1);\n  for i = 2:n\n    v(i) = v(i - 1) + w(i);\n  end\n  s = v(n);\nend\n");
        String code = text(method(cn, "call$d"));
        // before the loop: v made unshared once, w read where it is, the range checked for ints
        assertThat(code).contains("mjc/runtime/ops/ElementLoops.unshared").contains("mjc/runtime/ops/ElementLoops.readDataOrNull")
            .contains("mjc/runtime/call/Loops.intRange");
        // in the loop: v(i - 1) and w(i) as DALOAD, v(i) = ... as DASTORE, at int subscripts
        assertThat(code.split("DALOAD", -1)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(code).contains("DASTORE").contains("IADD").contains("I2D");
        // the general path stays for what the fast one does not take (growth, bad subscripts)
        assertThat(code).contains("mjc/runtime/index/Assign.realSet").contains("mjc/runtime/index/Index.realAt");
    }

    @Test
    void functionsGivenDoubleScalarsGetAVersionWithDoubleLoopVariables() throws IOException {
        // the output is an array, so there is no call$d; call$p takes n as a double and i with it
        ClassNode cn = compile("squares", "function v = squares(n)\n  v = zeros(1, n);\n  for i = 1:n\n"
            + "    v(i) = i ^ 2;\n  end\nend\n");
        assertThat(cn.methods).noneMatch(m -> m.name.equals("call$d"));
        String p = text(method(cn, "call$p"));
        assertThat(p).contains("mjc/runtime/call/Calls.unboxDouble").contains("DASTORE")
            .doesNotContain("Loops.elementAs");
        assertThat(text(method(cn, "call"))).contains("mjc/runtime/call/Calls.realScalars")
            .contains("INVOKESTATIC mjcprog/squares.call$p").contains("Loops.elementAs");
    }

    @Test
    void fusedLoopsRunInAMethodOfTheirOwn() throws IOException {
        // inside sum(...) the operand stack is not empty; a loop there could not be compiled by
        // the JIT on the spot (OSR), so the element loop is a synthetic static method
        ClassNode cn = compile("scaled", "function s = scaled(n)\n  s = sum(mod(1:n, 7) / 7 + 1);\nend\n");
        // (the generic entry gets its own loop over a made 1:n; call$p's takes the range's parts)
        MethodNode loop = cn.methods.stream().filter(m -> m.name.startsWith("fused$") && m.desc.equals("(DDDI)[D"))
            .findFirst().orElseThrow();
        assertThat(text(loop)).contains("DASTORE").contains("java/lang/Math.floor");
        assertThat(text(method(cn, "call$p"))).contains("INVOKESTATIC mjcprog/scaled." + loop.name + " (DDDI)[D")
            .doesNotContain("DASTORE");
    }

    @Test
    void valuesThatMayNotBeDoublesStayGeneric() throws IOException {
        // v(i) may be of any class: s cannot be a double local, so no specialized entry is made
        ClassNode cn = compile("sumv", "function s = sumv(v)\n  s = 0;\n  for i = 1:numel(v)\n    s = s + v(i);\n  end\nend\n");
        assertThat(cn.methods).noneMatch(m -> m.name.equals("call$d"));
    }

    private static String text(MethodNode m) {
        Textifier t = new Textifier();
        TraceMethodVisitor v = new TraceMethodVisitor(t);
        m.accept(v);
        StringWriter w = new StringWriter();
        t.print(new PrintWriter(w));
        return w.toString();
    }
}
