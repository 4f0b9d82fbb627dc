package mjc.compiler.backend;

import java.util.ArrayDeque;
import java.util.Deque;
import mjc.compiler.hir.HFunction;
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
    int lastLine = -1;

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
        return nextLocal++;
    }

    int newWideLocal() {
        int s = nextLocal;
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
