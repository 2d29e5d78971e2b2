package dev.connector.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.store.Columns;
import dev.connector.store.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The transactional outbox: event rows read by position. Readers see only settled events (no transaction still open
 * can commit one before them), so a reader's position can only move past events it has read.
 */
public final class Outbox {

    /** The notification channel announced after every commit that wrote events (see {@code store.Notifications}). */
    public static final String CHANNEL = "connector_outbox";

    /** How soon a reader looks again at events held back by an open transaction (see {@link #holdsBackAfter}). */
    public static final Duration SETTLE_RECHECK = Duration.ofMillis(10);

    private final ObjectMapper json;
    private final Dialect dialect;

    public Outbox(ObjectMapper json, Dialect dialect) {
        this.json = json;
        this.dialect = dialect;
    }

    void append(Handle handle, List<DomainEvent> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() > Dialect.OUTBOX_EVENTS_PER_TRANSACTION) {
            throw new IllegalStateException("One transaction may write at most " + Dialect.OUTBOX_EVENTS_PER_TRANSACTION
                    + " events; this one wrote " + events.size());
        }
        PreparedBatch batch = handle.prepareBatch(dialect.outboxInsert());
        int index = 0;
        for (DomainEvent event : events) {
            batch.bind("index", index++)
                    .bind("type", EventType.of(event).name())
                    .bind("enterpriseId", Columns.text(event.enterpriseId()))
                    .bind("entityId", event.entityId().toString())
                    .bind("integrationId", Columns.text(integrationOf(event)))
                    .bind("payload", write(event))
                    .bind("createdUtc", now.toEpochMilli())
                    .add();
        }
        batch.execute();
    }

    /**
     * Settled events after {@code position}, oldest first, at most {@code limit}: a reader may move its cursor to the
     * last of them without skipping an event that a transaction still open commits later (see
     * {@link Dialect#settledOutbox}).
     */
    public List<StoredEvent> after(Handle handle, long position, int limit) {
        return handle.createQuery("""
                        SELECT position, type, payload, created_utc FROM events
                        WHERE position > :position AND <settled> ORDER BY position LIMIT :limit""")
                .define("settled", dialect.settledOutbox())
                .bind("position", position)
                .bind("limit", limit)
                .map(this::stored)
                .list();
    }

    /**
     * Events after {@code position} of the given enterprises committed before {@code before}, oldest first, at most
     * {@code limit}.
     */
    public List<StoredEvent> committedBefore(Handle handle, long position, Collection<UUID> enterpriseIds,
                                             Instant before, int limit) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        SELECT position, type, payload, created_utc FROM events
                        WHERE position > :position AND created_utc < :before AND enterprise_id IN (<enterprises>)
                        ORDER BY position LIMIT :limit""")
                .bind("position", position)
                .bind("before", before.toEpochMilli())
                .bindList("enterprises", enterpriseIds.stream().map(UUID::toString).toList())
                .bind("limit", limit)
                .map(this::stored)
                .list();
    }

    /** The position of the newest committed event, 0 when there is none. */
    public long lastPosition(Handle handle) {
        Long last = handle.createQuery("SELECT MAX(position) FROM events").mapTo(Long.class).one();
        return last == null ? 0 : last;
    }

    /**
     * The position of the newest settled event, 0 when there is none: a reader starting there receives every event
     * committed later, including those of transactions open now.
     */
    public long lastSettledPosition(Handle handle) {
        Long last = handle.createQuery("SELECT MAX(position) FROM events WHERE <settled>")
                .define("settled", dialect.settledOutbox())
                .mapTo(Long.class)
                .one();
        return last == null ? 0 : last;
    }

    /**
     * Whether events after {@code position} are committed but not settled yet: a reader should look again soon
     * rather than wait for the next commit to be announced, since the transaction that holds them back may write
     * no events and so announce nothing.
     */
    public boolean holdsBackAfter(Handle handle, long position) {
        if (!dialect.writesConcurrently()) {
            return false;
        }
        return handle.createQuery("SELECT 1 FROM events WHERE position > :position AND NOT (<settled>) LIMIT 1")
                .define("settled", dialect.settledOutbox())
                .bind("position", position)
                .mapTo(Integer.class)
                .findOne()
                .isPresent();
    }

    /**
     * When the first committed event after {@code position} was committed, settled or not; empty when there is none.
     * A reader that batches events counts its window from there, so that an event held back by an open transaction
     * does not wait a second window once it settles.
     */
    public Optional<Instant> firstCommittedAfter(Handle handle, long position) {
        return handle.createQuery("SELECT created_utc FROM events WHERE position > :position ORDER BY position LIMIT 1")
                .bind("position", position)
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli);
    }

    /** A row of {@code position, type, payload, created_utc} as the event it stores. */
    private StoredEvent stored(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredEvent(rs.getLong("position"), Instant.ofEpochMilli(rs.getLong("created_utc")),
                read(rs.getString("type"), rs.getString("payload")));
    }

    private String write(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + event, e);
        }
    }

    private DomainEvent read(String type, String payload) {
        try {
            return json.readValue(payload, EventType.stored(type).eventClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read outbox event of type " + type + ": " + payload, e);
        }
    }

    /** The one integration an event concerns, for events that are not for every integration of an enterprise. */
    private static UUID integrationOf(DomainEvent event) {
        return switch (event) {
            case DomainEvent.DeviceCommandUpdated e -> e.integrationId();
            case DomainEvent.IntegrationChanged e -> e.entityId();
            case DomainEvent.ServiceOrderUpdated e -> null;
            case DomainEvent.ResourceUpdated e -> null;
            case DomainEvent.ResourceBlockUpdated e -> null;
            case DomainEvent.MessageAdded e -> null;
            case DomainEvent.CustomerAdded e -> null;
            case DomainEvent.CustomerUpdated e -> null;
            case DomainEvent.PaymentUpdated e -> null;
            case DomainEvent.PriceUpdated e -> null;
        };
    }
}
