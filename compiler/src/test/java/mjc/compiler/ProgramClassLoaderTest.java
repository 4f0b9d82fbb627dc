package mjc.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Under the tests, every class a program defines is checked by CheckClassAdapter before the JVM sees it. */
class ProgramClassLoaderTest {
    /** A class whose method reads a double from a slot that holds a reference (the VerifyError once emitted). */
    private static byte[] badClass() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "mjcprog/Bad", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", "()D", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, 0);
        mv.visitVarInsn(Opcodes.DLOAD, 0);
        mv.visitInsn(Opcodes.DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void testsRunWithTheCheckOn() {
        assertThat(Boolean.getBoolean("mjc.verifyClasses")).isTrue();
    }

    @Test
    void aBadGeneratedClassIsRefusedWithCheckClassAdaptersReport() {
        ProgramClassLoader loader = new ProgramClassLoader(Map.of("mjcprog/Bad", badClass()), getClass().getClassLoader());
        assertThatThrownBy(() -> Class.forName("mjcprog.Bad", true, loader))
            .isInstanceOf(VerifyError.class).hasMessageContaining("fails CheckClassAdapter").hasMessageContaining("f()D");
    }
}
