package dev.connector.exports;

import dev.connector.store.Documents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for exports and their files. */
final class ExportStore {

    /** Where the rows of each entity type are, and which column scopes them to the enterprise or its chain. */
    private record Source(String table, boolean byChain) {
    }

    private final Documents documents;

    ExportStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, Export export, List<UUID> enterpriseIds, Instant now) {
        handle.createUpdate("""
                        INSERT INTO exports (id, enterprise_id, enterprise_ids, entity_type, status, created_utc,
                            expires_utc, doc)
                        VALUES (:id, :enterpriseId, :enterpriseIds, :entityType, :status, :created, NULL, :doc)""")
                .bind("id", export.id().toString())
                .bind("enterpriseId", enterpriseIds.get(0).toString())
                .bind("enterpriseIds", String.join(",", enterpriseIds.stream().map(UUID::toString).toList()))
                .bind("entityType", export.entityType().name())
                .bind("status", export.status().name())
                .bind("created", now.toEpochMilli())
                .bind("doc", documents.write(export))
                .execute();
    }

    void update(Handle handle, Export export) {
        handle.createUpdate("""
                        UPDATE exports SET status = :status, expires_utc = :expires, doc = :doc WHERE id = :id""")
                .bind("id", export.id().toString())
                .bind("status", export.status().name())
                .bind("expires", export.expiresUtc() == null ? null : export.expiresUtc().toEpochMilli())
                .bind("doc", documents.write(export))
                .execute();
    }

    /** Whether an export of the type is waiting or running for the enterprise. */
    boolean inProgress(Handle handle, UUID enterpriseId, Export.EntityType type) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM exports WHERE enterprise_id = :enterpriseId AND entity_type = :type
                          AND status IN ('Pending', 'Processing')""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("type", type.name())
                .mapTo(Integer.class)
                .one() > 0;
    }

    List<Export> byIds(Handle handle, List<UUID> enterpriseIds, List<UUID> ids) {
        return handle.createQuery("""
                        SELECT doc FROM exports WHERE id IN (<ids>) AND enterprise_id IN (<enterpriseIds>) ORDER BY seq""")
                .bindList("ids", ids.stream().map(UUID::toString).toList())
                .bindList("enterpriseIds", enterpriseIds.stream().map(UUID::toString).toList())
                .map(documents.rowMapper(Export.class))
                .list();
    }

    /** The oldest export still to do: Pending, or Processing when a stopped server left it half done. */
    Optional<Unfinished> nextUnfinished(Handle handle) {
        return handle.createQuery("""
                        SELECT doc, enterprise_ids FROM exports WHERE status IN ('Pending', 'Processing')
                        ORDER BY seq LIMIT 1""")
                .map((rs, ctx) -> new Unfinished(documents.read(rs.getString("doc"), Export.class),
                        Arrays.stream(rs.getString("enterprise_ids").split(",")).map(UUID::fromString).toList()))
                .findOne();
    }

    /** An export to run, with the enterprises it covers. */
    record Unfinished(Export export, List<UUID> enterpriseIds) {
    }

    /** The documents of every entity of the type in the enterprises (their chains for chain-level entities). */
    List<String> rows(Handle handle, Export.EntityType type, List<UUID> enterpriseIds) {
        Source source = switch (type) {
            case OrderItem -> new Source("order_items", false);
            case Payment -> new Source("payments", false);
            case Reservation -> new Source("reservations", false);
            case Bill -> new Source("bills", false);
            case AvailabilityBlock -> new Source("availability_blocks", false);
            case AvailabilityAdjustment -> new Source("availability_adjustments", false);
            case ResourceBlock -> new Source("resource_blocks", false);
            case Customer -> new Source("customers", true);
            case Company -> new Source("companies", true);
            case LedgerEntry -> null;
        };
        if (source == null) {
            return List.of();
        }
        List<String> ids = enterpriseIds.stream().map(UUID::toString).toList();
        String scope = source.byChain()
                ? "chain_id IN (SELECT chain_id FROM enterprises WHERE id IN (<ids>))"
                : "enterprise_id IN (<ids>)";
        return handle.createQuery("SELECT doc FROM " + source.table() + " WHERE " + scope + " ORDER BY seq")
                .bindList("ids", ids)
                .mapTo(String.class)
                .list();
    }

    /** Replaces the export's files (a run cut short by a stop may have left some). */
    void replaceFiles(Handle handle, UUID exportId, List<String> contents, List<UUID> fileIds) {
        handle.createUpdate("DELETE FROM export_files WHERE export_id = :exportId")
                .bind("exportId", exportId.toString())
                .execute();
        for (int i = 0; i < contents.size(); i++) {
            handle.createUpdate("""
                            INSERT INTO export_files (id, export_id, size_bytes, content)
                            VALUES (:id, :exportId, :size, :content)""")
                    .bind("id", fileIds.get(i).toString())
                    .bind("exportId", exportId.toString())
                    .bind("size", (long) contents.get(i).getBytes(StandardCharsets.UTF_8).length)
                    .bind("content", contents.get(i))
                    .execute();
        }
    }

    /** A file's content with its export's expiry, when the file exists. */
    Optional<FileContent> file(Handle handle, UUID fileId) {
        return handle.createQuery("""
                        SELECT f.content, e.expires_utc FROM export_files f JOIN exports e ON e.id = f.export_id
                        WHERE f.id = :id""")
                .bind("id", fileId.toString())
                .map((rs, ctx) -> new FileContent(rs.getString("content"),
                        Instant.ofEpochMilli(rs.getLong("expires_utc"))))
                .findOne();
    }

    /** What the download route serves. */
    record FileContent(String content, Instant expiresUtc) {
    }
}
