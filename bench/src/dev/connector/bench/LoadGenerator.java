package dev.connector.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Open-loop load: calls one operation at a fixed rate for a fixed time, with a bound on requests in flight
 * (when the server falls behind, the achieved rate is reported, not hidden).
 */
final class LoadGenerator {

    record Outcome(long sent, long ok, long failed, double seconds) {
        double okPerSecond() {
            return ok / seconds;
        }
    }

    private LoadGenerator() {
    }

    static Outcome run(BenchClient client, String operation, LongFunction<ObjectNode> bodyOf, double perSecond,
                       int seconds, int maxInFlight) {
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        long sent = 0;
        while (System.nanoTime() < end) {
            long due = (long) ((System.nanoTime() - started) / 1e9 * perSecond);
            while (sent < due && System.nanoTime() < end) {
                inFlight.acquireUninterruptibly();
                CompletableFuture<HttpResponse<String>> call = client.operationAsync(operation, bodyOf.apply(sent));
                call.whenComplete((response, error) -> {
                    if (error == null && response.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    inFlight.release();
                });
                sent++;
            }
            ServerProcess.sleep(1);
        }
        inFlight.acquireUninterruptibly(maxInFlight);
        inFlight.release(maxInFlight);
        return new Outcome(sent, ok.get(), failed.get(), (System.nanoTime() - started) / 1e9);
    }
}
