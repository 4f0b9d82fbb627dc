package mjc.compiler.backend;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import mjc.compiler.hir.FunctionRef;
import mjc.compiler.hir.HExpr;
import mjc.compiler.hir.HFunction;
import mjc.compiler.hir.Variable;
import mjc.stdlib.BuiltinRegistry;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Expressions to bytecode. Every expression leaves one {@code Value} on the stack
 * ({@link #value}); calls and comma-separated lists can instead leave a {@code Value[]} of all
 * their values ({@link #multi}). Builtins are bound here, at compile time, to the best static
 * method their class offers.
 */
final class ExprEmitter implements Opcodes {
    private final MethodState st;
    private final MethodVisitor mv;
    private final ProgramEmitter program;

    ProgramEmitter program() {
        return program;
    }

    ExprEmitter(MethodState st, ProgramEmitter program) {
        this.st = st;
        this.mv = st.mv;
        this.program = program;
    }

    // ------------------------------------------------------------------ helpers

    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    void call(String owner, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
    }

    private void constField(String kind, double number, String text) {
        String field = st.cls.constant(kind, number, text);
        mv.visitFieldInsn(GETSTATIC, st.cls.name, field, Names.VALUE_D);
    }

    /** Loads a variable's raw value (null when unassigned). */
    void loadVar(Variable v) {
        if (st.isDoubleLocal(v)) {
            Integer flag = st.outputFlags.get(v);
            if (flag != null) {
                // an output kept as a double: null until assigned
                Label set = new Label();
                Label done = new Label();
                mv.visitVarInsn(ILOAD, flag);
                mv.visitJumpInsn(IFNE, set);
                mv.visitInsn(ACONST_NULL);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(set);
                mv.visitVarInsn(DLOAD, v.slot);
                box();
                mv.visitLabel(done);
                return;
            }
            mv.visitVarInsn(DLOAD, v.slot);
            box();
            return;
        }
        switch (v.storage) {
            case GLOBAL:
                mv.visitLdcInsn(v.name);
                call(Names.GLOBALS, "read", "(Ljava/lang/String;)" + Names.VALUE_D);
                break;
            case PERSISTENT:
                mv.visitFieldInsn(GETSTATIC, st.cls.name, st.cls.persistent(v.name), Names.VALUE_D);
                break;
            case SHARED:
                frameSlots(v);
                pushInt(v.frameIndex);
                mv.visitInsn(AALOAD);
                break;
            default:
                mv.visitVarInsn(ALOAD, v.slot);
        }
    }

    /** Pushes the slot array of the frame a shared variable lives in. */
    private void frameSlots(Variable v) {
        mv.visitVarInsn(ALOAD, v.frameVar.slot);
        mv.visitTypeInsn(CHECKCAST, Names.FRAME);
        parentFrames(v.frameHops);
        mv.visitFieldInsn(GETFIELD, Names.FRAME, "slots", Names.VALUES_D);
    }

    /** Frame on the stack to the one {@code hops} levels up. */
    private void parentFrames(int hops) {
        for (int i = 0; i < hops; i++) {
            mv.visitFieldInsn(GETFIELD, Names.FRAME, "parent", "L" + Names.FRAME + ";");
        }
    }

    /** Stores the Value on the stack into a variable (the caller has already counted the reference). */
    void storeVar(Variable v) {
        if (st.isDoubleLocal(v)) {
            call(Names.CALLS, "unboxDouble", "(" + Names.VALUE_D + ")D");
            storeDouble(v);
            return;
        }
        switch (v.storage) {
            case GLOBAL:
                mv.visitLdcInsn(v.name);
                mv.visitInsn(SWAP);
                call(Names.GLOBALS, "write", "(Ljava/lang/String;" + Names.VALUE_D + ")V");
                break;
            case PERSISTENT:
                mv.visitFieldInsn(PUTSTATIC, st.cls.name, st.cls.persistent(v.name), Names.VALUE_D);
                break;
            case SHARED:
                frameSlots(v);
                mv.visitInsn(SWAP);
                pushInt(v.frameIndex);
                mv.visitInsn(SWAP);
                mv.visitInsn(AASTORE);
                break;
            default:
                mv.visitVarInsn(ASTORE, v.slot);
        }
    }

    /** Stores the double on the stack into a double local (marking an output as assigned). */
    void storeDouble(Variable v) {
        mv.visitVarInsn(DSTORE, v.slot);
        Integer flag = st.outputFlags.get(v);
        if (flag != null) {
            mv.visitInsn(ICONST_1);
            mv.visitVarInsn(ISTORE, flag);
        }
    }

    /** double on the stack to a DoubleArray scalar. */
    void box() {
        call(Names.DOUBLE_ARRAY, "scalar", "(D)L" + Names.DOUBLE_ARRAY + ";");
    }

    // ------------------------------------------------------------------ double scalars (ScalarTypes)

    boolean isDouble(HExpr e) {
        if (program.isGeneric()) {
            return false;
        }
        return !st.doubles.isEmpty() || !st.arrays.isEmpty() || st.paramsDouble || program.hasSpecializations()
            || e instanceof HExpr.Call
            ? st.typing(program.callees()).isDoubleExpr(e)
            : false;
    }

    /** Pushes the JVM double of an expression that isDouble. */
    void doubleValue(HExpr e) {
        st.line(e.line);
        if (e instanceof HExpr.Const c) {
            mv.visitLdcInsn(c.number);
        } else if (e instanceof HExpr.VarRead r) {
            mv.visitVarInsn(DLOAD, r.var.slot);
        } else if (e instanceof HExpr.Unary u) {
            doubleValue(u.operand);
            if (u.op.equals("-")) {
                mv.visitInsn(DNEG);
            }
        } else if (e instanceof HExpr.Binary b) {
            doubleValue(b.left);
            doubleValue(b.right);
            switch (b.op) {
                case "+":
                case "-":
                case "*":
                case ".*":
                case "/":
                case "./":
                    arithmetic(b.op);
                    break;
                default: // ^ and .^ with an integer exponent
                    call("mjc/runtime/ops/Scalars", "power", "(DD)D");
            }
        } else if (e instanceof HExpr.End) {
            value(e);
            call(Names.CALLS, "unboxDouble", "(" + Names.VALUE_D + ")D");
        } else if (e instanceof HExpr.Index ix && ix.args.size() == 1
            && st.fastArrays.get(((HExpr.VarRead) ix.base).var) != null) {
            // in a versioned loop: straight from the double[] when the index is in range
            int[] fast = st.fastArrays.get(((HExpr.VarRead) ix.base).var);
            int idx = st.newWideLocal();
            int k = st.newIntLocal();
            Label slow = new Label();
            Label done = new Label();
            int[] shadow = shadowIndex(ix.args.get(0));
            if (shadow != null) {
                Label generic = new Label();
                intFastIndex(shadow, fast, k, generic);
                mv.visitVarInsn(ALOAD, fast[0]);
                mv.visitVarInsn(ILOAD, k);
                mv.visitInsn(DALOAD);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(generic);
            }
            doubleValue(ix.args.get(0));
            mv.visitVarInsn(DSTORE, idx);
            fastIndex(fast, idx, k, slow);
            mv.visitVarInsn(ALOAD, fast[0]);
            mv.visitVarInsn(ILOAD, k);
            mv.visitInsn(DALOAD);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(slow);
            loadVar(((HExpr.VarRead) ix.base).var);
            mv.visitVarInsn(DLOAD, idx);
            call(Names.INDEX, "realAt", "(" + Names.VALUE_D + "D)D");
            mv.visitLabel(done);
        } else if (e instanceof HExpr.Index ix) {
            // an element of a real double array: no boxing of the subscripts or the result
            loadVar(((HExpr.VarRead) ix.base).var);
            if (ix.context != null && ix.context.used) {
                mv.visitInsn(DUP);
                mv.visitVarInsn(ASTORE, contextSlot(ix.context));
            }
            for (HExpr a : ix.args) {
                doubleValue(a);
            }
            call(Names.INDEX, ix.args.size() == 1 ? "realAt" : "realAt2",
                "(" + Names.VALUE_D + (ix.args.size() == 1 ? "D" : "DD") + ")D");
        } else if (e instanceof HExpr.Call c && c.fn.kind == mjc.compiler.hir.FunctionRef.Kind.BUILTIN
            && !SCALAR_IMPL.containsKey(c.fn.name)) {
            // numel, length, ndims, size(x, k): always a double scalar
            callFunction(c.fn, c.args, Mode.ONE);
            call(Names.CALLS, "unboxDouble", "(" + Names.VALUE_D + ")D");
        } else if (e instanceof HExpr.Call c && c.fn.kind == mjc.compiler.hir.FunctionRef.Kind.BUILTIN
            && modDivisor(c) != null) {
            doubleValue(c.args.get(0));
            modByConstant(modDivisor(c));
        } else if (e instanceof HExpr.Call c && c.fn.kind == mjc.compiler.hir.FunctionRef.Kind.BUILTIN) {
            for (HExpr a : c.args) {
                doubleValue(a);
            }
            String[] target = SCALAR_IMPL.get(c.fn.name);
            call(target[0], target[1], c.args.size() == 1 ? "(D)D" : "(DD)D");
        } else if (e instanceof HExpr.Call c) {
            for (HExpr a : c.args) {
                doubleValue(a);
            }
            if (st.depthSlot >= 0) {
                mv.visitVarInsn(ILOAD, st.depthSlot);
            } else {
                call(Names.CALL_DEPTH, "depth", "()I");
            }
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IADD);
            call(program.classOf(c.fn.function), ProgramEmitter.SPECIALIZED, ProgramEmitter.specializedDesc(c.args.size()));
        } else {
            throw new IllegalStateException("not a double expression: " + e);
        }
    }

    /**
     * For a subscript v, v + c, v - c or c + v of a loop variable with an int shadow (c a small
     * whole literal): {shadow value slot, shadow flag slot, c}; else null.
     */
    int[] shadowIndex(HExpr e) {
        if (st.intShadows.isEmpty()) {
            return null;
        }
        if (e instanceof HExpr.VarRead r && st.intShadows.containsKey(r.var)) {
            int[] sh = st.intShadows.get(r.var);
            return new int[] {sh[0], sh[1], 0};
        }
        if (e instanceof HExpr.Binary b && (b.op.equals("+") || b.op.equals("-"))) {
            HExpr var = b.left;
            Integer c = smallInt(b.right);
            if (c == null && b.op.equals("+")) {
                var = b.right;
                c = smallInt(b.left);
            }
            if (c != null && var instanceof HExpr.VarRead r && st.intShadows.containsKey(r.var)) {
                int[] sh = st.intShadows.get(r.var);
                return new int[] {sh[0], sh[1], b.op.equals("-") ? -c : c};
            }
        }
        return null;
    }

    /** A whole-number literal of at most 2^20 in magnitude (possibly negated), else null. */
    static Integer smallInt(HExpr e) {
        int sign = 1;
        if (e instanceof HExpr.Unary u && u.op.equals("-")) {
            sign = -1;
            e = u.operand;
        }
        if (e instanceof HExpr.Const c && c.kind == HExpr.Const.Kind.DOUBLE && c.number == Math.rint(c.number)
            && Math.abs(c.number) <= 0x1p20) {
            return sign * (int) c.number;
        }
        return null;
    }

    /**
     * k = ii + c - 1 for a shadowed subscript when the shadow is valid, the fast path is on and
     * k is within the array; otherwise a jump to generic (which computes the subscript as a double).
     */
    void intFastIndex(int[] shadow, int[] fast, int k, Label generic) {
        mv.visitVarInsn(ILOAD, shadow[1]);
        mv.visitJumpInsn(IFEQ, generic);
        mv.visitVarInsn(ALOAD, fast[0]);
        mv.visitJumpInsn(IFNULL, generic);
        mv.visitVarInsn(ILOAD, shadow[0]);
        if (shadow[2] != 1) {
            pushInt(shadow[2] - 1);
            mv.visitInsn(IADD);
        }
        mv.visitVarInsn(ISTORE, k);
        mv.visitVarInsn(ILOAD, k);
        mv.visitJumpInsn(IFLT, generic);
        mv.visitVarInsn(ILOAD, k);
        mv.visitVarInsn(ILOAD, fast[1]);
        mv.visitJumpInsn(IF_ICMPGE, generic);
    }

    /**
     * k = idx - 1 when the double idx is a whole number from 1 to len and the fast path is on
     * (data not null); otherwise a jump to slow.
     */
    void fastIndex(int[] fast, int idx, int k, Label slow) {
        mv.visitVarInsn(ALOAD, fast[0]);
        mv.visitJumpInsn(IFNULL, slow);
        mv.visitVarInsn(DLOAD, idx);
        mv.visitInsn(D2I);
        mv.visitVarInsn(ISTORE, k);
        mv.visitVarInsn(ILOAD, k);
        mv.visitInsn(I2D);
        mv.visitVarInsn(DLOAD, idx);
        mv.visitInsn(DCMPL);
        mv.visitJumpInsn(IFNE, slow);
        mv.visitVarInsn(ILOAD, k);
        mv.visitJumpInsn(IFLE, slow);
        mv.visitVarInsn(ILOAD, k);
        mv.visitVarInsn(ILOAD, fast[1]);
        mv.visitJumpInsn(IF_ICMPGT, slow);
        mv.visitIincInsn(k, -1);
    }

    /** The divisor of mod(x, c) for a whole literal c other than 0, else null. */
    private static Integer modDivisor(HExpr.Call c) {
        if (!c.fn.name.equals("mod") || c.args.size() != 2) {
            return null;
        }
        Integer d = smallInt(c.args.get(1));
        return d == null || d == 0 ? null : d;
    }

    /** mod(x, c) of the double on the stack by a whole constant, inline: x - floor(x/c)*c (Scalars.mod). */
    private void modByConstant(int c) {
        double y = c;
        mv.visitInsn(DUP2);
        mv.visitLdcInsn(y);
        mv.visitInsn(DDIV);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "floor", "(D)D", false);
        mv.visitLdcInsn(y);
        mv.visitInsn(DMUL);
        mv.visitInsn(DSUB);
    }

    /** The JVM methods of the scalar builtins, with the bits the builtins compute. */
    private static final java.util.Map<String, String[]> SCALAR_IMPL = java.util.Map.ofEntries(
        java.util.Map.entry("abs", new String[] {"java/lang/Math", "abs"}),
        java.util.Map.entry("floor", new String[] {"java/lang/Math", "floor"}),
        java.util.Map.entry("ceil", new String[] {"java/lang/Math", "ceil"}),
        java.util.Map.entry("fix", new String[] {"mjc/runtime/ops/Scalars", "fix"}),
        java.util.Map.entry("round", new String[] {"mjc/runtime/ops/Scalars", "round"}),
        java.util.Map.entry("sign", new String[] {"java/lang/Math", "signum"}),
        java.util.Map.entry("sin", new String[] {"java/lang/Math", "sin"}),
        java.util.Map.entry("cos", new String[] {"java/lang/Math", "cos"}),
        java.util.Map.entry("tan", new String[] {"java/lang/Math", "tan"}),
        java.util.Map.entry("atan", new String[] {"java/lang/Math", "atan"}),
        java.util.Map.entry("exp", new String[] {"java/lang/Math", "exp"}),
        java.util.Map.entry("mod", new String[] {"mjc/runtime/ops/Scalars", "mod"}),
        java.util.Map.entry("rem", new String[] {"mjc/runtime/ops/Scalars", "rem"}),
        java.util.Map.entry("hypot", new String[] {"java/lang/Math", "hypot"}),
        java.util.Map.entry("atan2", new String[] {"java/lang/Math", "atan2"}));

    private boolean isDoubleComparison(HExpr e) {
        return e instanceof HExpr.Binary b && List.of("<", "<=", ">", ">=", "==", "~=").contains(b.op)
            && isDouble(b.left) && isDouble(b.right);
    }

    /** A comparison of two doubles as a branch to ifFalse (NaN compares false, except ~=). */
    boolean doubleComparison(HExpr e, Label ifFalse) {
        if (!(e instanceof HExpr.Binary b)) {
            return false;
        }
        String op = b.op;
        if (!(op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">=") || op.equals("==")
            || op.equals("~="))) {
            return false;
        }
        if (!isDouble(b.left) || !isDouble(b.right)) {
            return false;
        }
        doubleValue(b.left);
        doubleValue(b.right);
        switch (op) {
            case "<":
                mv.visitInsn(DCMPG);
                mv.visitJumpInsn(IFGE, ifFalse);
                break;
            case "<=":
                mv.visitInsn(DCMPG);
                mv.visitJumpInsn(IFGT, ifFalse);
                break;
            case ">":
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFLE, ifFalse);
                break;
            case ">=":
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFLT, ifFalse);
                break;
            case "==":
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFNE, ifFalse);
                break;
            default: // ~=: NaN is unequal to everything
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFEQ, ifFalse);
        }
        return true;
    }

    void share() {
        mv.visitMethodInsn(INVOKEVIRTUAL, Names.VALUE, "share", "()" + Names.VALUE_D, false);
    }

    void own() {
        mv.visitMethodInsn(INVOKEVIRTUAL, Names.VALUE, "own", "()" + Names.VALUE_D, false);
    }

    private boolean isParam(Variable v) {
        return st.fn.params.contains(v);
    }

    // ------------------------------------------------------------------ single values

    void value(HExpr e) {
        st.line(e.line);
        if (!(e instanceof HExpr.Const) && !(e instanceof HExpr.VarRead r0 && !st.isDoubleLocal(r0.var))
            && !(e instanceof HExpr.End) && !(e instanceof HExpr.Call c0 && c0.fn.kind == mjc.compiler.hir.FunctionRef.Kind.BUILTIN
                && !SCALAR_IMPL.containsKey(c0.fn.name)) && isDouble(e)) {
            doubleValue(e);
            box();
            return;
        }
        if (e instanceof HExpr.Const c) {
            switch (c.kind) {
                case DOUBLE:
                    constField("D", c.number, null);
                    break;
                case IMAGINARY:
                    constField("I", c.number, null);
                    break;
                case CHAR:
                    constField("C", 0, c.text);
                    break;
                default:
                    constField("S", 0, c.text);
            }
        } else if (e instanceof HExpr.VarRead r) {
            loadVar(r.var);
            if (r.checked) {
                mv.visitLdcInsn(r.var.name);
                call(Names.CALLS, isParam(r.var) ? "checkParam" : "checkVar",
                    "(" + Names.VALUE_D + "Ljava/lang/String;)" + Names.VALUE_D);
            }
        } else if (e instanceof HExpr.VarOrCall vc) {
            Label call = new Label();
            Label done = new Label();
            loadVar(vc.var);
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, call);
            if (vc.hasArgs) {
                if (vc.context != null && vc.context.used) {
                    mv.visitInsn(DUP);
                    mv.visitVarInsn(ASTORE, contextSlot(vc.context));
                }
                args(vc.args);
                call(Names.CALLS, "apply1", "(" + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
            }
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(call);
            mv.visitInsn(POP);
            unboundEndBase(vc);
            callFunction(vc.fallback, vc.args, Mode.ONE);
            mv.visitLabel(done);
        } else if (e instanceof HExpr.Call c && fusableRoot(c)) {
            fused(c);
        } else if (e instanceof HExpr.Call c) {
            callFunction(c.fn, c.args, Mode.ONE);
        } else if (e instanceof HExpr.Index ix) {
            index(ix);
        } else if (e instanceof HExpr.FieldRead f && f.name != null) {
            value(f.base);
            memberSite(f.name);
            pushOwnerClass();
            call(Names.MEMBER_SITE, "get", "(" + Names.VALUE_D + "L" + Names.MEMBER_SITE + ";" + Names.META_D + ")"
                + Names.VALUE_D);
        } else if (e instanceof HExpr.FieldRead f) {
            value(f.base);
            fieldName(f);
            fieldRead(false);
        } else if (e instanceof HExpr.Binary b) {
            binary(b);
        } else if (e instanceof HExpr.Unary u) {
            value(u.operand);
            String m;
            switch (u.op) {
                case "-":
                    m = "uminus";
                    break;
                case "+":
                    m = "uplus";
                    break;
                case "~":
                    m = "not";
                    break;
                case "'":
                    m = "ctranspose";
                    break;
                default:
                    m = "transpose";
            }
            call(Names.OPERATORS, m, Names.v(1));
        } else if (e instanceof HExpr.ShortCircuit s) {
            Label f = new Label();
            Label done = new Label();
            condition(s, f);
            mv.visitFieldInsn(GETSTATIC, Names.LOGICAL_ARRAY, "TRUE", "L" + Names.LOGICAL_ARRAY + ";");
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(f);
            mv.visitFieldInsn(GETSTATIC, Names.LOGICAL_ARRAY, "FALSE", "L" + Names.LOGICAL_ARRAY + ";");
            mv.visitLabel(done);
        } else if (e instanceof HExpr.Range r) {
            value(r.start);
            if (r.step != null) {
                value(r.step);
            }
            value(r.stop);
            call(Names.COLON, "range", Names.v(r.step == null ? 2 : 3));
        } else if (e instanceof HExpr.Matrix m) {
            matrix(m);
        } else if (e instanceof HExpr.Colon) {
            mv.visitFieldInsn(GETSTATIC, Names.SUBSCRIPTS, "COLON", Names.VALUE_D);
        } else if (e instanceof HExpr.End end) {
            mv.visitVarInsn(ALOAD, contextSlot(end.context));
            pushInt(end.position);
            pushInt(end.count);
            call(Names.INDEX, "end", "(" + Names.VALUE_D + "II)" + Names.VALUE_D);
        } else if (e instanceof HExpr.Handle h) {
            handle(h.fn);
        } else if (e instanceof HExpr.ParentFrame pf) {
            value(pf.base);
            mv.visitTypeInsn(CHECKCAST, Names.FRAME);
            parentFrames(pf.hops);
        } else if (e instanceof HExpr.Lambda l) {
            lambda(l);
        } else if (e instanceof HExpr.ArgCount a) {
            if (a.outputs) {
                mv.visitVarInsn(ILOAD, st.nargoutSlot);
            } else if (st.narginSlot >= 0) {
                mv.visitVarInsn(ILOAD, st.narginSlot);
            } else {
                mv.visitVarInsn(ALOAD, st.argsSlot);
                mv.visitInsn(ARRAYLENGTH);
            }
            if (!a.outputs && st.fn.hiddenParams > 0) {
                pushInt(st.fn.hiddenParams);
                mv.visitInsn(ISUB);
            }
            mv.visitInsn(I2D);
            call(Names.DOUBLE_ARRAY, "scalar", "(D)L" + Names.DOUBLE_ARRAY + ";");
        } else if (e instanceof HExpr.ExistVar x) {
            Label unbound = new Label();
            Label done = new Label();
            loadVar(x.var);
            mv.visitJumpInsn(IFNULL, unbound);
            mv.visitInsn(DCONST_1);
            box();
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(unbound);
            if (x.varOnly) {
                mv.visitInsn(DCONST_0);
                box();
            } else {
                value(x.fallback);
            }
            mv.visitLabel(done);
        } else if (e instanceof HExpr.EvalCall ev) {
            evalCall(ev, () -> pushInt(1));
            call(Names.CALLS, "first", "(" + Names.VALUES_D + ")" + Names.VALUE_D);
        } else if (e instanceof HExpr.Await || e instanceof HExpr.AsyncTask) {
            program.asyncValue(st, this, e);
        } else {
            throw new IllegalStateException("cannot emit " + e);
        }
    }

    /**
     * The call path of a maybe-variable whose arguments use {@code end} (`v(end)` where v is
     * assigned on some paths only): end needs the variable, so this is MATLAB's error for the
     * unassigned name. The context slot is set first so that every path reaching the arguments
     * defines it (the verifier refused the class when only the variable path did).
     */
    private void unboundEndBase(HExpr.VarOrCall vc) {
        if (vc.hasArgs && vc.context != null && vc.context.used) {
            int slot = contextSlot(vc.context);
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, slot);
            mv.visitInsn(ACONST_NULL);
            mv.visitLdcInsn(vc.var.name);
            call(Names.CALLS, "checkVar", "(" + Names.VALUE_D + "Ljava/lang/String;)" + Names.VALUE_D);
            mv.visitInsn(POP);
        }
    }

    /**
     * The slot holding the object an {@code end} refers to, allocated in this method on first use.
     * Slots are per method, never kept in the HIR: one function compiles to several methods
     * (the generic entry, its double-argument version, state machines) with different layouts.
     */
    int contextSlot(mjc.compiler.hir.IndexContext ctx) {
        Integer slot = st.contextSlots.get(ctx);
        if (slot == null) {
            slot = st.newLocal();
            st.contextSlots.put(ctx, slot);
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, slot);
        }
        return slot;
    }

    private void fieldName(HExpr.FieldRead f) {
        if (f.name != null) {
            mv.visitLdcInsn(f.name);
        } else {
            value(f.dynamicName);
            call(Names.CALLS, "fieldName", "(" + Names.VALUE_D + ")Ljava/lang/String;");
        }
    }

    private void index(HExpr.Index ix) {
        if (isDotCall(ix)) {
            dotCall(ix, () -> pushInt(1));
            call(Names.CALLS, "first", "(" + Names.VALUES_D + ")" + Names.VALUE_D);
            return;
        }
        value(ix.base);
        if (ix.context != null && ix.context.used) {
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, contextSlot(ix.context));
        }
        if (ix.brace) {
            args(ix.args);
            call(Names.INDEX, "braceOne", "(" + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
            return;
        }
        args(ix.args);
        call(Names.CALLS, "apply1", "(" + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
    }

    private void binary(HExpr.Binary b) {
        if (fusable(b)) {
            fused(b);
            return;
        }
        value(b.left);
        value(b.right);
        binaryOp(b);
    }

    /** The operator call for a binary node whose two operand values are on the stack. */
    private void binaryOp(HExpr.Binary b) {
        switch (b.op) {
            case "+":
                call(Names.OPERATORS, "plus", Names.v(2));
                break;
            case "-":
                call(Names.OPERATORS, "minus", Names.v(2));
                break;
            case ".*":
                call(Names.OPERATORS, "times", Names.v(2));
                break;
            case "./":
                call(Names.OPERATORS, "rdivide", Names.v(2));
                break;
            case ".\\":
                call(Names.OPERATORS, "ldivide", Names.v(2));
                break;
            case ".^":
                call(Names.OPERATORS, "power", Names.v(2));
                break;
            case "*":
                call(Names.OPERATORS, "mtimes", Names.v(2));
                break;
            case "/":
                call(Names.LINALG, "mrdivide", Names.v(2));
                break;
            case "\\":
                call(Names.LINALG, "mldivide", Names.v(2));
                break;
            case "^":
                call(Names.LINALG, "mpower", Names.v(2));
                break;
            case "==":
                call(Names.OPERATORS, "eq", Names.v(2));
                break;
            case "~=":
                call(Names.OPERATORS, "ne", Names.v(2));
                break;
            case "<":
                call(Names.OPERATORS, "lt", Names.v(2));
                break;
            case "<=":
                call(Names.OPERATORS, "le", Names.v(2));
                break;
            case ">":
                call(Names.OPERATORS, "gt", Names.v(2));
                break;
            case ">=":
                call(Names.OPERATORS, "ge", Names.v(2));
                break;
            case "&":
                call(Names.OPERATORS, "and", Names.v(2));
                break;
            case "|":
                call(Names.OPERATORS, "or", Names.v(2));
                break;
            default:
                throw new IllegalStateException("operator " + b.op);
        }
    }

    /** Jumps to ifFalse unless e is true as if/while read it. */
    void condition(HExpr e, Label ifFalse) {
        st.line(e.line);
        if (e instanceof HExpr.ShortCircuit s) {
            if (s.and) {
                operand(s.left, "&&");
                mv.visitJumpInsn(IFEQ, ifFalse);
                operand(s.right, "&&");
                mv.visitJumpInsn(IFEQ, ifFalse);
            } else {
                Label yes = new Label();
                operand(s.left, "||");
                mv.visitJumpInsn(IFNE, yes);
                operand(s.right, "||");
                mv.visitJumpInsn(IFEQ, ifFalse);
                mv.visitLabel(yes);
            }
            return;
        }
        if (doubleComparison(e, ifFalse)) {
            return;
        }
        value(e);
        call(Names.OPERATORS, "isTrue", "(" + Names.VALUE_D + ")Z");
        mv.visitJumpInsn(IFEQ, ifFalse);
    }

    /** Pushes the truth (int 0/1) of an operand of && or ||. */
    private void operand(HExpr e, String op) {
        if (e instanceof HExpr.ShortCircuit || isDoubleComparison(e)) {
            HExpr s = e;
            Label f = new Label();
            Label done = new Label();
            condition(s, f);
            mv.visitInsn(ICONST_1);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(f);
            mv.visitInsn(ICONST_0);
            mv.visitLabel(done);
            return;
        }
        value(e);
        mv.visitLdcInsn(op);
        call(Names.OPERATORS, "shortCircuitOperand", "(" + Names.VALUE_D + "Ljava/lang/String;)Z");
    }

    // ------------------------------------------------------------------ argument lists and matrices

    private static boolean anyCsList(List<HExpr> items) {
        for (HExpr a : items) {
            if (a.isCsList()) {
                return true;
            }
        }
        return false;
    }

    /** Pushes a Value[] of the arguments, expanding comma-separated lists. */
    void args(List<HExpr> args) {
        if (!anyCsList(args)) {
            pushInt(args.size());
            mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
            for (int i = 0; i < args.size(); i++) {
                mv.visitInsn(DUP);
                pushInt(i);
                value(args.get(i));
                mv.visitInsn(AASTORE);
            }
            return;
        }
        mv.visitTypeInsn(NEW, Names.ARGLIST);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, Names.ARGLIST, "<init>", "()V", false);
        for (HExpr a : args) {
            if (a.isCsList()) {
                multi(a, () -> pushInt(1));
                mv.visitMethodInsn(INVOKEVIRTUAL, Names.ARGLIST, "addAll", "(" + Names.VALUES_D + ")L" + Names.ARGLIST + ";", false);
            } else {
                value(a);
                mv.visitMethodInsn(INVOKEVIRTUAL, Names.ARGLIST, "add", "(" + Names.VALUE_D + ")L" + Names.ARGLIST + ";", false);
            }
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, Names.ARGLIST, "toArray", "()" + Names.VALUES_D, false);
    }

    private void matrix(HExpr.Matrix m) {
        if (m.rows.isEmpty()) {
            if (m.cell) {
                mv.visitFieldInsn(GETSTATIC, "mjc/runtime/value/Dims", "EMPTY", "[I");
                call(Names.CELL_ARRAY, "empty", "([I)L" + Names.CELL_ARRAY + ";");
            } else {
                call(Names.DOUBLE_ARRAY, "empty", "()L" + Names.DOUBLE_ARRAY + ";");
            }
            return;
        }
        if (!m.cell && m.rows.size() == 1 && m.rows.get(0).size() == 1 && !m.rows.get(0).get(0).isCsList()) {
            value(m.rows.get(0).get(0));
            mv.visitInsn(ICONST_1);
            mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
            mv.visitInsn(DUP_X1);
            mv.visitInsn(SWAP);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(SWAP);
            mv.visitInsn(AASTORE);
            call(Names.CONCAT, "horzcat", "(" + Names.VALUES_D + ")" + Names.VALUE_D);
            return;
        }
        pushInt(m.rows.size());
        mv.visitTypeInsn(ANEWARRAY, Names.VALUES);
        for (int r = 0; r < m.rows.size(); r++) {
            mv.visitInsn(DUP);
            pushInt(r);
            args(m.rows.get(r));
            mv.visitInsn(AASTORE);
        }
        if (m.cell) {
            call("mjc/runtime/ops/CellLiteral", "build", "([" + Names.VALUES_D + ")" + Names.VALUE_D);
        } else {
            call(Names.CONCAT, "matrix", "([" + Names.VALUES_D + ")" + Names.VALUE_D);
        }
    }

    // ------------------------------------------------------------------ calls

    enum Mode { ONE, MULTI }

    /** Whether {@link #multi} can emit e. */
    static boolean multiCapable(HExpr e) {
        return e instanceof HExpr.Call || e instanceof HExpr.VarOrCall || e instanceof HExpr.Index || e instanceof HExpr.EvalCall
            || e instanceof HExpr.FieldRead;
    }

    // ------------------------------------------------------------------ fused element-wise expressions

    /**
     * An element-wise expression tree ({@code + - .* ./}, scalar {@code *} and {@code /}, {@code .^}
     * by an integer constant, unary minus) with at least two operators and an array operand is
     * computed in one loop without temporaries, when at run time all its array operands are real
     * double arrays of one shape; otherwise the operators run as usual on the already evaluated
     * operands (evaluated once, left to right, either way).
     */
    private boolean fusable(HExpr.Binary b) {
        return fusableRoot(b);
    }

    /** Worth one loop: two operators or more, or any range operand (so 1:n is never made). */
    private boolean fusableRoot(HExpr e) {
        if (program.isGeneric() || isDouble(e) || !isFusedNode(e)) {
            return false;
        }
        int[] counts = new int[3]; // interior nodes, array leaves, range leaves
        List<HExpr> leaves = new ArrayList<>();
        walkFused(e, counts, leaves);
        return counts[1] + counts[2] >= 1 && (counts[0] >= 2 || counts[2] >= 1) && keepsEvaluationOrder(leaves);
    }

    /**
     * A fused tree evaluates all its leaves (in order) before any operator; MATLAB evaluates each operator
     * as soon as its operands are there. The two orders are indistinguishable only when no leaf
     * after the first can fail or print: so every later leaf must be quiet (in `abs(a - b) - f(b)`,
     * a size mismatch in a - b must win over an error or output of f).
     */
    private boolean keepsEvaluationOrder(List<HExpr> leaves) {
        for (int i = 1; i < leaves.size(); i++) {
            if (!quiet(leaves.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Evaluating e can neither fail nor have an effect: constants, defined variables, ranges and double arithmetic of those. */
    private boolean quiet(HExpr e) {
        if (e == null || e instanceof HExpr.Const) {
            return true;
        }
        if (e instanceof HExpr.VarRead r) {
            return !r.checked;
        }
        if (e instanceof HExpr.Range r) {
            return isDouble(r.start) && quiet(r.start) && (r.step == null || isDouble(r.step) && quiet(r.step))
                && isDouble(r.stop) && quiet(r.stop);
        }
        if (e instanceof HExpr.Unary u) {
            return (u.op.equals("-") || u.op.equals("+")) && quiet(u.operand);
        }
        if (e instanceof HExpr.Binary b) {
            return isDouble(b.left) && isDouble(b.right) && quiet(b.left) && quiet(b.right)
                && (b.op.equals("+") || b.op.equals("-") || b.op.equals("*") || b.op.equals(".*")
                    || b.op.equals("/") || b.op.equals("./"));
        }
        return false;
    }

    /** A range whose parts are double scalars: its elements can be made on the fly. */
    private boolean isRangeLeaf(HExpr e) {
        return e instanceof HExpr.Range r && isDouble(r.start) && (r.step == null || isDouble(r.step)) && isDouble(r.stop);
    }

    /** A builtin with a scalar kernel the fused loop can call (and a fixed-arity entry for the fallback). */
    private boolean isFusedCall(HExpr e) {
        return e instanceof HExpr.Call c && c.fn.kind == mjc.compiler.hir.FunctionRef.Kind.BUILTIN
            && SCALAR_IMPL.containsKey(c.fn.name)
            && mjc.compiler.hir.ScalarTypes.SCALAR_BUILTINS.get(c.fn.name) == c.args.size()
            && c.args.stream().noneMatch(HExpr::isCsList)
            && BuiltinRegistry.fixed(c.fn.name, c.args.size()) != null;
    }

    private boolean isFusedNode(HExpr e) {
        if (e instanceof HExpr.Unary u) {
            return u.op.equals("-");
        }
        if (isFusedCall(e)) {
            return true;
        }
        if (!(e instanceof HExpr.Binary b) || b.left.isCsList() || b.right.isCsList()) {
            return false;
        }
        switch (b.op) {
            case "+":
            case "-":
            case ".*":
            case "./":
                return true;
            case "*":
                return isScalarOperand(b.left) || isScalarOperand(b.right);
            case "/":
                return isScalarOperand(b.right);
            case ".^":
                return b.right instanceof HExpr.Const k && k.kind == HExpr.Const.Kind.DOUBLE && k.number == Math.rint(k.number)
                    && Math.abs(k.number) <= 64;
            default:
                return false;
        }
    }

    private boolean isScalarOperand(HExpr e) {
        return e instanceof HExpr.Const c && c.kind == HExpr.Const.Kind.DOUBLE || isDouble(e);
    }

    /** Counts a fused tree's interior nodes, array leaves and range leaves, and lists every leaf in evaluation order. */
    private void walkFused(HExpr e, int[] counts, List<HExpr> leaves) {
        if (isScalarOperand(e)) {
            leaves.add(e);
            return;
        }
        if (isRangeLeaf(e)) {
            counts[2]++;
            leaves.add(e);
            return;
        }
        if (isFusedNode(e)) {
            counts[0]++;
            if (e instanceof HExpr.Call c) {
                c.args.forEach(a -> walkFused(a, counts, leaves));
            } else if (e instanceof HExpr.Binary b) {
                walkFused(b.left, counts, leaves);
                if (b.op.equals(".^")) {
                    leaves.add(b.right); // the exponent: a scalar operand
                } else {
                    walkFused(b.right, counts, leaves);
                }
            } else {
                walkFused(((HExpr.Unary) e).operand, counts, leaves);
            }
            return;
        }
        counts[1]++;
        leaves.add(e);
    }

    /** Leaves of a fused tree, left to right: array operands (Value slots) and scalar ones (double slots). */
    private void fusedLeaves(HExpr e, java.util.Map<HExpr, int[]> slots) {
        if (e instanceof HExpr.Const c && c.kind == HExpr.Const.Kind.DOUBLE) {
            return;
        }
        if (isDouble(e)) {
            doubleValue(e);
            int slot = st.newWideLocal();
            mv.visitVarInsn(DSTORE, slot);
            slots.put(e, new int[] {slot, 'D'});
            return;
        }
        if (isRangeLeaf(e)) {
            HExpr.Range r = (HExpr.Range) e;
            int start = st.newWideLocal();
            int step = st.newWideLocal();
            int stop = st.newWideLocal();
            doubleValue(r.start);
            mv.visitVarInsn(DSTORE, start);
            if (r.step != null) {
                doubleValue(r.step);
            } else {
                mv.visitInsn(DCONST_1);
            }
            mv.visitVarInsn(DSTORE, step);
            doubleValue(r.stop);
            mv.visitVarInsn(DSTORE, stop);
            slots.put(e, new int[] {start, 'R', step, stop});
            return;
        }
        if (isFusedNode(e)) {
            if (e instanceof HExpr.Call c) {
                c.args.forEach(a -> fusedLeaves(a, slots));
            } else if (e instanceof HExpr.Binary b) {
                fusedLeaves(b.left, slots);
                if (!b.op.equals(".^")) {
                    fusedLeaves(b.right, slots);
                }
            } else {
                fusedLeaves(((HExpr.Unary) e).operand, slots);
            }
            return;
        }
        value(e);
        int slot = st.newLocal();
        mv.visitVarInsn(ASTORE, slot);
        slots.put(e, new int[] {slot, 'A'});
    }

    private void fused(HExpr root) {
        java.util.Map<HExpr, int[]> slots = new java.util.LinkedHashMap<>();
        fusedLeaves(root, slots);
        List<int[]> arrays = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (int[] v : slots.values()) {
            if (v[1] == 'A') {
                arrays.add(v);
            } else if (v[1] == 'R') {
                ranges.add(v);
            }
        }
        Label generic = new Label();
        Label done = new Label();
        // the ranges' common length (-1 when there are none), then n: -1 unless every operand has one shape
        int rangeCount = st.newIntLocal();
        if (ranges.isEmpty()) {
            pushInt(-1);
            mv.visitVarInsn(ISTORE, rangeCount);
        } else {
            for (int k = 0; k < ranges.size(); k++) {
                int[] r = ranges.get(k);
                mv.visitVarInsn(DLOAD, r[0]);
                mv.visitVarInsn(DLOAD, r[2]);
                mv.visitVarInsn(DLOAD, r[3]);
                call(Names.COLON, "count", "(DDD)I");
                if (k == 0) {
                    mv.visitVarInsn(ISTORE, rangeCount);
                } else {
                    mv.visitVarInsn(ILOAD, rangeCount);
                    mv.visitJumpInsn(IF_ICMPNE, generic);
                }
            }
        }
        pushInt(arrays.size());
        mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
        for (int i = 0; i < arrays.size(); i++) {
            mv.visitInsn(DUP);
            pushInt(i);
            mv.visitVarInsn(ALOAD, arrays.get(i)[0]);
            mv.visitInsn(AASTORE);
        }
        mv.visitVarInsn(ILOAD, rangeCount);
        call("mjc/runtime/ops/Fused", "count", "(" + Names.VALUES_D + "I)I");
        int n = st.newIntLocal();
        mv.visitVarInsn(ISTORE, n);
        mv.visitVarInsn(ILOAD, n);
        mv.visitJumpInsn(IFLT, generic);
        java.util.Map<HExpr, Integer> data = new java.util.IdentityHashMap<>();
        for (java.util.Map.Entry<HExpr, int[]> en : slots.entrySet()) {
            if (en.getValue()[1] == 'A') {
                mv.visitVarInsn(ALOAD, en.getValue()[0]);
                call("mjc/runtime/ops/Fused", "data", "(" + Names.VALUE_D + ")[D");
                int d = st.newLocal();
                mv.visitVarInsn(ASTORE, d);
                data.put(en.getKey(), d);
            }
        }
        // the loop itself runs in a method of its own: there the operand stack is empty at its
        // back edge, so the JIT can compile it on the spot (OSR) even when this expression sits
        // inside a call's arguments; here the stack may hold the enclosing expression's operands
        StringBuilder desc = new StringBuilder("(");
        for (java.util.Map.Entry<HExpr, int[]> en : slots.entrySet()) {
            int[] v = en.getValue();
            if (v[1] == 'A') {
                mv.visitVarInsn(ALOAD, data.get(en.getKey()));
                desc.append("[D");
            } else if (v[1] == 'D') {
                mv.visitVarInsn(DLOAD, v[0]);
                desc.append('D');
            } else {
                mv.visitVarInsn(DLOAD, v[0]);
                mv.visitVarInsn(DLOAD, v[2]);
                mv.visitVarInsn(DLOAD, v[3]);
                desc.append("DDD");
            }
        }
        mv.visitVarInsn(ILOAD, n);
        desc.append("I)[D");
        String loop = fusedLoopMethod(root, slots, desc.toString());
        mv.visitMethodInsn(INVOKESTATIC, st.cls.name, loop, desc.toString(), false);
        int out = st.newLocal();
        mv.visitVarInsn(ASTORE, out);
        if (arrays.isEmpty()) {
            mv.visitVarInsn(ALOAD, out);
            call("mjc/runtime/ops/Fused", "row", "([D)" + Names.VALUE_D);
        } else {
            mv.visitVarInsn(ALOAD, arrays.get(0)[0]);
            mv.visitVarInsn(ALOAD, out);
            call("mjc/runtime/ops/Fused", "result", "(" + Names.VALUE_D + "[D)" + Names.VALUE_D);
        }
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(generic);
        fusedGeneric(root, slots);
        mv.visitLabel(done);
    }

    /**
     * Emits {@code private static double[] fused$K(leaves..., int n)}: out[i] = the tree at
     * element i, for i below n. Leaves arrive as parameters in the order of slots.
     */
    private String fusedLoopMethod(HExpr root, java.util.Map<HExpr, int[]> slots, String desc) {
        String name = "fused$" + st.cls.nextSyntheticId();
        MethodVisitor fm = st.cls.cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, name, desc, null, null);
        fm.visitCode();
        java.util.Map<HExpr, int[]> params = new java.util.LinkedHashMap<>();
        java.util.Map<HExpr, Integer> arrays = new java.util.IdentityHashMap<>();
        int next = 0;
        for (java.util.Map.Entry<HExpr, int[]> en : slots.entrySet()) {
            int[] v = en.getValue();
            if (v[1] == 'A') {
                arrays.put(en.getKey(), next);
                params.put(en.getKey(), new int[] {next, 'A'});
                next += 1;
            } else if (v[1] == 'D') {
                params.put(en.getKey(), new int[] {next, 'D'});
                next += 2;
            } else {
                params.put(en.getKey(), new int[] {next, 'R', next + 2, next + 4});
                next += 6;
            }
        }
        int n = next;
        MethodState fst = new MethodState(fm, st.cls, st.fn, n + 1, -1, -1, -1);
        ExprEmitter fex = new ExprEmitter(fst, program);
        int out = fst.newLocal();
        int i = fst.newIntLocal();
        fm.visitVarInsn(ILOAD, n);
        fm.visitIntInsn(NEWARRAY, T_DOUBLE);
        fm.visitVarInsn(ASTORE, out);
        fm.visitInsn(ICONST_0);
        fm.visitVarInsn(ISTORE, i);
        Label top = new Label();
        Label end = new Label();
        fm.visitLabel(top);
        fm.visitVarInsn(ILOAD, i);
        fm.visitVarInsn(ILOAD, n);
        fm.visitJumpInsn(IF_ICMPGE, end);
        fm.visitVarInsn(ALOAD, out);
        fm.visitVarInsn(ILOAD, i);
        fex.fusedElement(root, params, arrays, i);
        fm.visitInsn(DASTORE);
        fm.visitIincInsn(i, 1);
        fm.visitJumpInsn(GOTO, top);
        fm.visitLabel(end);
        fm.visitVarInsn(ALOAD, out);
        fm.visitInsn(ARETURN);
        fm.visitMaxs(0, 0);
        fm.visitEnd();
        return name;
    }

    /** One element of a fused tree, as a double on the stack. */
    private void fusedElement(HExpr e, java.util.Map<HExpr, int[]> slots, java.util.Map<HExpr, Integer> data, int i) {
        int[] leaf = slots.get(e);
        if (leaf != null) {
            if (leaf[1] == 'D') {
                mv.visitVarInsn(DLOAD, leaf[0]);
            } else if (leaf[1] == 'R') {
                // element i of start:step:stop, as the colon operator makes it
                mv.visitVarInsn(DLOAD, leaf[0]);
                mv.visitVarInsn(DLOAD, leaf[2]);
                mv.visitVarInsn(DLOAD, leaf[3]);
                mv.visitVarInsn(ILOAD, i);
                call(Names.LOOPS, "element", "(DDDI)D");
            } else {
                mv.visitVarInsn(ALOAD, data.get(e));
                mv.visitVarInsn(ILOAD, i);
                mv.visitInsn(DALOAD);
            }
            return;
        }
        if (e instanceof HExpr.Call c && modDivisor(c) != null && !slots.containsKey(c.args.get(1))) {
            fusedElement(c.args.get(0), slots, data, i);
            modByConstant(modDivisor(c));
            return;
        }
        if (e instanceof HExpr.Call c) {
            for (HExpr a : c.args) {
                fusedElement(a, slots, data, i);
            }
            String[] target = SCALAR_IMPL.get(c.fn.name);
            call(target[0], target[1], c.args.size() == 1 ? "(D)D" : "(DD)D");
            return;
        }
        if (e instanceof HExpr.Const c) {
            mv.visitLdcInsn(c.number);
            return;
        }
        if (e instanceof HExpr.Unary u) {
            fusedElement(u.operand, slots, data, i);
            mv.visitInsn(DNEG);
            return;
        }
        HExpr.Binary b = (HExpr.Binary) e;
        fusedElement(b.left, slots, data, i);
        if (b.op.equals(".^")) {
            double k = ((HExpr.Const) b.right).number;
            if (k == 2) {
                mv.visitInsn(DUP2); // x.^2 is x*x, as Elementwise computes it
                mv.visitInsn(DMUL);
            } else {
                mv.visitLdcInsn(k);
                call("java/lang/Math", "pow", "(DD)D");
            }
            return;
        }
        fusedElement(b.right, slots, data, i);
        arithmetic(b.op);
    }

    /** The JVM instruction of + - * .* / ./ on the two doubles on the stack. */
    private void arithmetic(String op) {
        switch (op) {
            case "+":
                mv.visitInsn(DADD);
                break;
            case "-":
                mv.visitInsn(DSUB);
                break;
            case "*":
            case ".*":
                mv.visitInsn(DMUL);
                break;
            case "/":
            case "./":
                mv.visitInsn(DDIV);
                break;
            default:
                throw new IllegalArgumentException("not an arithmetic operator: " + op);
        }
    }

    /** The tree through the ordinary operators, on the operands already evaluated. */
    private void fusedGeneric(HExpr e, java.util.Map<HExpr, int[]> slots) {
        int[] leaf = slots.get(e);
        if (leaf != null) {
            if (leaf[1] == 'D') {
                mv.visitVarInsn(DLOAD, leaf[0]);
                box();
            } else if (leaf[1] == 'R') {
                for (int k : new int[] {leaf[0], leaf[2], leaf[3]}) {
                    mv.visitVarInsn(DLOAD, k);
                    box();
                }
                call(Names.COLON, "range", Names.v(3));
            } else {
                mv.visitVarInsn(ALOAD, leaf[0]);
            }
            return;
        }
        if (e instanceof HExpr.Const) {
            value(e);
            return;
        }
        if (e instanceof HExpr.Call c) {
            for (HExpr a : c.args) {
                fusedGeneric(a, slots);
            }
            Method fixed = BuiltinRegistry.fixed(c.fn.name, c.args.size());
            call(Type.getInternalName(fixed.getDeclaringClass()), fixed.getName(), Type.getMethodDescriptor(fixed));
            return;
        }
        if (e instanceof HExpr.Unary u) {
            fusedGeneric(u.operand, slots);
            call(Names.OPERATORS, "uminus", Names.v(1));
            return;
        }
        HExpr.Binary b = (HExpr.Binary) e;
        fusedGeneric(b.left, slots);
        fusedGeneric(b.right, slots);
        binaryOp(b);
    }

    /** Pushes a Value[]: all outputs of a call (nargout pushed by the runnable) or all values of a list. */
    void multi(HExpr e, Runnable nargout) {
        st.line(e.line);
        if (e instanceof HExpr.Call c) {
            callFunctionMulti(c.fn, c.args, nargout);
        } else if (e instanceof HExpr.EvalCall ev) {
            evalCall(ev, nargout);
        } else if (e instanceof HExpr.VarOrCall vc) {
            Label call = new Label();
            Label done = new Label();
            loadVar(vc.var);
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, call);
            if (vc.hasArgs) {
                if (vc.context != null && vc.context.used) {
                    mv.visitInsn(DUP);
                    mv.visitVarInsn(ASTORE, contextSlot(vc.context));
                }
                args(vc.args);
                nargout.run();
                call(Names.CALLS, "apply", "(" + Names.VALUE_D + Names.VALUES_D + "I)" + Names.VALUES_D);
            } else {
                wrapOne();
            }
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(call);
            mv.visitInsn(POP);
            unboundEndBase(vc);
            callFunctionMulti(vc.fallback, vc.args, nargout);
            mv.visitLabel(done);
        } else if (e instanceof HExpr.Index ix && isDotCall(ix)) {
            dotCall(ix, nargout);
        } else if (e instanceof HExpr.Index ix) {
            value(ix.base);
            if (ix.context != null && ix.context.used) {
                mv.visitInsn(DUP);
                mv.visitVarInsn(ASTORE, contextSlot(ix.context));
            }
            args(ix.args);
            if (ix.brace) {
                call(Names.INDEX, "brace", "(" + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUES_D);
            } else {
                nargout.run();
                call(Names.CALLS, "apply", "(" + Names.VALUE_D + Names.VALUES_D + "I)" + Names.VALUES_D);
            }
        } else if (e instanceof HExpr.FieldRead f && f.name != null) {
            value(f.base);
            memberSite(f.name);
            pushOwnerClass();
            call(Names.MEMBER_SITE, "getList", "(" + Names.VALUE_D + "L" + Names.MEMBER_SITE + ";" + Names.META_D + ")"
                + Names.VALUES_D);
        } else if (e instanceof HExpr.FieldRead f) {
            value(f.base);
            fieldName(f);
            fieldRead(true);
        } else {
            value(e);
            wrapOne();
        }
    }

    /**
     * eval and friends: the variables go into the function's Workspace (made on first use and
     * kept for the activation, so names only eval knows survive from one eval to the next), the
     * call runs, and every variable is read back. Leaves the call's Value[].
     */
    private void evalCall(HExpr.EvalCall ev, Runnable nargout) {
        int ws = st.workspaceSlot;
        if (ws < 0) {
            ws = st.newLocal();
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, ws);
        }
        Label have = new Label();
        mv.visitVarInsn(ALOAD, ws);
        mv.visitJumpInsn(IFNONNULL, have);
        mv.visitTypeInsn(NEW, Names.WORKSPACE);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, Names.WORKSPACE, "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, ws);
        mv.visitLabel(have);
        List<Variable> vars = new ArrayList<>();
        for (Variable v : ev.scopeVariables.values()) {
            if (v.storage == Variable.Storage.LOCAL && v.slot >= 0 && !v.isHidden()) {
                vars.add(v);
            }
        }
        for (Variable v : vars) {
            mv.visitVarInsn(ALOAD, ws);
            mv.visitLdcInsn(v.name);
            loadVar(v);
            mv.visitMethodInsn(INVOKEVIRTUAL, Names.WORKSPACE, "set", "(Ljava/lang/String;" + Names.VALUE_D + ")V",
                false);
        }
        mv.visitLdcInsn(ev.name);
        mv.visitVarInsn(ALOAD, ws);
        pushInt(st.fn.kind == HFunction.Kind.SCRIPT && !st.fn.workspaceBound ? 1 : 0);
        args(ev.args);
        nargout.run();
        call("mjc/stdlib/lang/Eval", "eval", "(Ljava/lang/String;L" + Names.WORKSPACE + ";Z" + Names.VALUES_D + "I)"
            + Names.VALUES_D);
        for (Variable v : vars) {
            mv.visitVarInsn(ALOAD, ws);
            mv.visitLdcInsn(v.name);
            mv.visitMethodInsn(INVOKEVIRTUAL, Names.WORKSPACE, "get", "(Ljava/lang/String;)" + Names.VALUE_D, false);
            storeVar(v);
        }
    }

    /** Value on the stack to a one-element Value[]. */
    void wrapOne() {
        mv.visitInsn(ICONST_1);
        mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
        mv.visitInsn(DUP_X1);
        mv.visitInsn(SWAP);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(SWAP);
        mv.visitInsn(AASTORE);
    }

    /** A call where one value is needed. */
    void callFunction(FunctionRef ref, List<HExpr> args, Mode mode) {
        if (ref.kind == FunctionRef.Kind.BUILTIN && !program.isMethodName(ref.name)) {
            Method fixed = anyCsList(args) ? null : BuiltinRegistry.fixed(ref.name, args.size());
            if (fixed != null && fixed.getReturnType() != void.class) {
                for (HExpr a : args) {
                    value(a);
                }
                call(Type.getInternalName(fixed.getDeclaringClass()), fixed.getName(), Type.getMethodDescriptor(fixed));
                return;
            }
        }
        callFunctionMulti(ref, args, () -> pushInt(1));
        call(Names.CALLS, "first", "(" + Names.VALUES_D + ")" + Names.VALUE_D);
    }

    /** A call leaving all its outputs (a Value[]). */
    void callFunctionMulti(FunctionRef ref, List<HExpr> args, Runnable nargout) {
        if (ref.frame != null) {
            // a nested function: its parent's frame goes first
            List<HExpr> all = new ArrayList<>(args.size() + 1);
            all.add(ref.frame);
            all.addAll(args);
            args(all);
            nargout.run();
            call(program.classOf(ref.function), "call", Names.CALL_DESC);
            return;
        }
        if (program.isMethodName(ref.name) && (ref.kind == FunctionRef.Kind.USER || ref.kind == FunctionRef.Kind.BUILTIN
            || ref.kind == FunctionRef.Kind.UNRESOLVED)
            || ref.kind == FunctionRef.Kind.UNRESOLVED && !args.isEmpty() && !program.isLateBinding()) {
            // an unknown name with arguments may be a method of an object argument's class (inputParser's addRequired)
            dispatchingCall(ref, args, nargout);
            return;
        }
        switch (ref.kind) {
            case CLASS:
            case SUPER_CONSTRUCTOR: {
                mv.visitFieldInsn(GETSTATIC, ref.cls.jvmName, "META", Names.META_D);
                args(args);
                nargout.run();
                mv.visitMethodInsn(INVOKEVIRTUAL, Names.META, ref.kind == FunctionRef.Kind.CLASS ? "construct"
                    : "superConstruct", Names.CALL_DESC, false);
                return;
            }
            case SUPER_METHOD: {
                mv.visitFieldInsn(GETSTATIC, ref.cls.jvmName, "META", Names.META_D);
                mv.visitLdcInsn(ref.name);
                args(args);
                nargout.run();
                mv.visitFieldInsn(GETSTATIC, st.fn.owner.jvmName, "META", Names.META_D);
                call(Names.OBJECTS, "superMethod", "(" + Names.META_D + "Ljava/lang/String;" + Names.VALUES_D + "I"
                    + Names.META_D + ")" + Names.VALUES_D);
                return;
            }
            case CLASS_MEMBER: {
                mv.visitFieldInsn(GETSTATIC, ref.cls.jvmName, "META", Names.META_D);
                mv.visitLdcInsn(ref.name);
                args(args);
                nargout.run();
                pushOwnerClass();
                mv.visitMethodInsn(INVOKEVIRTUAL, Names.META, "member", "(Ljava/lang/String;" + Names.VALUES_D + "I"
                    + Names.META_D + ")" + Names.VALUES_D, false);
                return;
            }
            case USER: {
                args(args);
                nargout.run();
                call(program.classOf(ref.function), "call", Names.CALL_DESC);
                return;
            }
            case BUILTIN: {
                Method general = BuiltinRegistry.general(ref.name);
                if (general != null) {
                    args(args);
                    if (BuiltinRegistry.wantsArgNames(ref.name) && !anyCsList(args)) {
                        mv.visitLdcInsn(argNames(args));
                        call(Names.ARG_NAMES, "set", "(Ljava/lang/String;)V");
                    }
                    nargout.run();
                    call(Type.getInternalName(general.getDeclaringClass()), general.getName(), Names.CALL_DESC);
                    return;
                }
                Method fixed = anyCsList(args) ? null : BuiltinRegistry.fixed(ref.name, args.size());
                if (fixed != null) {
                    for (HExpr a : args) {
                        value(a);
                    }
                    call(Type.getInternalName(fixed.getDeclaringClass()), fixed.getName(), Type.getMethodDescriptor(fixed));
                    if (fixed.getReturnType() == void.class) {
                        nargout.run();
                        call(Names.CALLS, "noOutputs", "(I)" + Names.VALUES_D);
                    } else {
                        wrapOne();
                    }
                    return;
                }
                // arity not offered at compile time: dispatch through the registry's adapter
                mv.visitLdcInsn(ref.name);
                call(Names.BUILTINS, "callable", "(Ljava/lang/String;)L" + Names.CALLABLE + ";");
                args(args);
                nargout.run();
                mv.visitMethodInsn(INVOKEINTERFACE, Names.CALLABLE, "call", Names.CALL_DESC, true);
                return;
            }
            default:
                if (program.isLateBinding()) {
                    args(args);
                    nargout.run();
                    mv.visitLdcInsn(ref.name);
                    call(Names.CALLS, "callByName", "(" + Names.VALUES_D + "ILjava/lang/String;)" + Names.VALUES_D);
                    return;
                }
                // evaluate the arguments first: their errors come before the missing function's
                args(args);
                mv.visitInsn(POP);
                mv.visitLdcInsn(ref.name);
                call(Names.CALLS, "undefinedCall", "(Ljava/lang/String;)" + Names.VALUES_D);
        }
    }

    /** The arguments' variable names joined by newlines ("" for any other expression), for ArgNames. */
    private static String argNames(List<HExpr> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            if (args.get(i) instanceof HExpr.VarRead v) {
                sb.append(v.var.name);
            }
        }
        return sb.toString();
    }

    /**
     * A call of a name some class of the program defines as a method: the method of the
     * leftmost object argument's class when there is one, else the function itself with the
     * same (already evaluated) arguments.
     */
    private void dispatchingCall(FunctionRef ref, List<HExpr> args, Runnable nargout) {
        args(args);
        int argv = st.newLocal();
        mv.visitVarInsn(ASTORE, argv);
        Label done = new Label();
        mv.visitLdcInsn(ref.name);
        mv.visitVarInsn(ALOAD, argv);
        nargout.run();
        pushOwnerClass();
        call(Names.OBJECTS, "dispatch", "(Ljava/lang/String;" + Names.VALUES_D + "I" + Names.META_D + ")" + Names.VALUES_D);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, done);
        mv.visitInsn(POP);
        switch (ref.kind) {
            case USER:
                mv.visitVarInsn(ALOAD, argv);
                nargout.run();
                call(program.classOf(ref.function), "call", Names.CALL_DESC);
                break;
            case BUILTIN:
                mv.visitLdcInsn(ref.name);
                call(Names.BUILTINS, "callable", "(Ljava/lang/String;)L" + Names.CALLABLE + ";");
                mv.visitVarInsn(ALOAD, argv);
                nargout.run();
                mv.visitMethodInsn(INVOKEINTERFACE, Names.CALLABLE, "call", Names.CALL_DESC, true);
                break;
            default:
                mv.visitLdcInsn(ref.name);
                call(Names.CALLS, "undefinedCall", "(Ljava/lang/String;)" + Names.VALUES_D);
        }
        mv.visitLabel(done);
    }

    // ------------------------------------------------------------------ objects

    /** Pushes the MetaClass of the class whose method runs (null outside classes): the context of access checks. */
    private void pushOwnerClass() {
        if (st.fn.owner != null) {
            mv.visitFieldInsn(GETSTATIC, st.fn.owner.jvmName, "META", Names.META_D);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
    }

    /** Pushes the class whose method runs (null outside classes) and the property whose accessor runs (or null). */
    void memberContext() {
        pushOwnerClass();
        if (st.fn.accessorOf != null) {
            mv.visitLdcInsn(st.fn.accessorOf);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
    }

    /** base, name, rhs on the stack: {@code base.name = rhs}, leaving the updated base. */
    /** The inline cache of a member accessed here (a static field of this class). */
    private void memberSite(String member) {
        mv.visitFieldInsn(GETSTATIC, st.cls.name, st.cls.memberSite(member, String.valueOf(st.fn.accessorOf)),
            "L" + Names.MEMBER_SITE + ";");
    }

    /** base, name, rhs on the stack: {@code base.name = rhs} through the member's inline cache (name is literal). */
    void fieldAssign(String literal) {
        if (literal == null) {
            fieldAssign();
            return;
        }
        mv.visitInsn(SWAP);
        mv.visitInsn(POP);
        memberSite(literal);
        pushOwnerClass();
        call(Names.MEMBER_SITE, "set", "(" + Names.VALUE_D + Names.VALUE_D + "L" + Names.MEMBER_SITE + ";" + Names.META_D
            + ")" + Names.VALUE_D);
    }

    void fieldAssign() {
        if (st.fn.owner == null) {
            call(Names.ASSIGN, "field", "(" + Names.VALUE_D + "Ljava/lang/String;" + Names.VALUE_D + ")" + Names.VALUE_D);
            return;
        }
        memberContext();
        call(Names.OBJECTS, "set", "(" + Names.VALUE_D + "Ljava/lang/String;" + Names.VALUE_D + Names.META_D
            + "Ljava/lang/String;)" + Names.VALUE_D);
    }

    /** base, name on the stack: the current base.name before a nested update. */
    void fieldForUpdate() {
        if (st.fn.owner == null) {
            call(Names.ASSIGN, "fieldForUpdate", "(" + Names.VALUE_D + "Ljava/lang/String;)" + Names.VALUE_D);
            return;
        }
        memberContext();
        call(Names.OBJECTS, "getForUpdate", "(" + Names.VALUE_D + "Ljava/lang/String;" + Names.META_D
            + "Ljava/lang/String;)" + Names.VALUE_D);
    }

    /** base, name on the stack: base.name (one value, or all of them when list). */
    private void fieldRead(boolean list) {
        if (st.fn.owner == null) {
            call(Names.INDEX, list ? "field" : "fieldOne", "(" + Names.VALUE_D + "Ljava/lang/String;)"
                + (list ? Names.VALUES_D : Names.VALUE_D));
            return;
        }
        memberContext();
        call(Names.OBJECTS, list ? "getList" : "get", "(" + Names.VALUE_D + "Ljava/lang/String;" + Names.META_D
            + "Ljava/lang/String;)" + (list ? Names.VALUES_D : Names.VALUE_D));
    }

    /** {@code base.name(args)} with a literal name and no end: a method call on an object, else indexing of the field. */
    private static boolean isDotCall(HExpr.Index ix) {
        return !ix.brace && ix.base instanceof HExpr.FieldRead f && f.name != null
            && !(ix.context != null && ix.context.used);
    }

    private void dotCall(HExpr.Index ix, Runnable nargout) {
        HExpr.FieldRead f = (HExpr.FieldRead) ix.base;
        value(f.base);
        args(ix.args);
        nargout.run();
        memberSite(f.name);
        pushOwnerClass();
        call(Names.MEMBER_SITE, "dot", "(" + Names.VALUE_D + Names.VALUES_D + "IL" + Names.MEMBER_SITE + ";" + Names.META_D
            + ")" + Names.VALUES_D);
    }

    // ------------------------------------------------------------------ handles and closures

    private static final Handle LMF = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);

    /** Pushes a Callable for a static method of the calling convention (optionally bound to a captures array on the stack). */
    void callable(String owner, String method, boolean bound) {
        Type sam = Type.getMethodType(Names.CALL_DESC);
        Handle impl = new Handle(H_INVOKESTATIC, owner, method, bound ? Names.LAMBDA_DESC : Names.CALL_DESC, false);
        mv.visitInvokeDynamicInsn("call", bound ? "(" + Names.VALUES_D + ")L" + Names.CALLABLE + ";" : "()L" + Names.CALLABLE + ";",
            LMF, sam, impl, sam);
    }

    void handle(FunctionRef ref) {
        if (ref.kind == FunctionRef.Kind.USER) {
            mv.visitTypeInsn(NEW, Names.NAMED_HANDLE);
            mv.visitInsn(DUP);
            mv.visitLdcInsn(ref.name);
            if (ref.frame != null) {
                // @nested: the handle keeps the frame (and so the shared variables) alive
                value(ref.frame);
                mv.visitTypeInsn(CHECKCAST, Names.FRAME);
                callable(program.classOf(ref.function), "call", false);
                mv.visitMethodInsn(INVOKEVIRTUAL, Names.FRAME, "bind", "(L" + Names.CALLABLE + ";)L" + Names.CALLABLE + ";",
                    false);
                mv.visitMethodInsn(INVOKESPECIAL, Names.NAMED_HANDLE, "<init>", "(Ljava/lang/String;L" + Names.CALLABLE + ";)V",
                    false);
                return;
            }
            callable(program.classOf(ref.function), "call", false);
            mv.visitMethodInsn(INVOKESPECIAL, Names.NAMED_HANDLE, "<init>", "(Ljava/lang/String;L" + Names.CALLABLE + ";)V", false);
            return;
        }
        if (ref.kind == FunctionRef.Kind.BUILTIN) {
            mv.visitTypeInsn(NEW, Names.NAMED_HANDLE);
            mv.visitInsn(DUP);
            mv.visitLdcInsn(ref.name);
            mv.visitLdcInsn(ref.name);
            call(Names.BUILTINS, "callable", "(Ljava/lang/String;)L" + Names.CALLABLE + ";");
            mv.visitMethodInsn(INVOKESPECIAL, Names.NAMED_HANDLE, "<init>", "(Ljava/lang/String;L" + Names.CALLABLE + ";)V", false);
            return;
        }
        mv.visitLdcInsn(ref.name);
        call(Names.HANDLES, "byName", "(Ljava/lang/String;)" + Names.VALUE_D);
    }

    /** Pushes the captures array of a closure: each captured variable's current value (null if unset). */
    void captures(List<Variable> captured) {
        pushInt(captured.size());
        mv.visitTypeInsn(ANEWARRAY, Names.VALUE);
        for (int i = 0; i < captured.size(); i++) {
            Label skip = new Label();
            mv.visitInsn(DUP);
            pushInt(i);
            loadVar(captured.get(i));
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, skip);
            share();
            mv.visitLabel(skip);
            mv.visitInsn(AASTORE);
        }
    }

    private void lambda(HExpr.Lambda l) {
        HFunction body = l.body;
        if (body.async) {
            program.asyncBlock(st, this, l);
            return;
        }
        String method = program.closureMethod(st.cls, body);
        if (body.kind == HFunction.Kind.BLOCK) {
            program.blockValue(st, this, l, method);
            return;
        }
        mv.visitTypeInsn(NEW, Names.ANON);
        mv.visitInsn(DUP);
        mv.visitLdcInsn(l.text);
        captures(l.captured);
        callable(st.cls.name, method, true);
        mv.visitMethodInsn(INVOKESPECIAL, Names.ANON, "<init>", "(Ljava/lang/String;L" + Names.CALLABLE + ";)V", false);
    }
}
