package mjc.runtime.task;

/** The executor's notion of time, in milliseconds: virtual (advanced explicitly) or real. */
public interface Clock {
    double now();

    boolean isVirtual();

    /** A clock that only moves when told to: deterministic runs and tests. */
    final class Virtual implements Clock {
        private double now;

        @Override
        public double now() {
            return now;
        }

        @Override
        public boolean isVirtual() {
            return true;
        }

        public void advanceTo(double t) {
            if (t > now) {
                now = t;
            }
        }
    }

    /** The wall clock (monotonic), counted from the executor's creation. */
    final class Real implements Clock {
        private final long origin = System.nanoTime();

        @Override
        public double now() {
            return (System.nanoTime() - origin) / 1e6;
        }

        @Override
        public boolean isVirtual() {
            return false;
        }
    }
}
