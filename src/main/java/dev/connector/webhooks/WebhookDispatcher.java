package dev.connector.webhooks;

import dev.connector.events.Transactions;
import dev.connector.events.Wakeup;
import dev.connector.live.LiveFeed;
import dev.connector.live.LiveKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends stored messages: claims due ones (skipping rows other processes hold) with their application's endpoint,
 * keeps at most the configured number of requests in flight per application so a slow receiver only slows
 * itself, and hands every finished attempt to the {@link AttemptRecorder}, which stores it and schedules retries
 * or abandons. Its heartbeat row tells other processes it is alive; claims of a process whose heartbeat stopped
 * are taken over. One scheduler thread; each request on its own virtual thread.
 */
final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int CLAIM_LIMIT = 500;
    /** Claimed messages held per application, beyond those in flight: enough to keep a fast receiver busy. */
    private static final int PREFETCH_PER_REQUEST = 50;
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(1);
    static final Duration NODE_STALE_AFTER = Duration.ofSeconds(5);
    private static final Duration FORGET_NODES_AFTER = Duration.ofHours(1);
    private static final Duration PRUNE_INTERVAL = Duration.ofMinutes(10);

    /** The claimed messages of one application waiting on this process, its endpoint and its requests in flight. */
    private final class Receiver {
        private final ArrayDeque<WebhookMessage> queue = new ArrayDeque<>();
        private int inFlight;
        private volatile WebhookEndpoint endpoint;

        Receiver(UUID applicationId) {
            this.endpoint = WebhookEndpoint.none(applicationId);
        }

        synchronized int load() {
            return queue.size() + inFlight;
        }

        synchronized void add(WebhookMessage message) {
            queue.add(message);
        }

        synchronized List<WebhookMessage> takeStartable() {
            List<WebhookMessage> ready = new ArrayList<>();
            while (inFlight < settings.concurrencyPerReceiver() && !queue.isEmpty()) {
                ready.add(queue.poll());
                inFlight++;
            }
            return ready;
        }

        /**
         * Frees the request's slot; true when half of the prefetch has gone, time to claim more: early enough that
         * the queue does not run dry while the claim waits for the store, late enough that one claim brings many
         * messages (during a drained backlog the claims' round trips are what the dispatcher thread spends).
         */
        synchronized boolean finished() {
            inFlight--;
            return queue.size() + inFlight <= prefetch / 2;
        }
    }

    private final Transactions transactions;
    private final WebhookStore store;
    private final WebhookSender sender;
    private final DeliveryFaults faults;
    private final WebhookSettings settings;
    private final WebhookMetrics metrics;
    private final AttemptRecorder recorder;
    private final Clock clock;
    private final LiveFeed live;
    private final String nodeId = UUID.randomUUID().toString();
    private final int prefetch;
    private final Map<UUID, Receiver> receivers = new ConcurrentHashMap<>();
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread thread;
    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running = true;
    private Instant lastHeartbeat = Instant.EPOCH;
    private Instant lastPrune = Instant.EPOCH;

    /** The details of a {@link LiveKind#WebhookAttempt}; {@code outcome} is Delivered, RetryAt or Abandoned. */
    record LiveAttempt(UUID messageId, MessageKind messageKind, int attempt, Integer statusCode, long durationMs,
                       String error, String outcome, Instant nextAttemptUtc) {
    }

    WebhookDispatcher(Transactions transactions, WebhookStore store, WebhookSender sender, DeliveryFaults faults,
                      WebhookSettings settings, WebhookMetrics metrics, Clock clock, LiveFeed live) {
        this.live = live;
        this.transactions = transactions;
        this.store = store;
        this.sender = sender;
        this.faults = faults;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.recorder = new AttemptRecorder(transactions, store, nodeId);
        this.prefetch = settings.concurrencyPerReceiver() * PREFETCH_PER_REQUEST;
        this.thread = Thread.ofPlatform().daemon().name("webhook-dispatcher").unstarted(this::run);
    }

    void start() {
        heartbeat(clock.instant());
        recorder.start();
        thread.start();
    }

    /** Announces new or newly due messages; returns at once. */
    void wake() {
        wakeup.signal();
    }

    String nodeId() {
        return nodeId;
    }

    private void run() {
        while (running) {
            try {
                Instant now = clock.instant();
                if (!now.isBefore(lastHeartbeat.plus(HEARTBEAT_INTERVAL))) {
                    heartbeat(now);
                }
                WebhookStore.Claim claim = claimAndStart(now);
                if (claim.messages().size() >= CLAIM_LIMIT) {
                    continue;
                }
                // With a backlog waiting for room, a finishing request wakes us: no need to ask when more falls due.
                awaitWake(claim.backlogged() ? settings.pollInterval() : untilNextDue(now));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.error("Claiming webhook messages failed; trying again shortly", e);
                try {
                    awaitWake(settings.pollInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void heartbeat(Instant now) {
        long depth = transactions.writeAhead(tx -> {
            store.heartbeat(tx.handle(), nodeId, now);
            return store.queueDepth(tx.handle());
        });
        metrics.queueDepth(depth);
        lastHeartbeat = now;
        if (!now.isBefore(lastPrune.plus(PRUNE_INTERVAL))) {
            lastPrune = now;
            int pruned = transactions.write(tx -> store.prune(tx.handle(), now.minus(settings.logRetention())));
            if (pruned > 0) {
                LOG.info("Removed {} webhook messages older than {} from the delivery log", pruned, settings.logRetention());
            }
        }
    }

    private WebhookStore.Claim claimAndStart(Instant now) {
        Map<UUID, Integer> room = new HashMap<>();
        receivers.forEach((applicationId, receiver) -> room.put(applicationId, prefetch - receiver.load()));
        WebhookStore.Claim claim = transactions.writeAhead(tx -> store.claimDue(tx.handle(), nodeId, now,
                now.minus(NODE_STALE_AFTER), room, prefetch, CLAIM_LIMIT));
        Set<Receiver> touched = new LinkedHashSet<>();
        for (WebhookMessage message : claim.messages()) {
            Receiver receiver = receivers.computeIfAbsent(message.applicationId(), Receiver::new);
            receiver.add(message);
            touched.add(receiver);
        }
        claim.endpoints().forEach((applicationId, endpoint) -> receivers.get(applicationId).endpoint = endpoint);
        touched.forEach(this::pump);
        return claim;
    }

    private Duration untilNextDue(Instant now) {
        Optional<Instant> due = transactions.readAhead(handle -> store.nextDueAfter(handle, now));
        if (due.isEmpty()) {
            // Nothing due later; what is due now waits for a free slot, and a finished request wakes us.
            return settings.pollInterval();
        }
        Duration wait = Duration.between(now, due.get());
        return wait.compareTo(settings.pollInterval()) < 0 ? wait : settings.pollInterval();
    }

    private void awaitWake(Duration timeout) throws InterruptedException {
        if (running) {
            wakeup.await(timeout);
        }
    }

    private void pump(Receiver receiver) {
        if (!running) {
            return;
        }
        WebhookEndpoint endpoint = receiver.endpoint;
        for (WebhookMessage message : receiver.takeStartable()) {
            requests.execute(() -> deliverAndRelease(receiver, endpoint, message));
        }
    }

    private void deliverAndRelease(Receiver receiver, WebhookEndpoint endpoint, WebhookMessage message) {
        try {
            deliver(endpoint, message);
        } catch (InterruptedException e) {
            // The server is stopping: the claim is released on close and the message sent again later.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Delivering webhook message {} failed unexpectedly; it will be claimed again", message.id(), e);
            try {
                transactions.writeAhead(tx -> {
                    store.releaseClaims(tx.handle(), nodeId, List.of(message.id()));
                    return null;
                });
            } catch (RuntimeException release) {
                LOG.error("Could not release the claim of webhook message {}", message.id(), release);
            }
        } finally {
            boolean low = receiver.finished();
            pump(receiver);
            if (low) {
                wake();
            }
        }
    }

    private void deliver(WebhookEndpoint endpoint, WebhookMessage message) throws InterruptedException {
        String url = endpoint.urlFor(message.kind());
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        AttemptResult result;
        metrics.started();
        try {
            result = url == null
                    ? new AttemptResult.Failure(null, "The application has no " + message.kind() + " webhook URL registered.")
                    : faults.attempt(new DeliveryFaults.Attempt(message.id(), message.applicationId(),
                            message.enterpriseId(), message.kind(), settings.timeout()),
                    () -> sender.send(WebhookUrls.deliveryAddress(url, endpoint.token()),
                            message.body().getBytes(StandardCharsets.UTF_8), headers(message, endpoint, started)));
        } finally {
            metrics.finished();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        Instant now = clock.instant();
        int attempt = message.attemptsInCycle() + 1;
        DeliveryOutcome outcome = DeliveryOutcome.after(result, attempt, now, settings.retryDelays());
        AttemptRecord record = new AttemptRecord(message.id(), nodeId, started, result.statusCode(), took.toMillis(),
                result.error());
        recorder.add(new AttemptRecorder.Finished(message, record, outcome, attempt, now));
        metrics.attempt(message.kind(), outcome, took);
        if (live.watched()) {
            publish(message, record, outcome, attempt);
        }
        if (outcome instanceof DeliveryOutcome.Delivered) {
            metrics.delivered(Duration.between(message.committedUtc(), now));
        }
    }

    private void publish(WebhookMessage message, AttemptRecord record, DeliveryOutcome outcome, int attempt) {
        String state = switch (outcome) {
            case DeliveryOutcome.Delivered delivered -> "Delivered";
            case DeliveryOutcome.RetryAt retry -> "RetryAt";
            case DeliveryOutcome.Abandoned abandoned -> "Abandoned";
        };
        Instant next = outcome instanceof DeliveryOutcome.RetryAt retry ? retry.at() : null;
        live.publish(LiveKind.WebhookAttempt, message.applicationId(), message.integrationId(),
                message.enterpriseId() == null ? List.of() : List.of(message.enterpriseId()),
                new LiveAttempt(message.id(), message.kind(), attempt, record.statusCode(), record.durationMs(),
                        record.error(), state, next));
    }

    private Map<String, String> headers(WebhookMessage message, WebhookEndpoint endpoint, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        String id = message.id().toString();
        long timestamp = now.getEpochSecond();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        List<SigningSecret> secrets = endpoint.activeSecrets(now);
        if (!secrets.isEmpty()) {
            headers.put("webhook-signature", WebhookSigner.signatureHeader(secrets, id, timestamp,
                    message.body().getBytes(StandardCharsets.UTF_8)));
        }
        return headers;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        wake();
        thread.join(30_000);
        requests.shutdownNow();
        requests.awaitTermination(settings.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        // Attempts that finished are stored before the remaining claims are released.
        recorder.close();
        try {
            Instant now = clock.instant();
            transactions.writeAhead(tx -> {
                store.releaseAllClaims(tx.handle(), nodeId);
                store.removeNodes(tx.handle(), nodeId, now.minus(FORGET_NODES_AFTER));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not release this process's webhook claims; other processes take them over in {}",
                    NODE_STALE_AFTER, e);
        }
    }
}
