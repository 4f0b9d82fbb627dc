package mjc.compiler.backend;

import java.util.List;
import java.util.Map;
import mjc.compiler.hir.HExpr;
import mjc.compiler.hir.HStmt;
import mjc.compiler.hir.LValue;
import mjc.compiler.hir.Variable;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Statements to bytecode: assignments (including nested targets such as {@code s.a{2}(3) = v}),
 * display of unsuppressed results, {@code ans}, control flow, and try/catch as JVM exception
 * ranges.
 */
final class StatementEmitter implements Opcodes {
    private final MethodState st;
    private final MethodVisitor mv;
    private final ExprEmitter ex;

    StatementEmitter(MethodState st, ExprEmitter ex) {
        this.st = st;
        this.mv = st.mv;
        this.ex = ex;
    }

    void block(List<HStmt> body) {
        for (HStmt s : body) {
            statement(s);
        }
    }

    private void display(String name, Runnable pushValue) {
        mv.visitLdcInsn(name);
        pushValue.run();
        ex.call(Names.DISPLAY, "show", "(Ljava/lang/String;" + Names.VALUE_D + ")V");
    }

    void statement(HStmt s) {
        st.lastLine = -1;
        st.line(s.line);
        if (s instanceof HStmt.Assign a) {
            assign(a);
        } else if (s instanceof HStmt.MultiAssign m) {
            multiAssign(m);
        } else if (s instanceof HStmt.Eval e) {
            eval(e);
        } else if (s instanceof HStmt.If i) {
            Label end = new Label();
            for (int k = 0; k < i.conditions.size(); k++) {
                Label next = new Label();
                ex.condition(i.conditions.get(k), next);
                block(i.bodies.get(k));
                mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(next);
            }
            if (i.elseBody != null) {
                block(i.elseBody);
            }
            mv.visitLabel(end);
        } else if (s instanceof HStmt.While w) {
            Label top = new Label();
            Label end = new Label();
            mv.visitLabel(top);
            interruptCheck();
            ex.condition(w.condition, end);
            st.loops.push(new Label[] {top, end});
            block(w.body);
            st.loops.pop();
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(end);
        } else if (s instanceof HStmt.For f) {
            forLoop(f);
        } else if (s instanceof HStmt.Switch sw) {
            switchStatement(sw);
        } else if (s instanceof HStmt.Try t) {
            tryStatement(t);
        } else if (s instanceof HStmt.Break) {
            mv.visitJumpInsn(GOTO, st.loops.peek()[1]);
        } else if (s instanceof HStmt.Continue) {
            mv.visitJumpInsn(GOTO, st.loops.peek()[0]);
        } else if (s instanceof HStmt.Return r) {
            if (r.value != null) {
                ex.value(r.value);
                ex.share();
                if (r.firstOutput != null) {
                    ex.storeVar(r.firstOutput);
                } else if (st.resultSlot >= 0) {
                    mv.visitVarInsn(ASTORE, st.resultSlot);
                } else {
                    mv.visitInsn(POP);
                }
            }
            mv.visitJumpInsn(GOTO, st.exit);
        } else if (s instanceof HStmt.Declare d) {
            for (Variable v : d.vars) {
                if (d.global) {
                    mv.visitLdcInsn(v.name);
                    ex.call(Names.GLOBALS, "declare", "(Ljava/lang/String;)V");
                } else {
                    Label set = new Label();
                    ex.loadVar(v);
                    mv.visitJumpInsn(IFNONNULL, set);
                    ex.call(Names.DOUBLE_ARRAY, "empty", "()L" + Names.DOUBLE_ARRAY + ";");
                    ex.own();
                    ex.storeVar(v);
                    mv.visitLabel(set);
                }
            }
        } else if (s instanceof HStmt.Clear c) {
            for (Variable v : c.vars) {
                if (v.storage == Variable.Storage.LOCAL && v.slot >= 0 || v.storage == Variable.Storage.SHARED) {
                    mv.visitInsn(ACONST_NULL);
                    ex.storeVar(v);
                }
            }
        } else {
            throw new IllegalStateException("cannot emit " + s);
        }
    }

    // ------------------------------------------------------------------ assignment

    private void assign(HStmt.Assign a) {
        LValue t = a.target;
        if (a.value instanceof HExpr.Await aw && st.coroutine() && t.isPlain()) {
            int task = awaitPoint(a, aw.task);
            mv.visitVarInsn(ALOAD, task);
            ex.call(Names.ASYNC, "value", "(L" + Names.TASK + ";)" + Names.VALUE_D);
            ex.share();
            ex.storeVar(t.root);
            if (a.print) {
                display(t.root.name, () -> ex.loadVar(t.root));
            }
            return;
        }
        if (t.isPlain() && st.isDoubleLocal(t.root)) {
            ex.doubleValue(a.value);
            ex.storeDouble(t.root);
        } else if (!a.delete && !st.arrays.isEmpty() && st.typing(ex.program().callees()).isScalarStore(t, a.value)) {
            // a(i) = x on a real double array: subscripts and value stay JVM doubles
            LValue.Accessor acc = t.chain.get(0);
            int[] fast = st.fastArrays.get(t.root);
            if (fast != null && acc.args.size() == 1) {
                fastStore(t.root, fast, acc.args.get(0), a.value);
                if (a.print) {
                    display(t.root.name, () -> ex.loadVar(t.root));
                }
                return;
            }
            ex.loadVar(t.root);
            if (acc.context != null && acc.context.used) {
                mv.visitInsn(DUP);
                mv.visitVarInsn(ASTORE, ex.contextSlot(acc.context));
            }
            for (HExpr arg : acc.args) {
                ex.doubleValue(arg);
            }
            ex.doubleValue(a.value);
            ex.call(Names.ASSIGN, acc.args.size() == 1 ? "realSet" : "realSet2",
                "(" + Names.VALUE_D + (acc.args.size() == 1 ? "DD" : "DDD") + ")" + Names.VALUE_D);
            ex.own();
            ex.storeVar(t.root);
        } else if (t.isPlain()) {
            ex.value(a.value);
            ex.share();
            ex.storeVar(t.root);
        } else {
            storeInto(t, () -> ex.value(a.value), a.delete);
        }
        if (a.print) {
            display(t.root.name, () -> ex.loadVar(t.root));
        }
    }

