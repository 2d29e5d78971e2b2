package dev.connector.sources;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for sources and their assignments to reservations. */
public final class SourceStore {

    /** A source assigned to a reservation (and so to its reservation group). */
    public record Assignment(UUID id, UUID reservationGroupId, UUID reservationId, UUID sourceId, boolean isPrimary) {
    }

    private final Documents documents;

    public SourceStore(Documents documents) {
        this.documents = documents;
    }

    /** Stores the source unless one with its id exists (sources are shared by every enterprise). */
    public void insertIfAbsent(Handle handle, Source source) {
        boolean exists = handle.createQuery("SELECT COUNT(*) FROM sources WHERE id = :id")
                .bind("id", source.id().toString()).mapTo(Integer.class).one() > 0;
        if (!exists) {
            handle.createUpdate("INSERT INTO sources (id, updated_utc, doc) VALUES (:id, :updated, :doc)")
                    .bind("id", source.id().toString())
                    .bind("updated", source.updatedUtc().toEpochMilli())
                    .bind("doc", documents.write(source))
                    .execute();
        }
    }

    public Page<Source> sources(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "sources", "sources", filter, limitation,
                documents.rowMapper(Source.class), Source::id);
    }

    public void insert(Handle handle, UUID enterpriseId, Assignment assignment, Instant now) {
        handle.createUpdate("""
                        INSERT INTO source_assignments (id, enterprise_id, reservation_group_id, reservation_id,
                            source_id, is_primary, updated_utc)
                        VALUES (:id, :enterpriseId, :groupId, :reservationId, :sourceId, :primary, :updated)""")
                .bind("id", assignment.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("groupId", assignment.reservationGroupId().toString())
                .bind("reservationId", assignment.reservationId().toString())
                .bind("sourceId", assignment.sourceId().toString())
                .bind("primary", assignment.isPrimary())
                .bind("updated", now.toEpochMilli())
                .execute();
    }

    /** The code a channel knows a rate by: its short name, else its external identifier, else its name. */
    String rateCode(String rateDoc) {
        com.fasterxml.jackson.databind.JsonNode rate = documents.read(rateDoc, com.fasterxml.jackson.databind.JsonNode.class);
        for (String property : List.of("ShortName", "ExternalIdentifier", "Name")) {
            if (rate.hasNonNull(property) && !rate.get(property).asText().isBlank()) {
                return rate.get(property).asText();
            }
        }
        return rate.path("Id").asText();
    }

    /** The name of a stored source, or null when there is none. */
    String sourceName(String sourceDoc) {
        return sourceDoc == null ? null : documents.read(sourceDoc, Source.class).name();
    }

    public Page<Assignment> assignments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "id, reservation_group_id, reservation_id, source_id, is_primary",
                "source_assignments", "source_assignments", filter, limitation,
                (rs, ctx) -> new Assignment(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("reservation_group_id")),
                        UUID.fromString(rs.getString("reservation_id")), UUID.fromString(rs.getString("source_id")),
                        rs.getBoolean("is_primary")),
                Assignment::id);
    }
}
