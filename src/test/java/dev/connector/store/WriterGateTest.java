package dev.connector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriterGateTest {

    @Test
    void a_pipeline_writer_enters_before_request_writers_that_queued_earlier() throws Exception {
        WriterGate gate = new WriterGate.OneAtATime();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        Thread first = Thread.ofVirtual().start(() -> gate.call(() -> {
            holding.countDown();
            await(release);
            return order.add("first request");
        }));
        holding.await(5, TimeUnit.SECONDS);
        List<Thread> queued = List.of(
                Thread.ofVirtual().start(() -> gate.call(() -> order.add("queued request"))),
                Thread.ofVirtual().start(() -> gate.call(() -> order.add("queued request"))));
        Thread.sleep(100);
        Thread pipeline = Thread.ofVirtual().start(() -> gate.callAhead(() -> order.add("pipeline")));
        Thread.sleep(100);

        release.countDown();
        for (Thread thread : List.of(first, queued.get(0), queued.get(1), pipeline)) {
            thread.join(5_000);
        }

        assertThat(order).containsExactly("first request", "pipeline", "queued request", "queued request");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
