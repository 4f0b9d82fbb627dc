package mjc.compiler.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mjc.compiler.frontend.Diagnostic;
import mjc.compiler.hir.HExpr;
import mjc.compiler.hir.HFunction;
import mjc.compiler.hir.Variable;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits a whole program: one class per script or function (local functions included), closure
 * bodies as static methods of the class that creates them, and the {@code mjcprog/$Program}
 * class whose {@code init()} registers every function by name for run-time lookups.
 */
public final class ProgramEmitter implements Opcodes {
    public static final String PROGRAM_CLASS = "mjcprog/$Program";
    /** The specialized entry of a function whose arguments and first output are double scalars. */
    static final String SPECIALIZED = "call$d";

    /** Doubles in, double out, and the call depth (for the recursion limit without touching shared state). */
    static String specializedDesc(int nargs) {
        return "(" + "D".repeat(nargs) + "I)D";
    }

    /** Functions with a specialized entry (ScalarTypes proved their first output a double for double arguments). */
    private final java.util.Set<HFunction> specialized = new java.util.HashSet<>();
    private final mjc.compiler.hir.ScalarTypes.Callees callees =
        (f, n) -> specialized.contains(f) && f.params.size() == n;

    mjc.compiler.hir.ScalarTypes.Callees callees() {
        return callees;
    }

    boolean hasSpecializations() {
        return !specialized.isEmpty();
    }

    /**
     * Finds the functions worth a specialized entry, as a greatest fixpoint: start from every
     * candidate, drop those whose first output is not a double scalar when their arguments are,
     * until none is dropped (recursive functions like fib stay in).
     */
    public void analyse(java.util.Collection<HFunction> functions) {
        if (generic) {
            return;
        }
        for (HFunction f : functions) {
            if (f.kind == HFunction.Kind.FUNCTION && !f.async && !f.varargin && !f.varargout && !f.usesArgCounts
                && !f.dynamicWorkspace && !f.outputs.isEmpty() && f.params.size() <= 32
                && f.nestParent == null && f.frameSize < 0) {
                specialized.add(f);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (HFunction f : new java.util.ArrayList<>(specialized)) {
                java.util.Set<Variable> d = mjc.compiler.hir.ScalarTypes.infer(f, true, callees);
                if (!d.contains(f.outputs.get(0)) || !d.containsAll(f.params)) {
                    specialized.remove(f);
                    changed = true;
                }
            }
        }
    }

    private final Map<String, byte[]> classes = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics;

    /** Calls of names unknown at compile time look the name up when they run (code compiled by eval). */
    private boolean lateBinding;

    public ProgramEmitter(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    public ProgramEmitter lateBinding() {
        this.lateBinding = true;
        return this;
    }

    /**
     * Every specialization off (double locals, call$d/call$p, versioned loops, fused loops): only
     * the generic Value paths are emitted. The differential tests compare a program's output both
     * ways; users reach it with the system property mjc.generic=true.
     */
    private boolean generic = Boolean.getBoolean("mjc.generic");

    public ProgramEmitter generic(boolean on) {
        this.generic = on;
        return this;
    }

    boolean isGeneric() {
        return generic;
    }

    /** What ScalarTypes proves of fn's variables; nothing in generic mode. */
    private mjc.compiler.hir.ScalarTypes.Result scalarTypes(HFunction fn, boolean paramsDouble) {
        return generic ? mjc.compiler.hir.ScalarTypes.Result.NONE
            : mjc.compiler.hir.ScalarTypes.analyse(fn, paramsDouble, callees);
    }

    /** Loops check for Ctrl-C (code typed at the REPL). */
    private boolean interruptible;

    public ProgramEmitter interruptible() {
        this.interruptible = true;
        return this;
    }

    boolean isInterruptible() {
        return interruptible;
    }

    boolean isLateBinding() {
        return lateBinding;
    }

    public Map<String, byte[]> classes() {
        return classes;
    }

    /** Names some class of the program defines as methods (and handle's): calls of them dispatch on objects. */
    private final java.util.Set<String> methodNames = new java.util.HashSet<>();

    public void methodNames(java.util.Collection<String> names) {
        methodNames.addAll(names);
    }

    boolean isMethodName(String name) {
        return methodNames.contains(name);
    }

    /** The JVM class of a classdef class: its instances' fields and the MetaClass it builds. */
    public void emitClass(mjc.compiler.hir.HClass c) {
        classes.put(c.jvmName, ClassEmitter.emit(c));
    }

    String classOf(HFunction f) {
        return f.className;
    }

    /** Emits the class of a script or function (with the closures it creates). */
    public void emit(HFunction fn) {
        withinJvmLimits(fn, () -> emitChecked(fn));
    }

    /**
     * Runs one function's emission, turning the JVM's size limits (64 KB of bytecode per method,
     * 65,535 constants per class) into a located compile error instead of an ASM exception.
     */
    private void withinJvmLimits(HFunction fn, Runnable emission) {
        try {
            emission.run();
        } catch (org.objectweb.asm.MethodTooLargeException | org.objectweb.asm.ClassTooLargeException
                 | org.objectweb.asm.LimitExceededException e) {
            String what = fn.kind == HFunction.Kind.SCRIPT ? "the script '" + fn.name + "'" : "the function '" + fn.name + "'";
            diagnostics.add(Diagnostic.error(fn.file, Math.max(1, fn.line), 1, what + " is too large to compile"
                + " (the JVM allows 64 KB of bytecode per method); split it into functions"));
        }
    }

    private void emitChecked(HFunction fn) {
        if (fn.async || (fn.kind == HFunction.Kind.SCRIPT && suspends(fn))) {
            emitAsyncEntry(fn);
            return;
        }
        ClassBuilder cls = new ClassBuilder(fn.className, fileName(fn.file));
        MethodVisitor mv = sorted(cls.cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "call", Names.CALL_DESC, null, null),
            ACC_PUBLIC | ACC_STATIC, "call", Names.CALL_DESC);
        cls.frame("call", fn.frameName, fn.file);
        mv.visitCode();
        MethodState st = new MethodState(mv, cls, fn, 2, 0, 1, -1);
        mjc.compiler.hir.ScalarTypes.Result generic = scalarTypes(fn, false);
        st.types(generic);
        if (specialized.contains(fn)) {
            dispatchToSpecialized(mv, fn);
        }
        long scalarMask = gainsFromScalarParams(fn, generic);
        boolean scalarParams = scalarMask != 0;
        if (scalarParams) {
            dispatchToScalarParams(mv, fn, scalarMask);
        }
        emitBody(st, fn, false);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        if (specialized.contains(fn)) {
            emitSpecialized(cls, fn);
        }
        if (scalarParams) {
            emitScalarParams(cls, fn);
        }
        classes.put(fn.className, cls.finish());
    }

    /**
     * The generic entry goes to the specialized one when asked for one output and given real
     * double scalars: the same MATLAB semantics, in JVM doubles.
     */
    private void dispatchToSpecialized(MethodVisitor mv, HFunction fn) {
        int n = fn.params.size();
        Label generic = new Label();
        mv.visitVarInsn(ILOAD, 1);
        pushInt(mv, 1);
        mv.visitJumpInsn(IF_ICMPNE, generic);
        mv.visitVarInsn(ALOAD, 0);
        pushInt(mv, n);
        mv.visitMethodInsn(INVOKESTATIC, Names.CALLS, "realScalars", "(" + Names.VALUES_D + "I)Z", false);
        mv.visitJumpInsn(IFEQ, generic);
        for (int i = 0; i < n; i++) {
            mv.visitVarInsn(ALOAD, 0);
            pushInt(mv, i);
            mv.visitInsn(AALOAD);
            mv.visitMethodInsn(INVOKESTATIC, Names.CALLS, "unboxDouble", "(" + Names.VALUE_D + ")D", false);
        }
        mv.visitMethodInsn(INVOKESTATIC, Names.CALL_DEPTH, "depth", "()I", false);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IADD);
        mv.visitMethodInsn(INVOKESTATIC, fn.className, SPECIALIZED, specializedDesc(n), false);
        mv.visitMethodInsn(INVOKESTATIC, Names.CALLS, "oneDouble", "(D)" + Names.VALUES_D, false);
        mv.visitInsn(ARETURN);
        mv.visitLabel(generic);
    }

