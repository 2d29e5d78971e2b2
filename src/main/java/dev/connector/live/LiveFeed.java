package dev.connector.live;

import dev.connector.api.TooManyRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happens in this server process, for whoever watches it (the console's Live page): features
 * {@linkplain #publish publish}, watchers subscribe with a filter. Publishing never blocks and costs nothing while
 * nobody watches; each watcher has a bounded buffer, and a watcher that falls a whole buffer behind is dropped
 * rather than slowing anybody down (it reconnects). Thread-safe.
 */
public final class LiveFeed implements AutoCloseable {

    /** Events one watcher may have waiting; the console's Live page shows about as many rows. */
    static final int BUFFER = 1000;
    /** Watchers at once; each holds a connection and a buffer. */
    static final int MAX_WATCHERS = 64;

    private final Clock clock;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean closed;

    public LiveFeed(Clock clock) {
        this.clock = clock;
    }

    /** True while somebody watches: publishers may skip building an event's details otherwise. */
    public boolean watched() {
        return !subscriptions.isEmpty();
    }

    /**
     * Hands an event to every watcher whose filter it matches; returns at once. {@code data} is written as a JSON
     * object (a record with the kind's fields); any id may be null and {@code enterpriseIds} empty.
     */
    public void publish(LiveKind kind, UUID applicationId, UUID integrationId, Collection<UUID> enterpriseIds,
                        Object data) {
        if (subscriptions.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LiveEvent event = new LiveEvent(sequence.incrementAndGet(), kind, now, now.toEpochMilli(), applicationId,
                integrationId, enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds), data);
        for (Subscription subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    /** A new watcher; close it when the watcher leaves. Refused with 429 when too many already watch. */
    Subscription subscribe(LiveFilter filter) {
        if (closed) {
            throw new TooManyRequests("The server is stopping; watch again once it is back.", 5);
        }
        if (subscriptions.size() >= MAX_WATCHERS) {
            throw new TooManyRequests("The live feed has " + MAX_WATCHERS + " watchers already; close one first.", 5);
        }
        Subscription subscription = new Subscription(filter, BUFFER);
        subscriptions.add(subscription);
        return subscription;
    }

    int watchers() {
        return subscriptions.size();
    }

    /** Ends every subscription: their streams finish within their poll interval. */
    @Override
    public void close() {
        closed = true;
        subscriptions.forEach(subscription -> subscription.end("The server is stopping."));
    }

    /** One watcher's filter and buffer. */
    final class Subscription implements AutoCloseable {

        private final LiveFilter filter;
        private final ArrayBlockingQueue<LiveEvent> buffer;
        private volatile String endReason;

        private Subscription(LiveFilter filter, int capacity) {
            this.filter = filter;
            this.buffer = new ArrayBlockingQueue<>(capacity);
        }

        LiveFilter filter() {
            return filter;
        }

        int capacity() {
            return buffer.remainingCapacity() + buffer.size();
        }

        private void offer(LiveEvent event) {
            if (endReason == null && filter.matches(event) && !buffer.offer(event)) {
                end("More than " + capacity() + " events were waiting for this watcher; reconnect to watch again.");
            }
        }

        /** The next event, or null when none came within {@code timeout} or the subscription ended. */
        LiveEvent next(Duration timeout) throws InterruptedException {
            return endReason != null ? null : buffer.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Moves waiting events into {@code into}, at most {@code max}. */
        void drainTo(Collection<LiveEvent> into, int max) {
            buffer.drainTo(into, max);
        }

        /** Why the subscription ended (dropped behind, or the server stopping); null while it runs. */
        String endReason() {
            return endReason;
        }

        private void end(String reason) {
            if (endReason == null) {
                endReason = reason;
            }
            subscriptions.remove(this);
            buffer.clear();
        }

        @Override
        public void close() {
            end("Closed.");
        }
    }
}
