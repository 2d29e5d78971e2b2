package dev.connector.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.store.Columns;
import dev.connector.store.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** The transactional outbox: event rows in commit order, read by position. */
public final class Outbox {

    /** The notification channel announced after every commit that wrote events (see {@code store.Notifications}). */
    public static final String CHANNEL = "connector_outbox";

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
        dialect.serializeOutboxWriters(handle);
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO events (type, enterprise_id, entity_id, integration_id, payload, created_utc)
                VALUES (:type, :enterpriseId, :entityId, :integrationId, :payload, :createdUtc)""");
        for (DomainEvent event : events) {
            batch.bind("type", EventType.of(event).name())
                    .bind("enterpriseId", Columns.text(event.enterpriseId()))
                    .bind("entityId", event.entityId().toString())
                    .bind("integrationId", Columns.text(integrationOf(event)))
                    .bind("payload", write(event))
                    .bind("createdUtc", now.toEpochMilli())
                    .add();
        }
        batch.execute();
    }

    /** Events after {@code position}, oldest first, at most {@code limit}. */
    public List<StoredEvent> after(Handle handle, long position, int limit) {
        return handle.createQuery("""
                        SELECT position, type, payload, created_utc FROM events
                        WHERE position > :position ORDER BY position LIMIT :limit""")
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