    /** The entry for calls whose arguments are all real double scalars (any outputs, any nargout). */
    static final String SCALAR_PARAMS = "call$p";

    /**
     * Whether a body compiled for real double scalar arguments keeps more variables in JVM
     * doubles than the generic one (typically: for i = 1:n, with n a parameter).
     */
    private long gainsFromScalarParams(HFunction fn, mjc.compiler.hir.ScalarTypes.Result generic) {
        if (fn.kind != HFunction.Kind.FUNCTION || fn.async || fn.dynamicWorkspace || fn.workspaceBound
            || specialized.contains(fn) && fn.outputs.size() == 1) { // call$d serves those
            return 0;
        }
        return scalarParamMask(fn, generic);
    }

    /**
     * Bit i set for each parameter that stays a double scalar when the body is compiled for
     * double-scalar arguments, if that version has more double locals than the generic one; else 0.
     * Only those parameters are checked at run time (a cell next to a count still gets the version).
     */
    private long scalarParamMask(HFunction fn, mjc.compiler.hir.ScalarTypes.Result generic) {
        int fixed = fn.varargin ? fn.params.size() - 1 : fn.params.size();
        if (fixed <= 0 || fixed > 63 || fn.varargin) {
            return 0;
        }
        mjc.compiler.hir.ScalarTypes.Result typed = scalarTypes(fn, true);
        if (typed.doubles().size() <= generic.doubles().size()) {
            return 0;
        }
        long mask = 0;
        for (int i = 0; i < fixed; i++) {
            if (typed.doubles().contains(fn.params.get(i))) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** Jumps to otherwise unless the arguments named by mask are real double scalars. */
    private static void checkScalarArgs(MethodVisitor mv, long mask, Label otherwise) {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitLdcInsn(mask);
        mv.visitMethodInsn(INVOKESTATIC, Names.CALLS, "realScalarsAt", "(" + Names.VALUES_D + "J)Z", false);
        mv.visitJumpInsn(IFEQ, otherwise);
    }

    /** The generic entry goes to call$p when given real double scalars (after call$d, which wants nargout 1). */
    private void dispatchToScalarParams(MethodVisitor mv, HFunction fn, long mask) {
        Label generic = new Label();
        checkScalarArgs(mv, mask, generic);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitMethodInsn(INVOKESTATIC, fn.className, SCALAR_PARAMS, Names.CALL_DESC, false);
        mv.visitInsn(ARETURN);
        mv.visitLabel(generic);
    }

    /**
     * {@code static Value[] call$p(Value[] args, int nargout)}: the generic entry's body, compiled
     * knowing that every argument is a real double scalar (the McVM way: one more version per
     * argument types), so that parameters and what follows from them live in JVM doubles.
     */
    private void emitScalarParams(ClassBuilder cls, HFunction fn) {
        MethodVisitor mv = sorted(cls.cw.visitMethod(ACC_PUBLIC | ACC_STATIC, SCALAR_PARAMS, Names.CALL_DESC, null, null),
            ACC_PUBLIC | ACC_STATIC, SCALAR_PARAMS, Names.CALL_DESC);
        cls.frame(SCALAR_PARAMS, fn.frameName, fn.file);
        mv.visitCode();
        MethodState st = new MethodState(mv, cls, fn, 2, 0, 1, -1);
        st.paramsDouble = true;
        st.types(scalarTypes(fn, true));
        emitBody(st, fn, false);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * {@code static double call$d(double..., int depth)}: the body with its double scalars in JVM
     * doubles. The call depth travels as an argument (checked against the recursion limit), so a
     * recursion of specialized calls touches no shared state.
     */
    private void emitSpecialized(ClassBuilder cls, HFunction fn) {
        int n = fn.params.size();
        String desc = specializedDesc(n);
        MethodVisitor mv = cls.cw.visitMethod(ACC_PUBLIC | ACC_STATIC, SPECIALIZED, desc, null, null);
        cls.frame(SPECIALIZED, fn.frameName, fn.file);
        mv.visitCode();
        int depthSlot = 2 * n;
        MethodState st = new MethodState(mv, cls, fn, 2 * n + 1, -1, -1, -1);
        st.paramsDouble = true;
        st.depthSlot = depthSlot;
        st.types(scalarTypes(fn, true));
        ExprEmitter ex = new ExprEmitter(st, this);
        StatementEmitter stmts = new StatementEmitter(st, ex);
        st.line(fn.line > 0 ? fn.line : 1);
        Label deepEnough = new Label();
        mv.visitVarInsn(ILOAD, depthSlot);
        mv.visitLdcInsn(mjc.runtime.session.CallDepth.LIMIT);
        mv.visitJumpInsn(IF_ICMPLE, deepEnough);
        mv.visitMethodInsn(INVOKESTATIC, Names.CALLS, "recursionLimit", "()Ljava/lang/RuntimeException;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(deepEnough);
        allocateVariables(st, fn);
        for (int i = 0; i < n; i++) {
            Variable p = fn.params.get(i);
            mv.visitVarInsn(DLOAD, 2 * i);
            mv.visitVarInsn(DSTORE, p.slot);
            Integer flag = st.outputFlags.get(p);
            if (flag != null) {
                // function a = f(a): the output starts out assigned
                mv.visitInsn(ICONST_1);
                mv.visitVarInsn(ISTORE, flag);
            }
        }
        stmts.block(fn.body);
        mv.visitLabel(st.exit);
        st.lastLine = -1;
        st.line(lastLine(fn));
        Variable out = fn.outputs.get(0);
        Label assigned = new Label();
        mv.visitVarInsn(ILOAD, st.outputFlags.get(out));
        mv.visitJumpInsn(IFNE, assigned);
        mv.visitLdcInsn(out.name);
        mv.visitLdcInsn(fn.name);
        mv.visitMethodInsn(INVOKESTATIC, Names.CALLS, "unassignedOutput",
            "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/RuntimeException;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(assigned);
        mv.visitVarInsn(DLOAD, out.slot);
        mv.visitInsn(DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Slots for every variable: JVM doubles (0.0) for double locals, references (null) for the rest. */
    private static void allocateVariables(MethodState st, HFunction fn) {
        MethodVisitor mv = st.mv;
        for (Variable v : fn.variables.values()) {
            if (st.isDoubleLocal(v)) {
                v.slot = st.newWideLocal();
                mv.visitInsn(DCONST_0);
                mv.visitVarInsn(DSTORE, v.slot);
                if (fn.outputs.contains(v)) {
                    int flag = st.newIntLocal();
                    mv.visitInsn(ICONST_0);
                    mv.visitVarInsn(ISTORE, flag);
                    st.outputFlags.put(v, flag);
                }
            } else {
                v.slot = st.newLocal();
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, v.slot);
            }
        }
    }

    /**
     * Exception handlers must be listed innermost first (the JVM takes the first match), but
     * the function-wide handler is opened before any try/catch inside it: sort them at the end.
     */
    private static MethodVisitor sorted(MethodVisitor mv, int access, String name, String desc) {
        return new org.objectweb.asm.commons.TryCatchBlockSorter(mv, access, name, desc, null, null);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    /**
     * Common body of functions, scripts and closures: recursion guard, argument checks, variable
     * slots, statements, and the outputs on the way out.
     */
    private void emitBody(MethodState st, HFunction fn, boolean closure) {
        MethodVisitor mv = st.mv;
        ExprEmitter ex = new ExprEmitter(st, this);
        StatementEmitter stmts = new StatementEmitter(st, ex);
        st.line(fn.line > 0 ? fn.line : 1);
        ex.call(Names.CALL_DEPTH, "enter", "()V");
        int indexingSlot = -1;
        if (fn.owner != null && overloadsIndexing(fn.owner)) {
            // in the class's own methods, indexing its objects is built-in (not its subsref/subsasgn)
            indexingSlot = st.newLocal();
            mv.visitFieldInsn(GETSTATIC, fn.owner.jvmName, "META", Names.META_D);
            mv.visitMethodInsn(INVOKESTATIC, Names.INDEXING, "enter", "(" + Names.META_D + ")" + Names.META_D, false);
            mv.visitVarInsn(ASTORE, indexingSlot);
        }
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
        // slots are set before the protected range so the handler may read them (write-back)
        if (fn.workspaceBound) {
            for (Variable v : fn.variables.values()) {
                v.slot = st.newLocal();
                mv.visitVarInsn(ALOAD, 0);
                mv.visitLdcInsn(v.name);
                mv.visitMethodInsn(INVOKEVIRTUAL, Names.WORKSPACE, "get", "(Ljava/lang/String;)" + Names.VALUE_D, false);
                mv.visitVarInsn(ASTORE, v.slot);
            }
        } else {
            allocateVariables(st, fn);
        }
        if (fn.dynamicWorkspace) {
            st.workspaceSlot = st.newLocal();
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, st.workspaceSlot);
        }
        mv.visitLabel(tryStart);
        int fixedParams = fn.varargin ? fn.params.size() - 1 : fn.params.size();
        if (fn.kind != HFunction.Kind.SCRIPT) {
            if (!fn.varargin) {
                mv.visitVarInsn(ALOAD, st.argsSlot);
                ex.pushInt(fn.params.size());
                ex.call(Names.CALLS, "checkInputs", "(" + Names.VALUES_D + "I)V");
            }
            if (fn.kind == HFunction.Kind.FUNCTION && !fn.varargout) {
                mv.visitVarInsn(ILOAD, st.nargoutSlot);
                ex.pushInt(fn.outputs.size());
                ex.call(Names.CALLS, "checkOutputs", "(II)V");
            }
        }
        if (closure) {
            for (Variable c : fn.captures) {
                mv.visitVarInsn(ALOAD, st.capturesSlot);
                ex.pushInt(c.captureIndex);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, c.slot);
            }
        }
        newFrame(st, fn);
        for (int i = 0; i < fixedParams; i++) {
            Variable p = fn.params.get(i);
            if (p.slot < 0) {
                continue;
            }
            mv.visitVarInsn(ALOAD, st.argsSlot);
            ex.pushInt(i);
            if (st.isDoubleLocal(p)) {
                // call$p: the entry checked that every argument is a real double scalar
                mv.visitInsn(AALOAD);
                ex.call(Names.CALLS, "unboxDouble", "(" + Names.VALUE_D + ")D");
                mv.visitVarInsn(DSTORE, p.slot);
                Integer flag = st.outputFlags.get(p);
                if (flag != null) {
                    mv.visitInsn(ICONST_1);
                    mv.visitVarInsn(ISTORE, flag);
                }
                continue;
            }
            ex.call(Names.CALLS, "param", "(" + Names.VALUES_D + "I)" + Names.VALUE_D);
            ex.storeVar(p);
        }
        if (fn.varargin) {
            Variable va = fn.params.get(fn.params.size() - 1);
            mv.visitVarInsn(ALOAD, st.argsSlot);
            ex.pushInt(fixedParams);
            ex.call(Names.CALLS, "varargin", "(" + Names.VALUES_D + "I)" + Names.VALUE_D);
            ex.own();
            ex.storeVar(va);
        }
        int result = st.newLocal();
        if (fn.kind == HFunction.Kind.LAMBDA) {
            HExpr body = fn.expression;
            if (ExprEmitter.multiCapable(body)) {
                ex.multi(body, () -> mv.visitVarInsn(ILOAD, st.nargoutSlot));
            } else {
                ex.value(body);
                ex.wrapOne();
            }
            mv.visitVarInsn(ASTORE, result);
        } else {
            if (fn.kind == HFunction.Kind.BLOCK) {
                st.resultSlot = st.newLocal();
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, st.resultSlot);
            }
            stmts.block(fn.body);
            mv.visitLabel(st.exit);
            st.lastLine = -1;
            st.line(lastLine(fn));
            if (fn.kind == HFunction.Kind.FUNCTION) {
                mv.visitVarInsn(ILOAD, st.nargoutSlot);
                ex.pushInt(fn.outputs.size());
                mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
                for (int i = 0; i < fn.outputs.size(); i++) {
                    mv.visitInsn(DUP);
                    ex.pushInt(i);
                    ex.loadVar(fn.outputs.get(i));
                    if (fn.outputs.get(i).storage == Variable.Storage.SHARED) {
                        // a handle may keep the frame alive: the caller must not update the value in place
                        sharedOutput(mv);
                    }
                    mv.visitInsn(AASTORE);
                }
                ex.pushInt(fn.varargout ? 1 : 0);
                ex.pushInt(fn.outputs.size());
                mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
                for (int i = 0; i < fn.outputs.size(); i++) {
                    mv.visitInsn(DUP);
                    ex.pushInt(i);
                    mv.visitLdcInsn(fn.outputs.get(i).name);
                    mv.visitInsn(AASTORE);
                }
                mv.visitLdcInsn(fn.name);
                ex.call(Names.CALLS, "outputs", "(I" + Names.VALUES_D + "Z[Ljava/lang/String;Ljava/lang/String;)" + Names.VALUES_D);
            } else if (fn.kind == HFunction.Kind.BLOCK) {
                Label none = new Label();
                Label done = new Label();
                mv.visitVarInsn(ALOAD, st.resultSlot);
                mv.visitJumpInsn(IFNULL, none);
                mv.visitVarInsn(ALOAD, st.resultSlot);
                ex.wrapOne();
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(none);
                ex.call(Names.CALLS, "none", "()" + Names.VALUES_D);
                mv.visitLabel(done);
            } else {
                ex.call(Names.CALLS, "none", "()" + Names.VALUES_D);
            }
            mv.visitVarInsn(ASTORE, result);
        }
        mv.visitLabel(tryEnd);
        ex.call(Names.CALL_DEPTH, "exit", "()V");
        leaveIndexingContext(mv, indexingSlot);
        writeBack(mv, fn);
        mv.visitVarInsn(ALOAD, result);
        mv.visitInsn(ARETURN);
        mv.visitLabel(handler);
        ex.call(Names.CALL_DEPTH, "exit", "()V");
        leaveIndexingContext(mv, indexingSlot);
        writeBack(mv, fn);
        mv.visitInsn(ATHROW);
    }

    /**
     * A function with nested functions makes its frame before binding its arguments (they may
     * be shared); a nested one links it to its parent's frame, its hidden first argument.
     */
    private static void newFrame(MethodState st, HFunction fn) {
        if (fn.frameSize < 0) {
            return;
        }
        MethodVisitor mv = st.mv;
        mv.visitTypeInsn(NEW, Names.FRAME);
        mv.visitInsn(DUP);
        pushInt(mv, fn.frameSize);
        if (fn.nestParent != null) {
            mv.visitVarInsn(ALOAD, st.argsSlot);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(AALOAD);
            mv.visitTypeInsn(CHECKCAST, Names.FRAME);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        mv.visitMethodInsn(INVOKESPECIAL, Names.FRAME, "<init>", "(IL" + Names.FRAME + ";)V", false);
        mv.visitVarInsn(ASTORE, fn.variables.get("$frame").slot);
    }

    /** The (possibly null) value on the stack, marked shared. */
    private static void sharedOutput(MethodVisitor mv) {
        Label skip = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, skip);
        mv.visitMethodInsn(INVOKEVIRTUAL, Names.VALUE, "share", "()" + Names.VALUE_D, false);
        mv.visitLabel(skip);
    }

    private static void leaveIndexingContext(MethodVisitor mv, int slot) {
        if (slot >= 0) {
            mv.visitVarInsn(ALOAD, slot);
            mv.visitMethodInsn(INVOKESTATIC, Names.INDEXING, "exit", "(" + Names.META_D + ")V", false);
        }
    }

    /** The class or a superclass defines subsref, subsasgn or end. */
    private static boolean overloadsIndexing(mjc.compiler.hir.HClass c) {
        if (c.methods.containsKey("subsref") || c.methods.containsKey("subsasgn") || c.methods.containsKey("end")) {
            return true;
        }
        for (mjc.compiler.hir.HClass s : c.supers) {
            if (overloadsIndexing(s)) {
                return true;
            }
        }
        return false;
    }

    /** Code compiled for eval: every variable goes back to the workspace, also when it fails. */
    private static void writeBack(MethodVisitor mv, HFunction fn) {
        if (!fn.workspaceBound) {
            return;
        }
        for (Variable v : fn.variables.values()) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitLdcInsn(v.name);
            mv.visitVarInsn(ALOAD, v.slot);
            mv.visitMethodInsn(INVOKEVIRTUAL, Names.WORKSPACE, "set", "(Ljava/lang/String;" + Names.VALUE_D + ")V",
                false);
        }
    }

    /**
     * Code evaluated at run time: a class whose static {@code run(Workspace)} executes it
     * against the caller's variables.
     */
    public void emitSnippet(HFunction fn) {
        withinJvmLimits(fn, () -> emitSnippetChecked(fn));
    }

    private void emitSnippetChecked(HFunction fn) {
        ClassBuilder cls = new ClassBuilder(fn.className, fileName(fn.file));
        String desc = "(L" + Names.WORKSPACE + ";)" + Names.VALUES_D;
        MethodVisitor mv = sorted(cls.cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "run", desc, null, null),
            ACC_PUBLIC | ACC_STATIC, "run", desc);
        mv.visitCode(); // no frame entry: an error in evaluated code is reported at the eval call
        MethodState st = new MethodState(mv, cls, fn, 1, -1, -1, -1);
        emitBody(st, fn, false);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        classes.put(fn.className, cls.finish());
    }

    private static int lastLine(HFunction fn) {
        return fn.line;
    }

    /** Emits a closure body as a static method of cls; returns the method name. */
    String closureMethod(ClassBuilder cls, HFunction body) {
        String name = cls.nextLambdaName(body.kind == HFunction.Kind.BLOCK ? "block" : "lambda");
        int access = ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC;
        MethodVisitor mv = sorted(cls.cw.visitMethod(access, name, Names.LAMBDA_DESC, null, null), access, name,
            Names.LAMBDA_DESC);
        cls.frame(name, body.frameName, body.file);
        mv.visitCode();
        MethodState st = new MethodState(mv, cls, body, 3, 1, 2, 0);
        emitBody(st, body, true);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return name;
    }

    // ------------------------------------------------------------------ state machines

    /** Whether a body (closures excluded) contains an await. */
    static boolean suspends(HFunction fn) {
        return SuspensionScan.any(fn.body);
    }

    /**
     * An async function or a script that awaits: its class gets a {@code call} that makes the
     * task (an async function returns it lazily; a script runs it to the end on the executor),
     * and the body becomes a separate state-machine class.
     */
    private void emitAsyncEntry(HFunction fn) {
        String co = fn.className + "$co";
        emitCoroutine(fn, co);
        // a second state machine for real double scalar arguments, when its body gains from them
        String coDouble = null;
        long mask = 0;
        if (fn.kind == HFunction.Kind.FUNCTION && !fn.dynamicWorkspace) {
            mask = scalarParamMask(fn, scalarTypes(fn, false));
        }
        if (mask != 0) {
            coDouble = co + "$p";
            emitCoroutine(fn, coDouble, true);
        }
        ClassBuilder cls = new ClassBuilder(fn.className, fileName(fn.file));
        MethodVisitor mv = cls.cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "call", Names.CALL_DESC, null, null);
        if (fn.kind != HFunction.Kind.SCRIPT) {
            // a script's entry only drives its task: its frame is the state machine's
            cls.frame("call", fn.frameName, fn.file);
        }
        mv.visitCode();
        Label l = new Label();
        mv.visitLabel(l);
        mv.visitLineNumber(Math.max(1, fn.line), l);
        if (fn.kind != HFunction.Kind.SCRIPT && !fn.varargin) {
            mv.visitVarInsn(ALOAD, 0);
            pushInt(mv, fn.params.size());
            mv.visitMethodInsn(INVOKESTATIC, Names.CALLS, "checkInputs", "(" + Names.VALUES_D + "I)V", false);
        }
        Label made = new Label();
        if (coDouble != null) {
            Label generic = new Label();
            checkScalarArgs(mv, mask, generic);
            newTask(mv, fn, coDouble);
            mv.visitJumpInsn(GOTO, made);
            mv.visitLabel(generic);
        }
        newTask(mv, fn, co);
        mv.visitLabel(made);
        if (fn.kind == HFunction.Kind.SCRIPT) {
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, 2);
            mv.visitMethodInsn(INVOKESTATIC, Names.EXECUTOR, "current", "()L" + Names.EXECUTOR + ";", false);
            mv.visitInsn(SWAP);
            mv.visitMethodInsn(INVOKEVIRTUAL, Names.EXECUTOR, "runUntilSettled", "(L" + Names.TASK + ";)V", false);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitMethodInsn(INVOKESTATIC, Names.ASYNC, "outputs", "(L" + Names.TASK + ";)" + Names.VALUES_D, false);
            mv.visitInsn(ARETURN);
        } else {
            mv.visitVarInsn(ASTORE, 2);
            pushInt(mv, 1);
            mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
            mv.visitInsn(DUP);
            pushInt(mv, 0);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitInsn(AASTORE);
            mv.visitInsn(ARETURN);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        if (fn.kind == HFunction.Kind.SCRIPT) {
            // task(): the script's main task, not yet started (for hosts that drive the executor)
            MethodVisitor t = cls.cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "task", "()L" + Names.TASK + ";", null, null);
            t.visitCode();
            t.visitMethodInsn(INVOKESTATIC, Names.EXECUTOR, "current", "()L" + Names.EXECUTOR + ";", false);
            t.visitTypeInsn(NEW, co);
            t.visitInsn(DUP);
            t.visitMethodInsn(INVOKESTATIC, Names.CALLS, "none", "()" + Names.VALUES_D, false);
            pushInt(t, 1);
            t.visitInsn(ACONST_NULL);
            t.visitMethodInsn(INVOKESPECIAL, co, "<init>", "(" + Names.VALUES_D + "I" + Names.VALUES_D + ")V", false);
            t.visitMethodInsn(INVOKEVIRTUAL, Names.EXECUTOR, "newTask", "(L" + Names.COROUTINE + ";)L" + Names.TASK + ";",
                false);
            t.visitInsn(ARETURN);
            t.visitMaxs(0, 0);
            t.visitEnd();
        }
        classes.put(fn.className, cls.finish());
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Leaves a new task over a fresh state machine of class co (arguments in slot 0) on the stack. */
    private static void newTask(MethodVisitor mv, HFunction fn, String co) {
        mv.visitMethodInsn(INVOKESTATIC, Names.EXECUTOR, "current", "()L" + Names.EXECUTOR + ";", false);
        mv.visitTypeInsn(NEW, co);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 0);
        pushInt(mv, Math.max(1, fn.outputs.size()));
        mv.visitInsn(ACONST_NULL);
        mv.visitMethodInsn(INVOKESPECIAL, co, "<init>", "(" + Names.VALUES_D + "I" + Names.VALUES_D + ")V", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, Names.EXECUTOR, "newTask", "(L" + Names.COROUTINE + ";)L" + Names.TASK + ";", false);
    }

