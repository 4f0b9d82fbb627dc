package mjc.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimerQueueTest {
    @Test
    void firesByDeadlineThenRegistrationOrder() {
        TimerQueue q = new TimerQueue();
        List<String> fired = new ArrayList<>();
        q.add(30, () -> fired.add("A30"));
        q.add(10, () -> fired.add("B10"));
        q.add(30, () -> fired.add("C30"));
        q.add(5, () -> fired.add("D5"));
        q.add(30, () -> fired.add("E30"));
        while (!q.isEmpty()) {
            q.poll().waker.wake();
        }
        assertThat(fired).containsExactly("D5", "B10", "A30", "C30", "E30");
    }

    @Test
    void cancelRemovesAnyTimerAndKeepsTheHeapOrdered() {
        TimerQueue q = new TimerQueue();
        Random r = new Random(42);
        List<TimerQueue.Timer> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(q.add(r.nextInt(100), () -> { }));
        }
        for (int i = 0; i < 1000; i += 3) {
            q.cancel(all.get(i));
        }
        assertThat(q.size()).isEqualTo(1000 - 334);
        double last = -1;
        long lastSeq = -1;
        while (!q.isEmpty()) {
            TimerQueue.Timer t = q.poll();
            assertThat(t.deadline() > last || (t.deadline() == last && t.seq > lastSeq)).isTrue();
            last = t.deadline();
            lastSeq = t.seq;
        }
    }
}
