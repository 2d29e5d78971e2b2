package dev.connector.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.events.DomainEvent;
import dev.connector.events.GeneralEventKind;
import dev.connector.events.Outbox;
import dev.connector.events.StoredEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Wakeup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns committed outbox events into stored messages: one General Webhook message per integration and enterprise
 * (events in commit order, at most the batch max), one Integration Webhook message per integration change. The
 * messages and the new read position are written in one transaction, so every event becomes messages exactly
 * once, even across crashes. Runs on its own thread, woken after commits and by a periodic poll.
 */
final class WebhookRouter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRouter.class);
    private static final int READ_LIMIT = 5_000;

    record GeneralBody(UUID enterpriseId, UUID integrationId, List<GeneralEvent> events) {
    }

    record GeneralEvent(GeneralEventKind discriminator, EntityId value) {
    }

    record EntityId(UUID id) {
    }

    record IntegrationBody(String action, JsonNode data) {
    }

    private record Target(UUID integrationId, UUID enterpriseId) {
    }

    /** The events of one message being filled, with the outbox position of its first event for ordering. */
    private static final class Batch {
        final long firstPosition;
        final Instant committedUtc;
        final UUID applicationId;
        final Set<GeneralEvent> events = new LinkedHashSet<>();

        Batch(long firstPosition, Instant committedUtc, UUID applicationId) {
            this.firstPosition = firstPosition;
            this.committedUtc = committedUtc;
            this.applicationId = applicationId;
        }
    }

    private record Built(long firstPosition, NewMessage message) {
    }

    /** What one routing transaction did. */
    private record Routed(int eventsConsumed, int messagesCreated) {
        static final Routed NOTHING = new Routed(0, 0);
    }

    private final Transactions transactions;
    private final Outbox outbox;
    private final WebhookStore store;
    private final ObjectMapper json;
    private final WebhookSettings settings;
    private final Supplier<UUID> ids;
    private final Clock realTime;
    private final Runnable onRouted;
    private final Thread thread;
    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running = true;
    /**
     * When the first committed event that the last round left unrouted was committed: it was held back by a
     * transaction still open (PostgreSQL), or came after the round read. Null when there was none.
     */
    private volatile Instant pendingSince;

    /**
     * {@code realTime} is the clock events are stamped with in the outbox; {@code onRouted} is told after the commit
     * of new messages.
     */
    WebhookRouter(Transactions transactions, Outbox outbox, WebhookStore store, ObjectMapper json,
                  WebhookSettings settings, Supplier<UUID> ids, Clock realTime, Runnable onRouted) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.store = store;
        this.json = json;
        this.settings = settings;
        this.ids = ids;
        this.realTime = realTime;
        this.onRouted = onRouted;
        this.thread = Thread.ofPlatform().daemon().name("webhook-router").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /** Announces newly committed events; returns at once. */
    void wake() {
        wakeup.signal();
    }

    private void run() {
        while (running) {
            try {
                Instant pending = pendingSince;
                if (pending == null) {
                    boolean announced = awaitWake(settings.pollInterval());
                    if (announced && running && !settings.batchWindow().isZero()) {
                        // Let the events committed close together arrive, so that they share one message.
                        Thread.sleep(settings.batchWindow());
                    }
                } else {
                    // Events already wait: the window started when the first of them was committed, and once it
                    // has passed they go as soon as they settle, rather than after another window.
                    Thread.sleep(untilRouted(pending));
                }
                if (!running) {
                    return;
                }
                while (running && routeOnce() == READ_LIMIT) {
                    // A backlog: keep going without waiting.
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.error("Routing outbox events to webhook messages failed; trying again shortly", e);
                pause(settings.pollInterval());
            }
        }
    }

    private boolean awaitWake(Duration timeout) throws InterruptedException {
        return wakeup.await(timeout);
    }

    /**
     * How long to wait before routing events of which the first was committed at {@code firstCommitted}: the rest of
     * its batch window, then short rechecks until it settles. Never longer than the window, whatever the clock says.
     */
    private Duration untilRouted(Instant firstCommitted) {
        Duration window = settings.batchWindow();
        Duration left = window.minus(Duration.between(firstCommitted, realTime.instant()));
        if (left.compareTo(window) > 0) {
            left = window;
        }
        return left.compareTo(Outbox.SETTLE_RECHECK) < 0 ? Outbox.SETTLE_RECHECK : left;
    }

    /** Routes the next events after the stored position; returns how many events it consumed. */
    int routeOnce() {
        Routed routed = transactions.writeAhead(tx -> {
            Handle handle = tx.handle();
            Optional<Long> position = store.lockPosition(handle);
            if (position.isEmpty()) {
                pendingSince = null; // another server process is routing right now, and waits for these events
                return Routed.NOTHING;
            }
            List<StoredEvent> events = outbox.after(handle, position.get(), READ_LIMIT);
            long reached = events.isEmpty() ? position.get() : events.getLast().position();
            pendingSince = events.size() < READ_LIMIT ? outbox.firstCommittedAfter(handle, reached).orElse(null) : null;
            if (events.isEmpty()) {
                return Routed.NOTHING;
            }
            List<NewMessage> messages = build(handle, events);
            store.insertMessages(handle, messages, tx.now());
            store.savePosition(handle, reached);
            store.routeWithoutWaitingForDisk(handle);
            return new Routed(events.size(), messages.size());
        });
        if (routed.messagesCreated() > 0) {
            onRouted.run();
        }
        return routed.eventsConsumed();
    }

    private List<NewMessage> build(Handle handle, List<StoredEvent> events) {
        Set<UUID> enterprises = new LinkedHashSet<>();
        Set<UUID> applications = new LinkedHashSet<>();
        for (StoredEvent stored : events) {
            if (stored.event() instanceof DomainEvent.IntegrationChanged changed) {
                applications.add(changed.applicationId());
            } else if (GeneralEventKind.of(stored.event()).isPresent() && stored.event().enterpriseId() != null) {
                enterprises.add(stored.event().enterpriseId());
            }
        }
        Map<UUID, List<WebhookStore.Route>> routes = new LinkedHashMap<>();
        for (WebhookStore.Route route : store.generalRoutes(handle, enterprises)) {
            routes.computeIfAbsent(route.enterpriseId(), id -> new ArrayList<>()).add(route);
        }
        Set<UUID> withIntegrationUrl = store.withIntegrationUrl(handle, applications);

        List<Built> built = new ArrayList<>();
        Map<Target, Batch> open = new LinkedHashMap<>();
        for (StoredEvent stored : events) {
            DomainEvent event = stored.event();
            if (event instanceof DomainEvent.IntegrationChanged changed) {
                if (withIntegrationUrl.contains(changed.applicationId())) {
                    built.add(new Built(stored.position(), new NewMessage(ids.get(), MessageKind.Integration,
                            changed.applicationId(), changed.entityId(), null,
                            write(new IntegrationBody(changed.action(), changed.data())), 1, stored.createdUtc())));
                }
                continue;
            }
            Optional<GeneralEventKind> kind = GeneralEventKind.of(event);
            if (kind.isEmpty() || event.enterpriseId() == null) {
                continue;
            }
            GeneralEvent item = new GeneralEvent(kind.get(), new EntityId(event.entityId()));
            for (WebhookStore.Route route : routes.getOrDefault(event.enterpriseId(), List.of())) {
                if (!route.wants(kind.get())) {
                    continue;
                }
                Target target = new Target(route.integrationId(), route.enterpriseId());
                Batch batch = open.get(target);
                if (batch != null && batch.events.size() >= settings.batchMax() && !batch.events.contains(item)) {
                    built.add(close(target, batch));
                    batch = null;
                }
                if (batch == null) {
                    batch = new Batch(stored.position(), stored.createdUtc(), route.applicationId());
                    open.put(target, batch);
                }
                // The same (Discriminator, Id) twice in one message says nothing new: it is merged.
                batch.events.add(item);
            }
        }
        open.forEach((target, batch) -> built.add(close(target, batch)));
        built.sort(Comparator.comparingLong(Built::firstPosition));
        return built.stream().map(Built::message).toList();
    }

    private Built close(Target target, Batch batch) {
        String body = write(new GeneralBody(target.enterpriseId(), target.integrationId(), List.copyOf(batch.events)));
        return new Built(batch.firstPosition, new NewMessage(ids.get(), MessageKind.General, batch.applicationId,
                target.integrationId(), target.enterpriseId(), body, batch.events.size(), batch.committedUtc));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write webhook body " + body, e);
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        // No interrupt: a routing transaction in progress is let finish rather than cut off in the driver.
        running = false;
        wake();
        thread.join(30_000);
    }
}
