package mjc.runtime.task;

import java.util.Arrays;

/**
 * Timers in a binary min-heap keyed by (deadline, registration number), so ties fire in
 * registration order. Each timer knows its heap position, which makes cancellation O(log n).
 */
public final class TimerQueue {
    /** One registered timer. */
    public static final class Timer {
        final double deadline;
        final long seq;
        final Waker waker;
        final TimerQueue queue;
        int index = -1;

        Timer(double deadline, long seq, Waker waker, TimerQueue queue) {
            this.deadline = deadline;
            this.seq = seq;
            this.waker = waker;
            this.queue = queue;
        }

        /** Removes this timer if it has not fired. */
        public void cancel() {
            queue.cancel(this);
        }

        public double deadline() {
            return deadline;
        }

        boolean before(Timer o) {
            return deadline < o.deadline || (deadline == o.deadline && seq < o.seq);
        }
    }

    private Timer[] heap = new Timer[16];
    private int size;
    private long nextSeq;

    public Timer add(double deadline, Waker waker) {
        Timer t = new Timer(deadline, nextSeq++, waker, this);
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = t;
        t.index = size;
        up(size++);
        return t;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public Timer peek() {
        return size == 0 ? null : heap[0];
    }

    public Timer poll() {
        if (size == 0) {
            return null;
        }
        Timer top = heap[0];
        removeAt(0);
        return top;
    }

    public void cancel(Timer t) {
        if (t.index >= 0 && t.index < size && heap[t.index] == t) {
            removeAt(t.index);
        }
    }

    private void removeAt(int i) {
        Timer removed = heap[i];
        removed.index = -1;
        size--;
        if (i == size) {
            heap[size] = null;
            return;
        }
        Timer last = heap[size];
        heap[size] = null;
        heap[i] = last;
        last.index = i;
        up(i);
        down(last.index);
    }

    private void up(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (!t.before(p)) {
                break;
            }
            heap[i] = p;
            p.index = i;
            i = parent;
        }
        heap[i] = t;
        t.index = i;
    }

    private void down(int i) {
        Timer t = heap[i];
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int c = (r < size && heap[r].before(heap[l])) ? r : l;
            if (!heap[c].before(t)) {
                break;
            }
            heap[i] = heap[c];
            heap[i].index = i;
            i = c;
        }
        heap[i] = t;
        t.index = i;
    }
}