    /**
     * The state-machine class of an async body: fields for the arguments, the captures, the
     * awaited task and the spilled locals; {@code resume(Task)} jumps with a tableswitch on the
     * state field to the start or to the point after the await it suspended at.
     */
    void emitCoroutine(HFunction fn, String name) {
        emitCoroutine(fn, name, false);
    }

    /** With paramsDouble, the state machine for arguments that are all real double scalars. */
    private void emitCoroutine(HFunction fn, String name, boolean paramsDouble) {
        if (fn.kind == HFunction.Kind.LAMBDA) {
            fn.body = new java.util.ArrayList<>(java.util.List.of(
                new mjc.compiler.hir.HStmt.Eval(fn.line, fn.expression, false, fn.variable("ans"))));
            fn.expression = null;
            fn.asBlock = true;
        }
        if (!fn.awaitsNormalized) {
            fn.body = new mjc.compiler.hir.AwaitNormalizer(fn).block(fn.body);
            fn.awaitsNormalized = true;
        }
        ClassBuilder cls = new ClassBuilder(name, fileName(fn.file), Names.COROUTINE);
        // only what the body needs: arguments and captures are bound at the start and then dropped
        boolean counts = fn.usesArgCounts;
        boolean captured = !fn.captures.isEmpty();
        cls.cw.visitField(ACC_PRIVATE, "args", Names.VALUES_D, null, null).visitEnd();
        if (counts) {
            cls.cw.visitField(ACC_PRIVATE, "nargin", "I", null, null).visitEnd();
            cls.cw.visitField(ACC_PRIVATE, "nargout", "I", null, null).visitEnd();
        }
        if (captured) {
            cls.cw.visitField(ACC_PRIVATE, "captures", Names.VALUES_D, null, null).visitEnd();
        }
        cls.cw.visitField(ACC_PRIVATE, "aw", "L" + Names.TASK + ";", null, null).visitEnd();
        MethodVisitor init = cls.cw.visitMethod(ACC_PUBLIC, "<init>", "(" + Names.VALUES_D + "I" + Names.VALUES_D + ")V",
            null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, Names.COROUTINE, "<init>", "()V", false);
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitFieldInsn(PUTFIELD, name, "args", Names.VALUES_D);
        if (counts) {
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ILOAD, 2);
            init.visitFieldInsn(PUTFIELD, name, "nargout", "I");
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ALOAD, 1);
            init.visitInsn(ARRAYLENGTH);
            init.visitFieldInsn(PUTFIELD, name, "nargin", "I");
        }
        if (captured) {
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ALOAD, 3);
            init.visitFieldInsn(PUTFIELD, name, "captures", Names.VALUES_D);
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor mv = sorted(cls.cw.visitMethod(ACC_PUBLIC, "resume", Names.RESUME_DESC, null, null), ACC_PUBLIC,
            "resume", Names.RESUME_DESC);
        cls.frame("resume", fn.frameName, fn.file);
        mv.visitCode();
        MethodState st = new MethodState(mv, cls, fn, 2, -1, -1, -1);
        st.taskSlot = 1;
        int argsSlot = st.newLocal();
        int nargoutSlot = st.newIntLocal();
        int capturesSlot = st.newLocal();
        int narginSlot = st.newIntLocal();
        MethodState state = new MethodState(mv, cls, fn, 6, argsSlot, nargoutSlot, capturesSlot);
        state.narginSlot = narginSlot;
        state.localTypes.putAll(st.localTypes);
        state.taskSlot = 1;
        state.liveAfter = mjc.compiler.hir.Liveness.analyse(fn);
        state.paramsDouble = paramsDouble;
        state.types(scalarTypes(fn, paramsDouble));
        emitCoroutineBody(state, fn);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        emitTraceInfo(cls, fn, state.resumeLines);
        if (cls.hasTimerField()) {
            // cancelling the task releases the timer of a pending sleep
            MethodVisitor rel = cls.cw.visitMethod(ACC_PROTECTED, "release", "()V", null, null);
            rel.visitCode();
            rel.visitVarInsn(ALOAD, 0);
            rel.visitFieldInsn(GETFIELD, name, "tm", "Ljava/lang/Object;");
            rel.visitMethodInsn(INVOKESTATIC, Names.ASYNC, "cancelSleep", "(Ljava/lang/Object;)V", false);
            rel.visitVarInsn(ALOAD, 0);
            rel.visitInsn(ACONST_NULL);
            rel.visitFieldInsn(PUTFIELD, name, "tm", "Ljava/lang/Object;");
            rel.visitInsn(RETURN);
            rel.visitMaxs(0, 0);
            rel.visitEnd();
        }
        classes.put(name, cls.finish());
    }

    /** describe() and line(): the .m function and the line a task is at, for JFR events. */
    private static void emitTraceInfo(ClassBuilder cls, HFunction fn, java.util.List<Integer> lines) {
        MethodVisitor d = cls.cw.visitMethod(ACC_PUBLIC, "describe", "()Ljava/lang/String;", null, null);
        d.visitCode();
        d.visitLdcInsn(fn.frameName + " (" + fileName(fn.file) + ")");
        d.visitInsn(ARETURN);
        d.visitMaxs(0, 0);
        d.visitEnd();
        MethodVisitor l = cls.cw.visitMethod(ACC_PUBLIC, "line", "()I", null, null);
        l.visitCode();
        Label start = new Label();
        Label[] targets = new Label[lines.size() + 1];
        targets[0] = start;
        for (int i = 0; i < lines.size(); i++) {
            targets[i + 1] = new Label();
        }
        l.visitVarInsn(ALOAD, 0);
        l.visitFieldInsn(GETFIELD, Names.COROUTINE, "state", "I");
        l.visitTableSwitchInsn(0, targets.length - 1, start, targets);
        l.visitLabel(start);
        pushInt(l, Math.max(1, fn.line));
        l.visitInsn(IRETURN);
        for (int i = 0; i < lines.size(); i++) {
            l.visitLabel(targets[i + 1]);
            pushInt(l, lines.get(i));
            l.visitInsn(IRETURN);
        }
        l.visitMaxs(0, 0);
        l.visitEnd();
    }

    private void emitCoroutineBody(MethodState st, HFunction fn) {
        MethodVisitor mv = st.mv;
        ExprEmitter ex = new ExprEmitter(st, this);
        StatementEmitter stmts = new StatementEmitter(st, ex);
        Label dispatch = new Label();
        Label start = new Label();
        mv.visitJumpInsn(GOTO, dispatch);
        mv.visitLabel(start);
        st.line(fn.line > 0 ? fn.line : 1);
        for (Variable v : fn.variables.values()) {
            // double scalars live in double locals here too, and spill into double fields
            v.slot = st.isDoubleLocal(v) ? st.newWideLocal() : st.newLocal();
        }
        boolean block = fn.kind == HFunction.Kind.BLOCK || fn.asBlock;
        if (block) {
            st.resultSlot = st.newLocal();
        }
        for (Variable c : fn.captures) {
            mv.visitVarInsn(ALOAD, st.capturesSlot);
            ex.pushInt(c.captureIndex);
            mv.visitInsn(AALOAD);
            mv.visitVarInsn(ASTORE, c.slot);
        }
        newFrame(st, fn);
        int fixedParams = fn.varargin ? fn.params.size() - 1 : fn.params.size();
        for (int i = 0; i < fixedParams; i++) {
            Variable p = fn.params.get(i);
            if (p.slot < 0) {
                continue;
            }
            mv.visitVarInsn(ALOAD, st.argsSlot);
            ex.pushInt(i);
            if (st.isDoubleLocal(p)) {
                // the $p state machine: the entry checked that every argument is a real double scalar
                mv.visitInsn(AALOAD);
                ex.call(Names.CALLS, "unboxDouble", "(" + Names.VALUE_D + ")D");
                mv.visitVarInsn(DSTORE, p.slot);
                continue;
            }
            ex.call(Names.CALLS, "param", "(" + Names.VALUES_D + "I)" + Names.VALUE_D);
            ex.storeVar(p);
        }
        if (fn.varargin) {
            Variable va = fn.params.get(fn.params.size() - 1);
            mv.visitVarInsn(ALOAD, st.argsSlot);
            ex.pushInt(fixedParams);
            ex.call(Names.CALLS, "varargin", "(" + Names.VALUES_D + "I)" + Names.VALUE_D);
            ex.own();
            ex.storeVar(va);
        }
        // arguments and captures now live in locals (spilled when live): drop the arrays
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(ACONST_NULL);
        mv.visitFieldInsn(PUTFIELD, st.cls.name, "args", Names.VALUES_D);
        if (!fn.captures.isEmpty()) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ACONST_NULL);
            mv.visitFieldInsn(PUTFIELD, st.cls.name, "captures", Names.VALUES_D);
        }
        for (mjc.compiler.hir.HStmt s : fn.body) {
            if (block) {
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, st.resultSlot);
            }
            stmts.statement(s);
        }
        mv.visitLabel(st.exit);
        st.lastLine = -1;
        st.line(fn.line > 0 ? fn.line : 1);
        if (fn.kind == HFunction.Kind.FUNCTION) {
            pushInt(mv, fn.outputs.size());
            mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
            for (int i = 0; i < fn.outputs.size(); i++) {
                mv.visitInsn(DUP);
                pushInt(mv, i);
                ex.loadVar(fn.outputs.get(i));
                mv.visitInsn(AASTORE);
            }
            ex.pushInt(fn.varargout ? 1 : 0);
            ex.call(Names.CALLS, "asyncOutputs", "(" + Names.VALUES_D + "Z)" + Names.VALUES_D);
        } else if (block) {
            Label none = new Label();
            Label done = new Label();
            mv.visitVarInsn(ALOAD, st.resultSlot);
            mv.visitJumpInsn(IFNULL, none);
            mv.visitVarInsn(ALOAD, st.resultSlot);
            ex.wrapOne();
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(none);
            ex.call(Names.CALLS, "none", "()" + Names.VALUES_D);
            mv.visitLabel(done);
        } else {
            ex.call(Names.CALLS, "none", "()" + Names.VALUES_D);
        }
        mv.visitInsn(ARETURN);
        // dispatch: every local gets a value, the constant fields are loaded, then jump by state
        mv.visitLabel(dispatch);
        for (java.util.Map.Entry<Integer, Character> e : st.localTypes.entrySet()) {
            switch (e.getValue()) {
                case 'I':
                    mv.visitInsn(ICONST_0);
                    mv.visitVarInsn(ISTORE, e.getKey());
                    break;
                case 'D':
                    mv.visitInsn(DCONST_0);
                    mv.visitVarInsn(DSTORE, e.getKey());
                    break;
                default:
                    mv.visitInsn(ACONST_NULL);
                    mv.visitVarInsn(ASTORE, e.getKey());
            }
        }
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, st.cls.name, "args", Names.VALUES_D);
        mv.visitVarInsn(ASTORE, st.argsSlot);
        if (fn.usesArgCounts) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, st.cls.name, "nargout", "I");
            mv.visitVarInsn(ISTORE, st.nargoutSlot);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, st.cls.name, "nargin", "I");
            mv.visitVarInsn(ISTORE, st.narginSlot);
        }
        if (!fn.captures.isEmpty()) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, st.cls.name, "captures", Names.VALUES_D);
            mv.visitVarInsn(ASTORE, st.capturesSlot);
        }
        Label bad = new Label();
        Label[] targets = new Label[st.resumeLabels.size() + 1];
        targets[0] = start;
        for (int i = 0; i < st.resumeLabels.size(); i++) {
            targets[i + 1] = st.resumeLabels.get(i);
        }
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, Names.COROUTINE, "state", "I");
        mv.visitTableSwitchInsn(0, targets.length - 1, bad, targets);
        mv.visitLabel(bad);
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitLdcInsn("bad coroutine state");
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
        mv.visitInsn(ATHROW);
    }

    /** An async block or async lambda expression: a new lazy task over its state machine. */
    void asyncBlock(MethodState st, ExprEmitter ex, HExpr.Lambda l) {
        String name = st.cls.name + "$" + l.body.name.replace("$", "");
        emitCoroutine(l.body, name);
        MethodVisitor mv = st.mv;
        mv.visitMethodInsn(INVOKESTATIC, Names.EXECUTOR, "current", "()L" + Names.EXECUTOR + ";", false);
        mv.visitTypeInsn(NEW, name);
        mv.visitInsn(DUP);
        ex.call(Names.CALLS, "none", "()" + Names.VALUES_D);
        pushInt(mv, 1);
        ex.captures(l.captured);
        mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "(" + Names.VALUES_D + "I" + Names.VALUES_D + ")V", false);
        mv.visitMethodInsn(INVOKEVIRTUAL, Names.EXECUTOR, "newTask", "(L" + Names.COROUTINE + ";)L" + Names.TASK + ";", false);
    }

    /** A do-block used as a plain closure: a handle whose call runs the block. */
    void blockValue(MethodState st, ExprEmitter ex, HExpr.Lambda l, String method) {
        MethodVisitor mv = st.mv;
        mv.visitTypeInsn(NEW, Names.ANON);
        mv.visitInsn(DUP);
        mv.visitLdcInsn(l.text);
        ex.captures(l.captured);
        ex.callable(st.cls.name, method, true);
        mv.visitMethodInsn(INVOKESPECIAL, Names.ANON, "<init>", "(Ljava/lang/String;L" + Names.CALLABLE + ";)V", false);
    }

    /** async(h) of a value: a task calling the handle. (await never reaches here: it is a statement.) */
    void asyncValue(MethodState st, ExprEmitter ex, HExpr e) {
        if (e instanceof HExpr.AsyncTask a) {
            if (a.closure instanceof HExpr.Lambda l && l.body.async) {
                asyncBlock(st, ex, l);
                return;
            }
            ex.value(a.closure);
            ex.call("mjc/stdlib/async/AsyncLibrary", "asyncHandle", "(" + Names.VALUE_D + ")" + Names.VALUE_D);
            return;
        }
        diagnostics.add(Diagnostic.error(st.fn.file, e.line, 1,
            "await must be used in an async function, an async block or a script"));
        st.mv.visitInsn(ACONST_NULL);
    }

    /** The $Program class: registers each named function for run-time lookups. */
    public void emitProgram(Map<String, HFunction> functions) {
        try {
            emitProgramChecked(functions);
        } catch (org.objectweb.asm.MethodTooLargeException | org.objectweb.asm.ClassTooLargeException e) {
            HFunction any = functions.values().iterator().next();
            diagnostics.add(Diagnostic.error(any.file, 1, 1, "the program has too many functions (" + functions.size()
                + ") to register in one JVM method; split it over several files"));
        }
    }

    private void emitProgramChecked(Map<String, HFunction> functions) {
        org.objectweb.asm.ClassWriter cw = new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_MAXS
            | org.objectweb.asm.ClassWriter.COMPUTE_FRAMES);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, PROGRAM_CLASS, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "init", "()V", null, null);
        mv.visitCode();
        mv.visitMethodInsn(INVOKESTATIC, Names.BUILTINS, "install", "()V", false);
        for (Map.Entry<String, HFunction> e : functions.entrySet()) {
            mv.visitLdcInsn(e.getKey());
            org.objectweb.asm.Type sam = org.objectweb.asm.Type.getMethodType(Names.CALL_DESC);
            org.objectweb.asm.Handle impl = new org.objectweb.asm.Handle(H_INVOKESTATIC, e.getValue().className, "call",
                Names.CALL_DESC, false);
            org.objectweb.asm.Handle lmf = new org.objectweb.asm.Handle(H_INVOKESTATIC,
                "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;", false);
            mv.visitInvokeDynamicInsn("call", "()L" + Names.CALLABLE + ";", lmf, sam, impl, sam);
            mv.visitMethodInsn(INVOKESTATIC, Names.FUNCTION_TABLE, "register", "(Ljava/lang/String;L" + Names.CALLABLE + ";)V",
                false);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        classes.put(PROGRAM_CLASS, cw.toByteArray());
    }
}
