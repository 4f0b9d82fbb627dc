package mjc.compiler.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * One generated JVM class: the class header, a pool of literal values kept in static final
 * fields (so a literal in a loop is not rebuilt on every iteration), persistent variables as
 * static fields, and a static initializer that registers the class's methods with
 * FrameRegistry under the names MATLAB shows in stack traces.
 */
final class ClassBuilder {
    final String name;
    final String sourceFile;
    final ClassWriter cw;
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final List<String[]> constantInits = new ArrayList<>();
    private final List<String[]> frames = new ArrayList<>();
    private final Set<String> persistents = new LinkedHashSet<>();
    private int lambdaCounter;

    ClassBuilder(String name, String sourceFile) {
        this(name, sourceFile, "java/lang/Object");
    }

    ClassBuilder(String name, String sourceFile, String superName) {
        this.name = name;
        this.sourceFile = sourceFile;
        this.cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                if (a.equals(b)) {
                    return a;
                }
                if (a.startsWith("mjcprog/") || b.startsWith("mjcprog/")) {
                    return "java/lang/Object";
                }
                try {
                    return super.getCommonSuperClass(a, b);
                } catch (RuntimeException e) {
                    return "java/lang/Object";
                }
            }

            @Override
            protected ClassLoader getClassLoader() {
                return ClassBuilder.class.getClassLoader();
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null,
            superName, null);
        cw.visitSource(sourceFile, null);
    }

    private final Map<String, String> sites = new LinkedHashMap<>();

    /** A static field holding the MemberSite (inline cache) of member {@code member} read or written here. */
    String memberSite(String member, String accessorOf) {
        String key = member + "\u0000" + accessorOf;
        String existing = sites.get(key);
        if (existing != null) {
            return existing;
        }
        String field = "S" + sites.size();
        sites.put(key, field);
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, field, "L" + Names.MEMBER_SITE + ";",
            null, null).visitEnd();
        return field;
    }

    String nextLambdaName(String prefix) {
        return prefix + "$" + (++lambdaCounter);
    }

    /** A static field holding a frozen literal; kind is D (double), I (imaginary), C (char), S (string). */
    String constant(String kind, double number, String text) {
        String key = kind + ":" + (text != null ? text : Double.toString(number)) + ":" + Double.doubleToRawLongBits(number);
        String existing = constants.get(key);
        if (existing != null) {
            return existing;
        }
        String field = "C" + constants.size();
        constants.put(key, field);
        constantInits.add(new String[] {field, kind, Double.toString(number), text});
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, field, Names.VALUE_D, null, null)
            .visitEnd();
        return field;
    }

    private final Set<String> spillFields = new LinkedHashSet<>();

    /** The field a coroutine spills local slot into (typed: A reference, I int, D double). */
    String spillField(int slot, char type) {
        String field = "s$" + slot;
        if (spillFields.add(field)) {
            String desc = type == 'I' ? "I" : type == 'D' ? "D" : Names.VALUE_D;
            cw.visitField(Opcodes.ACC_PRIVATE, field, desc, null, null).visitEnd();
        }
        return field;
    }

    private boolean timerField;

    /** The field holding a state machine's pending sleep timer (made on first use). */
    String timerField() {
        if (!timerField) {
            timerField = true;
            cw.visitField(Opcodes.ACC_PRIVATE, "tm", "Ljava/lang/Object;", null, null).visitEnd();
        }
        return "tm";
    }

    boolean hasTimerField() {
        return timerField;
    }

    String persistent(String variable) {
        String field = "p$" + variable;
        if (persistents.add(field)) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, field, Names.VALUE_D, null, null).visitEnd();
        }
        return field;
    }

    private int syntheticIds;

    /** A fresh number for a synthetic method of this class (fused loops). */
    int nextSyntheticId() {
        return syntheticIds++;
    }

    void frame(String method, String matlabName, String file) {
        frames.add(new String[] {method, matlabName, file});
    }

    /** Chars per piece of a long text: at most 3 bytes each in the class file's modified UTF-8. */
    private static final int TEXT_PIECE = 16_000;

    /**
     * Pushes a String. A constant-pool string holds at most 65,535 bytes, so a longer literal
     * (a 10 MB char vector in a script) is built from pieces at class initialization.
     */
    static void pushText(MethodVisitor mv, String text) {
        if (text.length() <= TEXT_PIECE) {
            mv.visitLdcInsn(text);
            return;
        }
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(text.length());
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(I)V", false);
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + TEXT_PIECE);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // keep a surrogate pair in one piece
            }
            mv.visitLdcInsn(text.substring(start, end));
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            start = end;
        }
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
    }

    byte[] finish() {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        for (String[] c : constantInits) {
            double number = Double.parseDouble(c[2]);
            switch (c[1]) {
                case "D":
                    mv.visitLdcInsn(number);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, Names.DOUBLE_ARRAY, "scalar", "(D)L" + Names.DOUBLE_ARRAY + ";", false);
                    break;
                case "I":
                    mv.visitInsn(Opcodes.DCONST_0);
                    mv.visitLdcInsn(number);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, Names.DOUBLE_ARRAY, "complex", "(DD)L" + Names.DOUBLE_ARRAY + ";", false);
                    break;
                case "C":
                    pushText(mv, c[3]);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, Names.CHAR_ARRAY, "of", "(Ljava/lang/String;)L" + Names.CHAR_ARRAY + ";", false);
                    break;
                default:
                    pushText(mv, c[3]);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, Names.STRING_ARRAY, "of", "(Ljava/lang/String;)L" + Names.STRING_ARRAY + ";", false);
                    break;
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Names.VALUE, "freeze", "()" + Names.VALUE_D, false);
            mv.visitFieldInsn(Opcodes.PUTSTATIC, name, c[0], Names.VALUE_D);
        }
        for (Map.Entry<String, String> e : sites.entrySet()) {
            String[] key = e.getKey().split("\u0000", -1);
            mv.visitTypeInsn(Opcodes.NEW, Names.MEMBER_SITE);
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(key[0]);
            if (key[1].equals("null")) {
                mv.visitInsn(Opcodes.ACONST_NULL);
            } else {
                mv.visitLdcInsn(key[1]);
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, Names.MEMBER_SITE, "<init>", "(Ljava/lang/String;Ljava/lang/String;)V",
                false);
            mv.visitFieldInsn(Opcodes.PUTSTATIC, name, e.getValue(), "L" + Names.MEMBER_SITE + ";");
        }
        for (String[] f : frames) {
            mv.visitLdcInsn(name.replace('/', '.'));
            mv.visitLdcInsn(f[0]);
            mv.visitLdcInsn(f[1]);
            mv.visitLdcInsn(f[2]);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Names.FRAMES, "register",
                "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V", false);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
