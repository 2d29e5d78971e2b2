package dev.connector.testing;

import java.util.List;

/** One row of the outbox ({@code events} table) as tests check it, and the queries that read them. */
public record OutboxRow(long position, String type, String enterpriseId, String entityId, String integrationId,
                        String payload, long createdUtc) {

    /** The position of the newest outbox row, to look only at what a test's own requests wrote. */
    public static long lastPosition(RunningConnector server) {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COALESCE(MAX(position), 0) FROM events").mapTo(Long.class).one());
    }

    /** Outbox rows written after {@code position}, oldest first. */
    public static List<OutboxRow> after(RunningConnector server, long position) {
        return server.connector().database().jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT position, type, enterprise_id, entity_id, integration_id, payload, created_utc
                        FROM events WHERE position > :position ORDER BY position""")
                .bind("position", position)
                .map((rs, ctx) -> new OutboxRow(rs.getLong("position"), rs.getString("type"),
                        rs.getString("enterprise_id"), rs.getString("entity_id"), rs.getString("integration_id"),
                        rs.getString("payload"), rs.getLong("created_utc")))
                .list());
    }
}
