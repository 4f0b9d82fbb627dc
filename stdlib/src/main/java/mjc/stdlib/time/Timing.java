package mjc.stdlib.time;

import mjc.runtime.session.Session;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.Value;
import mjc.stdlib.Builtin;

/** Wall-clock timing: tic, toc, clock, cputime, now. */
public final class Timing {
    private long ticNanos = System.nanoTime();

    private static Timing of() {
        return Session.current().state(Timing.class, Timing::new);
    }

    @Builtin("tic")
    public static Value[] tic(Value[] args, int nargout) {
        long now = System.nanoTime();
        of().ticNanos = now;
        if (nargout > 0) {
            return new Value[] {IntArray.scalar(MClass.UINT64, now / 1000)};
        }
        return new Value[0];
    }

    @Builtin("toc")
    public static Value[] toc(Value[] args, int nargout) {
        long start = args.length > 0 && args[0] instanceof IntArray ia ? ia.get(0) * 1000 : of().ticNanos;
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (nargout > 0) {
            return new Value[] {DoubleArray.scalar(elapsed)};
        }
        Session.current().out().println("Elapsed time is " + String.format("%.6f", elapsed) + " seconds.");
        return new Value[0];
    }

    @Builtin("cputime")
    public static Value cputime() {
        return DoubleArray.scalar(System.nanoTime() / 1e9);
    }

    @Builtin("clock")
    public static Value clock() {
        java.time.LocalDateTime t = java.time.LocalDateTime.now();
        return DoubleArray.row(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
            t.getSecond() + t.getNano() / 1e9);
    }
}