    /**
     * Stores a value into an indexed target. Each level is read "for update" into a temporary,
     * the innermost level is assigned, then every level is written back outward; a level held
     * by exactly one location is updated in place.
     */
    void storeInto(LValue t, Runnable pushValue, boolean delete) {
        List<LValue.Accessor> chain = t.chain;
        int n = chain.size();
        int[] levelSlots = new int[n];
        int[] argSlots = new int[n];
        int[] nameSlots = new int[n];
        // level 0 is the root variable's value
        levelSlots[0] = st.newLocal();
        ex.loadVar(t.root);
        mv.visitVarInsn(ASTORE, levelSlots[0]);
        for (int k = 0; k < n; k++) {
            LValue.Accessor acc = chain.get(k);
            if (acc.context != null && acc.context.used) {
                int slot = ex.contextSlot(acc.context);
                mv.visitVarInsn(ALOAD, levelSlots[k]);
                mv.visitVarInsn(ASTORE, slot);
            }
            if (acc.kind == LValue.Accessor.Kind.FIELD) {
                nameSlots[k] = st.newLocal();
                if (acc.field != null) {
                    mv.visitLdcInsn(acc.field);
                } else {
                    ex.value(acc.dynamicField);
                    ex.call(Names.CALLS, "fieldName", "(" + Names.VALUE_D + ")Ljava/lang/String;");
                }
                mv.visitVarInsn(ASTORE, nameSlots[k]);
            } else {
                argSlots[k] = st.newLocal();
                ex.args(acc.args);
                mv.visitVarInsn(ASTORE, argSlots[k]);
            }
            if (k < n - 1) {
                levelSlots[k + 1] = st.newLocal();
                mv.visitVarInsn(ALOAD, levelSlots[k]);
                switch (acc.kind) {
                    case FIELD:
                        mv.visitVarInsn(ALOAD, nameSlots[k]);
                        ex.fieldForUpdate();
                        break;
                    case BRACE:
                        mv.visitVarInsn(ALOAD, argSlots[k]);
                        ex.call(Names.ASSIGN, "braceForUpdate", "(" + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
                        break;
                    default:
                        mv.visitVarInsn(ALOAD, argSlots[k]);
                        ex.call(Names.ASSIGN, "parenForUpdate", "(" + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
                }
                mv.visitVarInsn(ASTORE, levelSlots[k + 1]);
            }
        }
        // innermost assignment
        int k = n - 1;
        LValue.Accessor last = chain.get(k);
        mv.visitVarInsn(ALOAD, levelSlots[k]);
        if (delete) {
            mv.visitVarInsn(ALOAD, argSlots[k]);
            ex.call(Names.ASSIGN, "delete", "(" + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
        } else {
            switch (last.kind) {
                case FIELD:
                    mv.visitVarInsn(ALOAD, nameSlots[k]);
                    pushValue.run();
                    ex.fieldAssign(last.field);
                    break;
                case BRACE:
                    pushValue.run();
                    mv.visitVarInsn(ALOAD, argSlots[k]);
                    ex.call(Names.ASSIGN, "brace", "(" + Names.VALUE_D + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
                    break;
                default:
                    pushValue.run();
                    mv.visitVarInsn(ALOAD, argSlots[k]);
                    ex.call(Names.ASSIGN, "paren", "(" + Names.VALUE_D + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
            }
        }
        // write back outward
        for (int j = n - 2; j >= 0; j--) {
            int tmp = st.newLocal();
            mv.visitVarInsn(ASTORE, tmp);
            LValue.Accessor acc = chain.get(j);
            mv.visitVarInsn(ALOAD, levelSlots[j]);
            switch (acc.kind) {
                case FIELD:
                    mv.visitVarInsn(ALOAD, nameSlots[j]);
                    mv.visitVarInsn(ALOAD, tmp);
                    ex.fieldAssign(acc.field);
                    break;
                case BRACE:
                    mv.visitVarInsn(ALOAD, tmp);
                    mv.visitVarInsn(ALOAD, argSlots[j]);
                    ex.call(Names.ASSIGN, "brace", "(" + Names.VALUE_D + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
                    break;
                default:
                    mv.visitVarInsn(ALOAD, tmp);
                    mv.visitVarInsn(ALOAD, argSlots[j]);
                    ex.call(Names.ASSIGN, "paren", "(" + Names.VALUE_D + Names.VALUE_D + Names.VALUES_D + ")" + Names.VALUE_D);
            }
        }
        ex.own();
        ex.storeVar(t.root);
    }

    /** Whether a bracketed target is a list: {@code [s.name]} or {@code [c{subs}]} on a variable. */
    private static boolean isListTarget(HStmt.MultiAssign m) {
        if (m.targets.size() != 1 || m.targets.get(0) == null) {
            return false;
        }
        LValue t = m.targets.get(0);
        return t.chain.size() == 1 && t.chain.get(0).kind != LValue.Accessor.Kind.PAREN;
    }

    /**
     * {@code [s.name] = f(...)} and {@code [c{subs}] = f(...)}: the call is asked for one output
     * per addressed element, counted when the statement runs, and each element gets one.
     */
    private void listAssign(HStmt.MultiAssign m) {
        LValue t = m.targets.get(0);
        LValue.Accessor acc = t.chain.get(0);
        int base = st.newLocal();
        ex.loadVar(t.root);
        mv.visitVarInsn(ASTORE, base);
        int key = st.newLocal();
        int count = st.newIntLocal();
        if (acc.kind == LValue.Accessor.Kind.FIELD) {
            if (acc.field != null) {
                mv.visitLdcInsn(acc.field);
            } else {
                ex.value(acc.dynamicField);
                ex.call(Names.CALLS, "fieldName", "(" + Names.VALUE_D + ")Ljava/lang/String;");
            }
            mv.visitVarInsn(ASTORE, key);
            mv.visitVarInsn(ALOAD, base);
            ex.call(Names.ASSIGN, "fieldListCount", "(" + Names.VALUE_D + ")I");
        } else {
            if (acc.context != null && acc.context.used) {
                int slot = ex.contextSlot(acc.context);
                mv.visitVarInsn(ALOAD, base);
                mv.visitVarInsn(ASTORE, slot);
            }
            ex.args(acc.args);
            mv.visitVarInsn(ASTORE, key);
            mv.visitVarInsn(ALOAD, base);
            mv.visitVarInsn(ALOAD, key);
            ex.call(Names.ASSIGN, "braceListCount", "(" + Names.VALUE_D + Names.VALUES_D + ")I");
        }
        mv.visitVarInsn(ISTORE, count);
        if (ExprEmitter.multiCapable(m.value)) {
            ex.multi(m.value, () -> mv.visitVarInsn(ILOAD, count));
        } else {
            ex.value(m.value);
            ex.wrapOne();
        }
        mv.visitVarInsn(ILOAD, count);
        ex.call(Names.STATEMENTS, "need", "(" + Names.VALUES_D + "I)" + Names.VALUES_D);
        int results = st.newLocal();
        mv.visitVarInsn(ASTORE, results);
        mv.visitVarInsn(ALOAD, base);
        mv.visitVarInsn(ALOAD, key);
        mv.visitVarInsn(ALOAD, results);
        if (acc.kind == LValue.Accessor.Kind.FIELD) {
            ex.call(Names.ASSIGN, "fieldList", "(" + Names.VALUE_D + "Ljava/lang/String;" + Names.VALUES_D + ")"
                + Names.VALUE_D);
        } else {
            ex.call(Names.ASSIGN, "braceList", "(" + Names.VALUE_D + Names.VALUES_D + Names.VALUES_D + ")"
                + Names.VALUE_D);
        }
        ex.share();
        ex.storeVar(t.root);
        if (m.print) {
            display(t.root.name, () -> ex.loadVar(t.root));
        }
    }

    private void multiAssign(HStmt.MultiAssign m) {
        if (isListTarget(m) && !(m.value instanceof HExpr.Await)) {
            listAssign(m);
            return;
        }
        int count = m.targets.size();
        int needed = 0;
        for (int i = 0; i < count; i++) {
            if (m.targets.get(i) != null) {
                needed = i + 1;
            }
        }
        int results = st.newLocal();
        if (m.value instanceof HExpr.Await aw && st.coroutine()) {
            int task = awaitPoint(m, aw.task);
            mv.visitVarInsn(ALOAD, task);
            ex.call(Names.ASYNC, "outputs", "(L" + Names.TASK + ";)" + Names.VALUES_D);
        } else if (ExprEmitter.multiCapable(m.value)) {
            ex.multi(m.value, () -> ex.pushInt(count));
        } else {
            ex.value(m.value);
            ex.wrapOne();
        }
        ex.pushInt(needed);
        ex.call(Names.STATEMENTS, "need", "(" + Names.VALUES_D + "I)" + Names.VALUES_D);
        mv.visitVarInsn(ASTORE, results);
        for (int i = 0; i < count; i++) {
            LValue t = m.targets.get(i);
            if (t == null) {
                continue;
            }
            final int idx = i;
            Runnable push = () -> {
                mv.visitVarInsn(ALOAD, results);
                ex.pushInt(idx);
                mv.visitInsn(AALOAD);
            };
            if (t.isPlain()) {
                push.run();
                ex.share();
                ex.storeVar(t.root);
            } else {
                storeInto(t, push, false);
            }
        }
        if (m.print) {
            for (LValue t : m.targets) {
                if (t != null) {
                    display(t.root.name, () -> ex.loadVar(t.root));
                }
            }
        }
    }

    private void eval(HStmt.Eval e) {
        HExpr x = e.expr;
        if (x instanceof HExpr.Await aw && st.coroutine() && directSleep(aw.task) != null) {
            HExpr[] d = directSleep(aw.task);
            directSleepPoint(e, d[0], ((HExpr.Const) d[1]).number);
            if (st.resultSlot >= 0) {
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, st.resultSlot);
            }
            return;
        }
        if (x instanceof HExpr.Await aw && st.coroutine()) {
            Label none = new Label();
            Label done = new Label();
            int task = awaitPoint(e, aw.task);
            mv.visitVarInsn(ALOAD, task);
            ex.call(Names.ASYNC, "valueOrNull", "(L" + Names.TASK + ";)" + Names.VALUE_D);
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, none);
            setAns(e);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(none);
            mv.visitInsn(POP);
            if (st.resultSlot >= 0) {
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, st.resultSlot);
            }
            mv.visitLabel(done);
            return;
        }
        if (x instanceof HExpr.VarRead r) {
            ex.value(r);
            if (e.print) {
                int tmp = st.newLocal();
                mv.visitVarInsn(ASTORE, tmp);
                display(r.var.name, () -> mv.visitVarInsn(ALOAD, tmp));
            } else {
                mv.visitInsn(POP);
            }
            setBlockResultToVar(r.var);
            return;
        }
        if (x instanceof HExpr.Index ix && ix.brace || x instanceof HExpr.FieldRead) {
            int arr = st.newLocal();
            ex.multi(x, () -> ex.pushInt(1));
            mv.visitVarInsn(ASTORE, arr);
            int i = st.newIntLocal();
            Label top = new Label();
            Label end = new Label();
            ex.pushInt(0);
            mv.visitVarInsn(ISTORE, i);
            mv.visitLabel(top);
            mv.visitVarInsn(ILOAD, i);
            mv.visitVarInsn(ALOAD, arr);
            mv.visitInsn(ARRAYLENGTH);
            mv.visitJumpInsn(IF_ICMPGE, end);
            mv.visitVarInsn(ALOAD, arr);
            mv.visitVarInsn(ILOAD, i);
            mv.visitInsn(AALOAD);
            setAns(e);
            mv.visitIincInsn(i, 1);
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(end);
            return;
        }
        if (ExprEmitter.multiCapable(x)) {
            Label none = new Label();
            Label done = new Label();
            ex.multi(x, () -> ex.pushInt(0));
            ex.call(Names.STATEMENTS, "firstOrNull", "(" + Names.VALUES_D + ")" + Names.VALUE_D);
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, none);
            setAns(e);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(none);
            mv.visitInsn(POP);
            if (st.resultSlot >= 0) {
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, st.resultSlot);
            }
            mv.visitLabel(done);
            return;
        }
        ex.value(x);
        setAns(e);
    }

    /**
     * A suspension point: evaluates the task, starts it inline if it never started, and when it
     * has not settled spills the live locals into fields, records the resume state and returns
     * SUSPENDED. The resume block reloads them (clearing the fields) and rechecks. Returns the
     * slot holding the settled task; the operand stack is empty at the suspension.
     */
    /** The delay of an {@code await(sleep_ms(x))} (scale 1) or a pause in async code (scale 1000), or null. */
    private static HExpr[] directSleep(HExpr taskExpr) {
        if (taskExpr instanceof HExpr.Call c && c.fn.kind == mjc.compiler.hir.FunctionRef.Kind.BUILTIN
            && c.args.size() == 1 && !c.args.get(0).isCsList()
            && (c.fn.name.equals("sleep_ms") || c.fn.name.equals("mjc_pause_task"))) {
            return new HExpr[] {c.args.get(0), new HExpr.Const(c.line, HExpr.Const.Kind.DOUBLE,
                c.fn.name.equals("sleep_ms") ? 1 : 1000, null)};
        }
        return null;
    }

    /**
     * await(sleep_ms(x)) without a sleep task: the state machine suspends on a timer that wakes
     * its own task (the order is the same: the task is queued when the timer fires). The timer
     * is kept in a field so that cancelling the task releases it. Leaves no result; returns -1.
     */
    private void directSleepPoint(HStmt s, HExpr delay, double scale) {
        int ms = st.newWideLocal();
        Label resume = new Label();
        if (delay instanceof HExpr.Const c && c.kind == HExpr.Const.Kind.DOUBLE && c.number >= 0) {
            mv.visitLdcInsn(c.number * scale); // a literal duration is checked here, not at every await
        } else {
            ex.value(delay);
            mv.visitLdcInsn(scale);
            ex.call(Names.ASYNC, "duration", "(" + Names.VALUE_D + "D)D");
        }
        mv.visitVarInsn(DSTORE, ms);
        st.resumeLabels.add(resume);
        st.resumeLines.add(s.line);
        int state = st.resumeLabels.size();
        List<int[]> spills = spills(s);
        spill(spills);
        mv.visitVarInsn(ALOAD, 0);
        ex.pushInt(state);
        mv.visitFieldInsn(PUTFIELD, Names.COROUTINE, "state", "I");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, st.taskSlot);
        mv.visitVarInsn(DLOAD, ms);
        ex.call(Names.ASYNC, "sleep", "(L" + Names.TASK + ";D)Ljava/lang/Object;");
        mv.visitFieldInsn(PUTFIELD, st.cls.name, st.cls.timerField(), "Ljava/lang/Object;");
        mv.visitFieldInsn(GETSTATIC, Names.COROUTINE, "SUSPENDED", Names.VALUES_D);
        mv.visitInsn(ARETURN);
        mv.visitLabel(resume);
        reload(spills);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(ACONST_NULL);
        mv.visitFieldInsn(PUTFIELD, st.cls.name, st.cls.timerField(), "Ljava/lang/Object;");
        st.lastLine = -1;
        st.line(s.line);
    }

