package dev.connector.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Open-loop load: calls one operation at a fixed rate for a fixed time over a bounded set of kept-alive
 * connections (when the server falls behind, the achieved rate is reported, not hidden).
 */
final class LoadGenerator {

    record Outcome(long sent, long ok, long failed, double seconds) {
        double okPerSecond() {
            return ok / seconds;
        }
    }

    private LoadGenerator() {
    }

    static Outcome run(String baseUrl, String operation, LongFunction<ObjectNode> bodyOf, double perSecond,
                       int seconds, int connections) throws InterruptedException {
        Semaphore due = new Semaphore(0);
        AtomicLong sent = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        String path = "/api/connector/v1/" + operation;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(Thread.ofVirtual().start(() -> {
                try (RawConnection connection = new RawConnection(baseUrl)) {
                    while (true) {
                        long left = end - System.nanoTime();
                        if (left <= 0 || !due.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                            return;
                        }
                        String body = bodyOf.apply(sent.getAndIncrement()).toString();
                        try {
                            (connection.post(path, body) == 200 ? ok : failed).incrementAndGet();
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        // The pacer hands out one permit per request as it falls due.
        long released = 0;
        while (System.nanoTime() < end) {
            long owed = (long) ((System.nanoTime() - started) / 1e9 * perSecond);
            if (owed > released) {
                due.release((int) (owed - released));
                released = owed;
            }
            Thread.sleep(1);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Outcome(sent.get(), ok.get(), failed.get(), (System.nanoTime() - started) / 1e9);
    }
}
