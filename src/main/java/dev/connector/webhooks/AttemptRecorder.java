package dev.connector.webhooks;

import dev.connector.events.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores finished attempts in batches: whatever finished while the previous batch was being written goes into
 * the next transaction, so that a thousand deliveries a second cost tens of commits, not a thousand. Until its
 * attempt is stored a message stays claimed by this process, so nothing else sends it meanwhile; a crash in that
 * window sends it again (webhooks are delivered at least once).
 */
final class AttemptRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptRecorder.class);
    private static final int BATCH_LIMIT = 500;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    /** A finished attempt waiting to be stored. */
    record Finished(WebhookMessage message, AttemptRecord record, DeliveryOutcome outcome, int attempt,
                    Instant finishedUtc) {

        WebhookStore.Finish finish() {
            return switch (outcome) {
                case DeliveryOutcome.Delivered delivered -> new WebhookStore.Finish(message.id(), MessageState.Delivered,
                        attempt, null, finishedUtc);
                case DeliveryOutcome.RetryAt retry -> new WebhookStore.Finish(message.id(), MessageState.Failed, attempt,
                        retry.at(), null);
                case DeliveryOutcome.Abandoned abandoned -> new WebhookStore.Finish(message.id(), MessageState.Abandoned,
                        attempt, null, null);
            };
        }
    }

    private final Transactions transactions;
    private final WebhookStore store;
    private final String nodeId;
    private final LinkedBlockingQueue<Finished> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    AttemptRecorder(Transactions transactions, WebhookStore store, String nodeId) {
        this.transactions = transactions;
        this.store = store;
        this.nodeId = nodeId;
        this.thread = Thread.ofPlatform().daemon().name("webhook-recorder").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    void add(Finished finished) {
        queue.add(finished);
    }

    private void run() {
        List<Finished> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Finished first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                queue.drainTo(batch, BATCH_LIMIT - batch.size());
                store(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The batch is kept and written again: its messages stay claimed by this process meanwhile.
                LOG.error("Storing {} webhook attempts failed; trying again shortly", batch.size(), e);
                try {
                    Thread.sleep(RETRY_PAUSE);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void store(List<Finished> batch) {
        List<Finished> lost = transactions.writeAhead(tx -> {
            store.insertAttempts(tx.handle(), batch.stream().map(Finished::record).toList());
            boolean[] mine = store.finishAttempts(tx.handle(), nodeId, batch.stream().map(Finished::finish).toList());
            List<Finished> notMine = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!mine[i]) {
                    notMine.add(batch.get(i));
                }
            }
            return notMine;
        });
        for (Finished finished : lost) {
            LOG.warn("Webhook message {} was taken over by another process while this one sent it",
                    finished.message().id());
        }
        for (Finished finished : batch) {
            if (finished.outcome() instanceof DeliveryOutcome.Abandoned abandoned && !lost.contains(finished)) {
                LOG.warn("Abandoned webhook message {} of application {}: {}", finished.message().id(),
                        finished.message().applicationId(), abandoned.reason());
            }
        }
    }

    /** Stores what is still queued, then stops. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(30_000);
    }
}