    private int awaitPoint(HStmt s, HExpr taskExpr) {
        int task = st.newLocal();
        Label ready = new Label();
        Label suspend = new Label();
        Label resume = new Label();
        ex.value(taskExpr);
        ex.call(Names.ASYNC, "awaitable", "(" + Names.VALUE_D + ")L" + Names.TASK + ";");
        mv.visitVarInsn(ASTORE, task);
        mv.visitVarInsn(ALOAD, task);
        ex.call(Names.ASYNC, "start", "(L" + Names.TASK + ";)Z");
        mv.visitJumpInsn(IFNE, ready);
        st.resumeLabels.add(resume);
        st.resumeLines.add(s.line);
        int state = st.resumeLabels.size();
        List<int[]> spills = spills(s);
        mv.visitLabel(suspend);
        spill(spills);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, task);
        mv.visitFieldInsn(PUTFIELD, st.cls.name, "aw", "L" + Names.TASK + ";");
        mv.visitVarInsn(ALOAD, 0);
        ex.pushInt(state);
        mv.visitFieldInsn(PUTFIELD, Names.COROUTINE, "state", "I");
        mv.visitVarInsn(ALOAD, st.taskSlot);
        mv.visitVarInsn(ALOAD, task);
        ex.call(Names.ASYNC, "suspendOn", "(L" + Names.TASK + ";L" + Names.TASK + ";)V");
        mv.visitFieldInsn(GETSTATIC, Names.COROUTINE, "SUSPENDED", Names.VALUES_D);
        mv.visitInsn(ARETURN);
        mv.visitLabel(resume);
        reload(spills);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, st.cls.name, "aw", "L" + Names.TASK + ";");
        mv.visitVarInsn(ASTORE, task);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(ACONST_NULL);
        mv.visitFieldInsn(PUTFIELD, st.cls.name, "aw", "L" + Names.TASK + ";");
        mv.visitVarInsn(ALOAD, task);
        mv.visitMethodInsn(INVOKEVIRTUAL, Names.TASK, "isSettled", "()Z", false);
        mv.visitJumpInsn(IFEQ, suspend);
        mv.visitLabel(ready);
        st.lastLine = -1;
        st.line(s.line);
        return task;
    }

    /** Stores the spilled slots into the state machine's fields before it suspends. */
    private void spill(List<int[]> spills) {
        for (int[] sp : spills) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(loadOp(sp[1]), sp[0]);
            mv.visitFieldInsn(PUTFIELD, st.cls.name, st.cls.spillField(sp[0], (char) sp[1]), desc(sp[1]));
        }
    }

    /** Loads the spilled slots back on resume, clearing reference fields (no value outlives its use). */
    private void reload(List<int[]> spills) {
        for (int[] sp : spills) {
            String field = st.cls.spillField(sp[0], (char) sp[1]);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, st.cls.name, field, desc(sp[1]));
            mv.visitVarInsn(storeOp(sp[1]), sp[0]);
            if (sp[1] == 'A') {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitInsn(ACONST_NULL);
                mv.visitFieldInsn(PUTFIELD, st.cls.name, field, desc(sp[1]));
            }
        }
    }

    /** What to spill at an await: live local variables, loop state, a block's running result. */
    private List<int[]> spills(HStmt s) {
        List<int[]> out = new java.util.ArrayList<>();
        java.util.Set<Variable> live = st.liveAfter == null ? null : st.liveAfter.get(s);
        for (Variable v : st.fn.variables.values()) {
            // hidden frame variables are read by every shared-variable access: always live
            if (v.storage == Variable.Storage.LOCAL && v.slot >= 0 && (live == null || live.contains(v) || v.isHidden())) {
                out.add(new int[] {v.slot, st.isDoubleLocal(v) ? 'D' : 'A'});
            }
        }
        for (int[] t : st.activeTemps) {
            out.add(t);
        }
        if (st.resultSlot >= 0) {
            out.add(new int[] {st.resultSlot, 'A'});
        }
        return out;
    }

    private static int loadOp(int type) {
        return type == 'I' ? ILOAD : type == 'D' ? DLOAD : ALOAD;
    }

    private static int storeOp(int type) {
        return type == 'I' ? ISTORE : type == 'D' ? DSTORE : ASTORE;
    }

    private static String desc(int type) {
        return type == 'I' ? "I" : type == 'D' ? "D" : Names.VALUE_D;
    }

    /** Stores the Value on the stack as ans (and as a block's result), displaying it if asked. */
    private void setAns(HStmt.Eval e) {
        ex.share();
        if (st.resultSlot >= 0) {
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, st.resultSlot);
        }
        ex.storeVar(e.ans);
        if (e.print) {
            display("ans", () -> ex.loadVar(e.ans));
        }
    }

    private void setBlockResultToVar(Variable v) {
        if (st.resultSlot >= 0) {
            ex.loadVar(v);
            mv.visitVarInsn(ASTORE, st.resultSlot);
        }
    }

    // ------------------------------------------------------------------ loops, switch, try

    private void forLoop(HStmt.For f) {
        Label top = new Label();
        Label cont = new Label();
        Label end = new Label();
        int k = st.newIntLocal();
        int n = st.newIntLocal();
        List<int[]> temps = new java.util.ArrayList<>();
        temps.add(new int[] {k, 'I'});
        temps.add(new int[] {n, 'I'});
        boolean doubleVar = st.isDoubleLocal(f.var);
        Map<Variable, int[]> versioned = Map.of();
        int[] shadow = null; // {int value, flag, int start, int step or -1, constant step, double value}
        boolean shadowed = false; // the body never assigns the variable: subscripts may use the int
        if (f.range instanceof HExpr.Range r) {
            int start = st.newWideLocal();
            int step = st.newWideLocal();
            int stop = st.newWideLocal();
            temps.add(new int[] {start, 'D'});
            temps.add(new int[] {step, 'D'});
            temps.add(new int[] {stop, 'D'});
            int template = -1;
            boolean typed = doubleVar || ex.isDouble(r.start) && (r.step == null || ex.isDouble(r.step))
                && ex.isDouble(r.stop);
            if (!typed) {
                // the parts' classes decide the loop variable's (int8(1):int8(3), 'a':'e')
                int[] parts = new int[3];
                HExpr[] exprs = {r.start, r.step, r.stop};
                for (int p = 0; p < 3; p++) {
                    // (used before the loop only: not temps a suspension in the body must keep)
                    parts[p] = st.newLocal();
                    if (exprs[p] == null) {
                        mv.visitInsn(ACONST_NULL);
                    } else {
                        ex.value(exprs[p]);
                    }
                    mv.visitVarInsn(ASTORE, parts[p]);
                }
                template = st.newLocal();
                if (!doubleVar && st.isRead(f.var)) {
                    temps.add(new int[] {template, 'A'}); // makes each value of the loop variable
                }
                for (int p = 0; p < 3; p++) {
                    mv.visitVarInsn(ALOAD, parts[p]);
                }
                ex.call(Names.LOOPS, "rangeTemplate", "(" + Names.VALUE_D + Names.VALUE_D + Names.VALUE_D + ")"
                    + Names.VALUE_D);
                mv.visitVarInsn(ASTORE, template);
                int[] targets = {start, step, stop};
                for (int p = 0; p < 3; p++) {
                    if (exprs[p] == null) {
                        mv.visitInsn(DCONST_1);
                    } else {
                        mv.visitVarInsn(ALOAD, parts[p]);
                        ex.call(Names.LOOPS, "bound", "(" + Names.VALUE_D + ")D");
                    }
                    mv.visitVarInsn(DSTORE, targets[p]);
                }
            } else {
                bound(r.start, true);
                mv.visitVarInsn(DSTORE, start);
                if (r.step != null) {
                    bound(r.step, true);
                } else {
                    mv.visitInsn(DCONST_1);
                }
                mv.visitVarInsn(DSTORE, step);
                bound(r.stop, true);
                mv.visitVarInsn(DSTORE, stop);
            }
            mv.visitVarInsn(DLOAD, start);
            mv.visitVarInsn(DLOAD, step);
            mv.visitVarInsn(DLOAD, stop);
            ex.call(Names.COLON, "count", "(DDD)I");
            mv.visitVarInsn(ISTORE, n);
            if (!doubleVar) {
                emptyLoop(f.var, n, "emptyRangeLoopValue"); // (a double local is never read after an empty loop)
            }
            ex.pushInt(0);
            mv.visitVarInsn(ISTORE, k);
            if (doubleVar && !st.coroutine()) {
                LoopBodyScan scan = new LoopBodyScan(f.body,
                    a -> st.typing(ex.program().callees()).isScalarStore(a.target, a.value),
                    ex::isDouble);
                versioned = prepareFastArrays(scan, temps);
                shadow = intShadow(r, start, step, stop, n, temps);
                shadowed = !scan.defs.contains(f.var);
            }
            mv.visitLabel(top);
            interruptCheck();
            mv.visitVarInsn(ILOAD, k);
            mv.visitVarInsn(ILOAD, n);
            mv.visitJumpInsn(IF_ICMPGE, end);
            if (doubleVar) {
                Label store = new Label();
                if (shadow != null) {
                    // ii = istart + k * step; when the range is whole numbers the variable is (double) ii
                    mv.visitVarInsn(ILOAD, shadow[2]);
                    mv.visitVarInsn(ILOAD, k);
                    if (shadow[3] >= 0) {
                        mv.visitVarInsn(ILOAD, shadow[3]);
                        mv.visitInsn(IMUL);
                    } else if (shadow[4] != 1) {
                        ex.pushInt(shadow[4]);
                        mv.visitInsn(IMUL);
                    }
                    mv.visitInsn(IADD);
                    mv.visitVarInsn(ISTORE, shadow[0]);
                    Label generic = new Label();
                    mv.visitVarInsn(ILOAD, shadow[1]);
                    mv.visitJumpInsn(IFEQ, generic);
                    if (LoopBodyScan.hasLoop(f.body)) {
                        // around an inner loop the double counts up beside the int (exact for whole
                        // numbers): converting the int (cvtsi2sd) would first wait for whatever
                        // long chain last wrote its register
                        mv.visitVarInsn(DLOAD, shadow[5]);
                        mv.visitInsn(DUP2);
                        mv.visitVarInsn(DLOAD, step);
                        mv.visitInsn(DADD);
                        mv.visitVarInsn(DSTORE, shadow[5]);
                    } else {
                        // an innermost loop converts: a second loop-carried chain would cost more
                        mv.visitVarInsn(ILOAD, shadow[0]);
                        mv.visitInsn(I2D);
                    }
                    mv.visitJumpInsn(GOTO, store);
                    mv.visitLabel(generic);
                }
                mv.visitVarInsn(DLOAD, start);
                mv.visitVarInsn(DLOAD, step);
                mv.visitVarInsn(DLOAD, stop);
                mv.visitVarInsn(ILOAD, k);
                ex.call(Names.LOOPS, "element", "(DDDI)D");
                mv.visitLabel(store);
                ex.storeDouble(f.var);
            } else if (st.isRead(f.var)) {
                mv.visitVarInsn(DLOAD, start);
                mv.visitVarInsn(DLOAD, step);
                mv.visitVarInsn(DLOAD, stop);
                mv.visitVarInsn(ILOAD, k);
                ex.call(Names.LOOPS, "element", "(DDDI)D");
                if (template >= 0) {
                    mv.visitVarInsn(ALOAD, template);
                    ex.call(Names.LOOPS, "elementAs", "(D" + Names.VALUE_D + ")" + Names.VALUE_D);
                } else {
                    ex.call(Names.DOUBLE_ARRAY, "scalar", "(D)L" + Names.DOUBLE_ARRAY + ";");
                }
            } else {
                // nobody reads the loop variable: skip making its value
                mv.visitInsn(ACONST_NULL);
            }
        } else {
            int value = st.newLocal();
            temps.add(new int[] {value, 'A'});
            ex.value(f.range);
            mv.visitVarInsn(ASTORE, value);
            mv.visitVarInsn(ALOAD, value);
            ex.call(Names.LOOPS, "columns", "(" + Names.VALUE_D + ")I");
            mv.visitVarInsn(ISTORE, n);
            emptyLoop(f.var, n, "emptyLoopValue");
            ex.pushInt(0);
            mv.visitVarInsn(ISTORE, k);
            mv.visitLabel(top);
            interruptCheck();
            mv.visitVarInsn(ILOAD, k);
            mv.visitVarInsn(ILOAD, n);
            mv.visitJumpInsn(IF_ICMPGE, end);
            mv.visitVarInsn(ALOAD, value);
            mv.visitVarInsn(ILOAD, k);
            ex.call(Names.LOOPS, "column", "(" + Names.VALUE_D + "I)" + Names.VALUE_D);
        }
        if (doubleVar && f.range instanceof HExpr.Range) {
            // stored above
        } else if (f.range instanceof HExpr.Range && !st.isRead(f.var)) {
            mv.visitInsn(POP);
        } else {
            ex.own();
            ex.storeVar(f.var);
        }
        st.loops.push(new Label[] {cont, end});
        for (int[] t : temps) {
            st.activeTemps.push(t);
        }
        Map<Variable, int[]> outer = st.fastArrays;
        if (!versioned.isEmpty()) {
            st.fastArrays = new java.util.HashMap<>(outer);
            st.fastArrays.putAll(versioned);
        }
        Map<Variable, int[]> outerShadows = st.intShadows;
        if (shadowed) {
            st.intShadows = new java.util.HashMap<>(outerShadows);
            st.intShadows.put(f.var, new int[] {shadow[0], shadow[1]});
        }
        block(f.body);
        st.fastArrays = outer;
        st.intShadows = outerShadows;
        for (int i = 0; i < temps.size(); i++) {
            st.activeTemps.pop();
        }
        st.loops.pop();
        mv.visitLabel(cont);
        mv.visitIincInsn(k, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }

    // ------------------------------------------------------------------ versioned loops

    /**
     * Slots for an int copy of a loop variable: {value, flag (1 when
     * {@link mjc.runtime.call.Loops#intRange} holds), int start, int step slot or -1, constant step,
     * the variable's next value as a double}.
     */
    private int[] intShadow(HExpr.Range r, int start, int step, int stop, int n, List<int[]> temps) {
        int ii = st.newIntLocal();
        int ok = st.newIntLocal();
        int istart = st.newIntLocal();
        temps.add(new int[] {ii, 'I'});
        temps.add(new int[] {ok, 'I'});
        temps.add(new int[] {istart, 'I'});
        mv.visitVarInsn(DLOAD, start);
        mv.visitVarInsn(DLOAD, step);
        mv.visitVarInsn(DLOAD, stop);
        mv.visitVarInsn(ILOAD, n);
        ex.call(Names.LOOPS, "intRange", "(DDDI)Z");
        mv.visitVarInsn(ISTORE, ok);
        mv.visitVarInsn(DLOAD, start);
        mv.visitInsn(D2I);
        mv.visitVarInsn(ISTORE, istart);
        // a literal step stays a constant, so that the JIT sees ii as start + k * c
        Integer constant = r.step == null ? Integer.valueOf(1) : ExprEmitter.smallInt(r.step);
        int istep = -1;
        if (constant == null) {
            istep = st.newIntLocal();
            temps.add(new int[] {istep, 'I'});
            mv.visitVarInsn(DLOAD, step);
            mv.visitInsn(D2I);
            mv.visitVarInsn(ISTORE, istep);
        }
        int current = st.newWideLocal();
        temps.add(new int[] {current, 'D'});
        mv.visitVarInsn(DLOAD, start);
        mv.visitVarInsn(DSTORE, current);
        return new int[] {ii, ok, istart, istep, constant == null ? 0 : constant, current};
    }

    /** v(i) = x in a versioned loop: straight into the double[] when i is a whole number in range. */
    private void fastStore(Variable v, int[] fast, HExpr index, HExpr value) {
        int idx = st.newWideLocal();
        int x = st.newWideLocal();
        int k = st.newIntLocal();
        Label slow = new Label();
        Label done = new Label();
        int[] shadow = ex.shadowIndex(index);
        if (shadow != null) {
            // v(i + c) = x: the subscript is an int already (it has no side effects to order)
            ex.doubleValue(value);
            mv.visitVarInsn(DSTORE, x);
            Label generic = new Label();
            ex.intFastIndex(shadow, fast, k, generic);
            mv.visitVarInsn(ALOAD, fast[0]);
            mv.visitVarInsn(ILOAD, k);
            mv.visitVarInsn(DLOAD, x);
            mv.visitInsn(DASTORE);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(generic);
            ex.doubleValue(index);
            mv.visitVarInsn(DSTORE, idx);
        } else {
            ex.doubleValue(index);
            mv.visitVarInsn(DSTORE, idx);
            ex.doubleValue(value);
            mv.visitVarInsn(DSTORE, x);
        }
        ex.fastIndex(fast, idx, k, slow);
        mv.visitVarInsn(ALOAD, fast[0]);
        mv.visitVarInsn(ILOAD, k);
        mv.visitVarInsn(DLOAD, x);
        mv.visitInsn(DASTORE);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        ex.loadVar(v);
        mv.visitVarInsn(DLOAD, idx);
        mv.visitVarInsn(DLOAD, x);
        ex.call(Names.ASSIGN, "realSet", "(" + Names.VALUE_D + "DD)" + Names.VALUE_D);
        ex.own();
        ex.storeVar(v);
        refreshFast(v, fast[0], fast[1]);
        mv.visitLabel(done);
    }

    /**
     * Real double arrays the loop body touches only element by element (v(i) reads, v(i) = x
     * writes, one double subscript each): before the loop each is made unshared (copied if it
     * was shared, as the first write would have), and its double[] and length go into locals,
     * so that accesses in range index the array directly; anything else (out of range, growth)
     * takes the ordinary path and refreshes the locals.
     */
    private Map<Variable, int[]> prepareFastArrays(LoopBodyScan scan, List<int[]> temps) {
        java.util.Set<Variable> candidates = new java.util.HashSet<>(st.arrays);
        candidates.removeAll(st.fastArrays.keySet());
        if (candidates.isEmpty()) {
            return Map.of();
        }
        java.util.Set<Variable> elementOnly = new java.util.HashSet<>(scan.ok);
        java.util.Set<Variable> written = scan.written;
        elementOnly.removeAll(scan.bad);
        elementOnly.retainAll(candidates);
        Map<Variable, int[]> out = new java.util.HashMap<>();
        for (Variable v : elementOnly) {
            int data = st.newLocal();
            int len = st.newIntLocal();
            temps.add(new int[] {data, 'A'});
            temps.add(new int[] {len, 'I'});
            if (written.contains(v)) {
                ex.loadVar(v);
                ex.call(ELEMENT_LOOPS, "unsharedOwned", "(" + Names.VALUE_D + ")" + Names.VALUE_D);
                ex.storeVar(v);
                refreshFast(v, data, len);
            } else {
                // read only: a shared array's elements can be read where they are
                loadFast(v, "readDataOrNull", data, len);
            }
            out.put(v, new int[] {data, len});
        }
        return out;
    }

    /** data = the array's double[] (null unless a real, unshared DoubleArray), len = its numel. */
    void refreshFast(Variable v, int data, int len) {
        loadFast(v, "dataOrNull", data, len);
    }

    private static final String ELEMENT_LOOPS = "mjc/runtime/ops/ElementLoops";

    /** data = ElementLoops.method(v) (a double[] or null), len = numel(v). */
    private void loadFast(Variable v, String method, int data, int len) {
        ex.loadVar(v);
        ex.call(ELEMENT_LOOPS, method, "(" + Names.VALUE_D + ")[D");
        mv.visitVarInsn(ASTORE, data);
        ex.loadVar(v);
        ex.call(ELEMENT_LOOPS, "numelOrZero", "(" + Names.VALUE_D + ")I");
        mv.visitVarInsn(ISTORE, len);
    }

    /** MATLAB sets the loop variable to [] when the loop runs zero times. */
    /** A range bound as a double: straight from JVM doubles when typed so, else through Loops.bound. */
    private void bound(HExpr e, boolean typed) {
        if (typed || ex.isDouble(e)) {
            ex.doubleValue(e);
        } else {
            ex.value(e);
            ex.call(Names.LOOPS, "bound", "(" + Names.VALUE_D + ")D");
        }
    }

    /** In REPL code, each loop iteration lets Ctrl-C through. */
    private void interruptCheck() {
        if (ex.program().isInterruptible()) {
            ex.call("mjc/runtime/call/Interrupts", "check", "()V");
        }
    }

    private void emptyLoop(Variable v, int countSlot, String valueMethod) {
        Label skip = new Label();
        mv.visitVarInsn(ILOAD, countSlot);
        mv.visitJumpInsn(IFNE, skip);
        ex.call(Names.CALLS, valueMethod, "()" + Names.VALUE_D);
        ex.own();
        ex.storeVar(v);
        mv.visitLabel(skip);
    }

    private void switchStatement(HStmt.Switch sw) {
        int subject = st.newLocal();
        ex.value(sw.subject);
        mv.visitVarInsn(ASTORE, subject);
        Label end = new Label();
        for (int i = 0; i < sw.caseValues.size(); i++) {
            Label next = new Label();
            mv.visitVarInsn(ALOAD, subject);
            ex.value(sw.caseValues.get(i));
            ex.call(Names.SWITCHES, "matches", "(" + Names.VALUE_D + Names.VALUE_D + ")Z");
            mv.visitJumpInsn(IFEQ, next);
            block(sw.caseBodies.get(i));
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(next);
        }
        if (sw.otherwise != null) {
            block(sw.otherwise);
        }
        mv.visitLabel(end);
    }

    private void tryStatement(HStmt.Try t) {
        Label start = new Label();
        Label bodyEnd = new Label();
        Label handler = new Label();
        Label end = new Label();
        mv.visitTryCatchBlock(start, bodyEnd, handler, "java/lang/Throwable");
        mv.visitLabel(start);
        mv.visitInsn(NOP);
        block(t.body);
        mv.visitLabel(bodyEnd);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(handler);
        ex.call(Names.STATEMENTS, "caught", "(Ljava/lang/Throwable;)Lmjc/runtime/error/MException;");
        if (t.catchVar != null) {
            ex.share();
            ex.storeVar(t.catchVar);
        } else {
            mv.visitInsn(POP);
        }
        block(t.handler);
        mv.visitLabel(end);
    }
}
