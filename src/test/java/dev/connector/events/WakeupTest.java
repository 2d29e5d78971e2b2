package dev.connector.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WakeupTest {

    @Test
    void a_signal_given_before_the_wait_makes_the_wait_return_at_once() throws InterruptedException {
        Wakeup wakeup = new Wakeup();
        wakeup.signal();

        long started = System.nanoTime();
        boolean signalled = wakeup.await(Duration.ofSeconds(30));

        assertThat(signalled).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void signals_given_while_one_is_pending_merge_into_it() throws InterruptedException {
        Wakeup wakeup = new Wakeup();
        wakeup.signal();
        wakeup.signal();
        wakeup.signal();

        assertThat(wakeup.await(Duration.ofMillis(1))).isTrue();
        assertThat(wakeup.await(Duration.ofMillis(20))).as("the merged signals were consumed by the first wait").isFalse();
    }

    @Test
    void a_wait_without_a_signal_ends_after_its_timeout_and_says_so() throws InterruptedException {
        Wakeup wakeup = new Wakeup();

        assertThat(wakeup.await(Duration.ofMillis(20))).isFalse();
    }

    @Test
    void a_signal_from_another_thread_wakes_a_waiting_worker() throws InterruptedException {
        Wakeup wakeup = new Wakeup();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().start(() -> {
            waiting.countDown();
            try {
                signalled.set(wakeup.await(Duration.ofMinutes(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.await();

        wakeup.signal();

        assertThat(worker.join(Duration.ofSeconds(20))).as("the worker woke before its one-minute timeout").isTrue();
        assertThat(signalled).isTrue();
    }

    @Test
    void an_interrupted_worker_stops_waiting_with_an_interruption() throws InterruptedException {
        Wakeup wakeup = new Wakeup();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                wakeup.await(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });

        worker.interrupt();

        assertThat(worker.join(Duration.ofSeconds(20))).isTrue();
        assertThat(interrupted).isTrue();
    }
}
