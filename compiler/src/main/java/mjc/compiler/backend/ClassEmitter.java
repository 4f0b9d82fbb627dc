package mjc.compiler.backend;

import java.util.ArrayList;
import java.util.List;
import mjc.compiler.hir.HClass;
import mjc.compiler.hir.HFunction;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The JVM class of a classdef class: one {@code Value} field per stored property it adds to its
 * first superclass's layout, the slot accessors MObject declares, and a static initializer that
 * builds its MetaClass from a text description and the compiled methods (docs/architecture.md).
 */
final class ClassEmitter implements Opcodes {
    private static final String MOBJECT = "mjc/runtime/object/MObject";
    private static final Handle LMF = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);

    private ClassEmitter() {
    }

    static byte[] emit(HClass c) {
        String parent = c.supers.isEmpty() ? MOBJECT : c.supers.get(0).jvmName;
        int inherited = c.supers.isEmpty() ? 0 : c.supers.get(0).stored().size();
        List<HClass.Prop> stored = c.stored();
        List<HClass.Prop> own = stored.subList(inherited, stored.size());
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, c.jvmName, null, parent, null);
        cw.visitSource(c.file.substring(c.file.lastIndexOf('/') + 1), null);
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "META", Names.META_D, null, null).visitEnd();
        for (HClass.Prop p : own) {
            cw.visitField(ACC_PUBLIC, field(p), Names.VALUE_D, null, null).visitEnd();
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, parent, "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "metaClass", "()" + Names.META_D, null, null);
        mv.visitCode();
        mv.visitFieldInsn(GETSTATIC, c.jvmName, "META", Names.META_D);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "blank", "()L" + MOBJECT + ";", null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, c.jvmName);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, c.jvmName, "<init>", "()V", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "slotCount", "()I", null, null);
        mv.visitCode();
        mv.visitLdcInsn(stored.size());
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        slotAccessor(cw, c, parent, own, inherited, false);
        slotAccessor(cw, c, parent, own, inherited, true);
        staticInit(cw, c);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static String field(HClass.Prop p) {
        return "p$" + p.name;
    }

    /** slot(i) / setSlot(i, v): this class's own slots by tableswitch, lower ones by the superclass. */
    private static void slotAccessor(ClassWriter cw, HClass c, String parent, List<HClass.Prop> own, int first,
                                     boolean set) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, set ? "setSlot" : "slot",
            set ? "(I" + Names.VALUE_D + ")V" : "(I)" + Names.VALUE_D, null, null);
        mv.visitCode();
        Label dflt = new Label();
        if (!own.isEmpty()) {
            Label[] cases = new Label[own.size()];
            for (int i = 0; i < cases.length; i++) {
                cases[i] = new Label();
            }
            mv.visitVarInsn(ILOAD, 1);
            mv.visitTableSwitchInsn(first, first + own.size() - 1, dflt, cases);
            for (int i = 0; i < cases.length; i++) {
                mv.visitLabel(cases[i]);
                mv.visitVarInsn(ALOAD, 0);
                if (set) {
                    mv.visitVarInsn(ALOAD, 2);
                    mv.visitFieldInsn(PUTFIELD, c.jvmName, field(own.get(i)), Names.VALUE_D);
                    mv.visitInsn(RETURN);
                } else {
                    mv.visitFieldInsn(GETFIELD, c.jvmName, field(own.get(i)), Names.VALUE_D);
                    mv.visitInsn(ARETURN);
                }
            }
        }
        mv.visitLabel(dflt);
        if (parent.equals(MOBJECT)) {
            if (set) {
                mv.visitInsn(RETURN);
            } else {
                mv.visitInsn(ACONST_NULL);
                mv.visitInsn(ARETURN);
            }
        } else {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ILOAD, 1);
            if (set) {
                mv.visitVarInsn(ALOAD, 2);
                mv.visitMethodInsn(INVOKESPECIAL, parent, "setSlot", "(I" + Names.VALUE_D + ")V", false);
                mv.visitInsn(RETURN);
            } else {
                mv.visitMethodInsn(INVOKESPECIAL, parent, "slot", "(I)" + Names.VALUE_D, false);
                mv.visitInsn(ARETURN);
            }
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void staticInit(ClassWriter cw, HClass c) {
        List<HFunction> fns = new ArrayList<>();
        StringBuilder spec = new StringBuilder();
        boolean abstractMethods = c.methods.values().stream().anyMatch(HClass.Method::isAbstract);
        spec.append("class\t").append(c.name).append('\t').append(c.isAbstract || abstractMethods ? "abstract" : "");
        spec.append("\nctor\t").append(index(fns, c.constructor)).append('\t').append(String.join(",", c.explicitSupers));
        spec.append("\ndefaults\t").append(index(fns, c.defaults));
        spec.append("\nconstants\t").append(index(fns, c.constants));
        if (!c.events.isEmpty()) {
            spec.append("\nevents\t").append(String.join(",", c.events));
        }
        if (c.builtinBase != null) {
            spec.append("\nbuiltin\t").append(c.builtinBase);
        }
        if (!c.enumNames.isEmpty()) {
            spec.append("\nenum\t").append(String.join(",", c.enumNames)).append('\t').append(index(fns, c.enumArgs));
        }
        for (HClass.Prop p : c.props) {
            List<String> flags = new ArrayList<>();
            if (p.constant) {
                flags.add("constant");
            }
            if (p.dependent) {
                flags.add("dependent");
            }
            if (p.hidden) {
                flags.add("hidden");
            }
            if (p.observable) {
                flags.add("observable");
            }
            boolean mine = p.definer == c;
            spec.append("\nprop\t").append(p.name).append('\t').append(p.slot).append('\t').append(p.definer.name)
                .append('\t').append(p.getAccess).append('\t').append(p.setAccess).append('\t')
                .append(String.join(",", flags)).append('\t').append(mine ? index(fns, p.getter) : -1).append('\t')
                .append(mine ? index(fns, p.setter) : -1).append('\t').append(mine ? index(fns, p.validator) : -1);
        }
        for (var e : c.methods.entrySet()) {
            HClass.Method m = e.getValue();
            List<String> flags = new ArrayList<>();
            if (m.isStatic()) {
                flags.add("static");
            }
            if (m.isAbstract()) {
                flags.add("abstract");
            }
            spec.append("\nmethod\t").append(e.getKey()).append('\t').append(index(fns, m.function())).append('\t')
                .append(m.access()).append('\t').append(String.join(",", flags));
        }
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitLdcInsn(spec.toString());
        mv.visitTypeInsn(NEW, c.jvmName);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, c.jvmName, "<init>", "()V", false);
        int nsup = c.supers.size() + (c.directHandle ? 1 : 0);
        mv.visitLdcInsn(nsup);
        mv.visitTypeInsn(ANEWARRAY, Names.META);
        int k = 0;
        for (HClass s : c.supers) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(k++);
            mv.visitFieldInsn(GETSTATIC, s.jvmName, "META", Names.META_D);
            mv.visitInsn(AASTORE);
        }
        if (c.directHandle) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(k);
            mv.visitFieldInsn(GETSTATIC, Names.META, "HANDLE", Names.META_D);
            mv.visitInsn(AASTORE);
        }
        mv.visitLdcInsn(fns.size());
        mv.visitTypeInsn(ANEWARRAY, Names.CALLABLE);
        Type sam = Type.getMethodType(Names.CALL_DESC);
        for (int i = 0; i < fns.size(); i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            Handle impl = new Handle(H_INVOKESTATIC, fns.get(i).className, "call", Names.CALL_DESC, false);
            mv.visitInvokeDynamicInsn("call", "()L" + Names.CALLABLE + ";", LMF, sam, impl, sam);
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, Names.META, "define", "(Ljava/lang/String;L" + MOBJECT + ";[" + Names.META_D
            + "[L" + Names.CALLABLE + ";)" + Names.META_D, false);
        mv.visitFieldInsn(PUTSTATIC, c.jvmName, "META", Names.META_D);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static int index(List<HFunction> fns, HFunction f) {
        if (f == null) {
            return -1;
        }
        fns.add(f);
        return fns.size() - 1;
    }
}
