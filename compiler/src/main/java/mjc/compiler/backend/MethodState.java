package mjc.compiler.backend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mjc.compiler.hir.HFunction;
import mjc.compiler.hir.HStmt;
import mjc.compiler.hir.Variable;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * What the statement and expression emitters share while generating one method: the visitor,
 * the function being compiled, local slot allocation, loop labels and the exit label.
 */
final class MethodState {
    final MethodVisitor mv;
    final ClassBuilder cls;
    final HFunction fn;
    final int argsSlot;
    final int nargoutSlot;
    final int capturesSlot;
    private int nextLocal;
    final Deque<Label[]> loops = new ArrayDeque<>();
    final Label exit = new Label();
    /** For blocks: the slot holding the value of the last statement. */
    int resultSlot = -1;
    /** For functions that call eval: the slot of their Workspace (null until the first eval), or -1. */
    int workspaceSlot = -1;
    /** Variables kept in JVM double locals (ScalarTypes), and whether parameters arrive as doubles. */
    java.util.Set<Variable> doubles = java.util.Set.of();
    /** Variables proved to hold real double arrays (still values, but read and written without dispatch). */
    java.util.Set<Variable> arrays = java.util.Set.of();

    void types(mjc.compiler.hir.ScalarTypes.Result r) {
        doubles = r.doubles();
        arrays = r.arrays();
        typing = null;
    }
    boolean paramsDouble;
    private mjc.compiler.hir.ScalarTypes typing;
    private boolean typingParams;

    /** Type questions about this method's expressions (made once for its variables' types). */
    mjc.compiler.hir.ScalarTypes typing(mjc.compiler.hir.ScalarTypes.Callees callees) {
        if (typing == null || typingParams != paramsDouble) {
            typing = mjc.compiler.hir.ScalarTypes.over(doubles, arrays, fn, paramsDouble, callees);
            typingParams = paramsDouble;
        }
        return typing;
    }
    /**
     * Inside a versioned loop: real double arrays read and written only by element, each with
     * the slots of its double[] (null when the fast path is off) and its length.
     */
    Map<Variable, int[]> fastArrays = new java.util.HashMap<>();
    /**
     * Loop variables kept as ints too, each with the slots {int value, int flag}: the flag is 1
     * when the range is whole numbers (then the int equals the double), so v(i + 1) indexes
     * with int arithmetic the JIT can prove in bounds.
     */
    Map<Variable, int[]> intShadows = new java.util.HashMap<>();

    /** In a specialized entry: the slot of its call-depth argument, else -1. */
    int depthSlot = -1;
    /** For double-local outputs: an int slot that is 1 once the output was assigned. */
    final Map<Variable, Integer> outputFlags = new java.util.HashMap<>();

    boolean isDoubleLocal(Variable v) {
        return doubles.contains(v);
    }
    /** Slot of each index context's object in this method (see ExprEmitter.ensureContextSlot). */
    final Map<mjc.compiler.hir.IndexContext, Integer> contextSlots = new java.util.IdentityHashMap<>();
    int lastLine = -1;
    /** JVM type of every local slot allocated ('A' reference, 'I' int, 'D' double). */
    final Map<Integer, Character> localTypes = new java.util.TreeMap<>();

    // ---- state-machine (coroutine) compilation; null/empty for plain methods ----
    /** Variables the function ever reads (computed on first use). */
    private java.util.Set<Variable> read;

    boolean isRead(Variable v) {
        if (read == null) {
            read = mjc.compiler.hir.ReadVariables.of(fn);
        }
        return read.contains(v) || v.storage != Variable.Storage.LOCAL || v.isHidden() || fn.kind == HFunction.Kind.SCRIPT;
    }

    /** In a coroutine, nargin is kept in an int local (the args array is dropped after the start). */
    int narginSlot = -1;
    /** The task parameter's slot in a coroutine's resume method, or -1. */
    int taskSlot = -1;
    /** Variables live after each awaiting statement. */
    Map<HStmt, Set<Variable>> liveAfter;
    /** Temporaries that hold loop state across statements: {slot, type}. */
    final Deque<int[]> activeTemps = new ArrayDeque<>();
    /** Resume labels, index k for state k (state 0 is the start). */
    final List<Label> resumeLabels = new ArrayList<>();
    /** The source line of each resume point (for traces: where a task is suspended). */
    final List<Integer> resumeLines = new ArrayList<>();

    boolean coroutine() {
        return taskSlot >= 0;
    }

    MethodState(MethodVisitor mv, ClassBuilder cls, HFunction fn, int firstLocal, int argsSlot, int nargoutSlot,
                int capturesSlot) {
        this.mv = mv;
        this.cls = cls;
        this.fn = fn;
        this.nextLocal = firstLocal;
        this.argsSlot = argsSlot;
        this.nargoutSlot = nargoutSlot;
        this.capturesSlot = capturesSlot;
    }

    int newLocal() {
        localTypes.put(nextLocal, 'A');
        return nextLocal++;
    }

    int newIntLocal() {
        localTypes.put(nextLocal, 'I');
        return nextLocal++;
    }

    int newWideLocal() {
        int s = nextLocal;
        localTypes.put(s, 'D');
        nextLocal += 2;
        return s;
    }

    void line(int line) {
        if (line > 0 && line != lastLine) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(line, l);
            lastLine = line;
        }
    }
}
