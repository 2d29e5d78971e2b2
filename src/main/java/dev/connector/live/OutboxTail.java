package dev.connector.live;

import dev.connector.events.DomainEvent;
import dev.connector.events.Outbox;
import dev.connector.events.StoredEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Wakeup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox events to the live feed, read after each commit announcement (of this process or,
 * on PostgreSQL, of the others). It reads the store only while somebody watches; a first watcher starts it at the
 * newest event, so history is never replayed into the feed.
 */
final class OutboxTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxTail.class);
    private static final int PAGE = 500;
    private static final Duration POLL = Duration.ofSeconds(1);

    /** The details of an {@link LiveKind#Event}. */
    record CommittedEvent(long position, String type, UUID entityId, UUID enterpriseId, Instant committedUtc) {
    }

    private final LiveFeed feed;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Wakeup wakeup = new Wakeup();
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread thread;
    /** The last event published; -1 while nobody watches. Guarded by {@link #lock}. */
    private long position = -1;
    private volatile boolean running = true;

    OutboxTail(LiveFeed feed, Transactions transactions, Outbox outbox) {
        this.feed = feed;
        this.transactions = transactions;
        this.outbox = outbox;
        this.thread = Thread.ofPlatform().daemon().name("live-outbox").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    void wake() {
        wakeup.signal();
    }

    /** A watcher subscribed: from now on every commit is published (if the tail was idle, it starts here). */
    void watcherJoined() {
        lock.lock();
        try {
            if (position < 0) {
                position = transactions.readAhead(outbox::lastPosition);
            }
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (running) {
            try {
                wakeup.await(POLL);
                publishNew();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Reading the outbox for the live feed failed; trying again", e);
            }
        }
    }

    private void publishNew() {
        lock.lock();
        try {
            if (!feed.watched()) {
                position = -1;
                return;
            }
            while (position >= 0) {
                long from = position;
                List<StoredEvent> page = transactions.readAhead(handle -> outbox.after(handle, from, PAGE));
                page.forEach(this::publish);
                if (!page.isEmpty()) {
                    position = page.getLast().position();
                }
                if (page.size() < PAGE) {
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void publish(StoredEvent stored) {
        DomainEvent event = stored.event();
        UUID application = null;
        UUID integration = null;
        if (event instanceof DomainEvent.IntegrationChanged changed) {
            application = changed.applicationId();
            integration = changed.entityId();
        } else if (event instanceof DomainEvent.DeviceCommandUpdated command) {
            integration = command.integrationId();
        }
        feed.publish(LiveKind.Event, application, integration,
                event.enterpriseId() == null ? List.of() : List.of(event.enterpriseId()),
                new CommittedEvent(stored.position(), event.getClass().getSimpleName(), event.entityId(),
                        event.enterpriseId(), stored.createdUtc()));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        wakeup.signal();
        thread.join(5_000);
    }
}
