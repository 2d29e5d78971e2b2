package dev.connector.servicenotes;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for service order notes. */
final class ServiceOrderNoteStore {

    /** A stored note with the enterprise it belongs to. */
    record Stored(UUID enterpriseId, OrderNote note) {
    }

    private final Documents documents;

    ServiceOrderNoteStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, UUID enterpriseId, OrderNote note) {
        handle.createUpdate("""
                        INSERT INTO service_order_notes (id, enterprise_id, service_order_id, type, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :orderId, :type, :updatedUtc, :doc)""")
                .bind("id", note.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("orderId", note.orderId().toString())
                .bind("type", note.type().name())
                .bind("updatedUtc", note.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(note))
                .execute();
    }

    void update(Handle handle, OrderNote note) {
        handle.createUpdate("UPDATE service_order_notes SET updated_utc = :updatedUtc, doc = :doc WHERE id = :id")
                .bind("id", note.id().toString())
                .bind("updatedUtc", note.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(note))
                .execute();
    }

    void delete(Handle handle, UUID noteId) {
        handle.createUpdate("DELETE FROM service_order_notes WHERE id = :id").bind("id", noteId.toString()).execute();
    }

    /** The notes with the given ids among the enterprises, with their enterprise; unknown ids are left out. */
    List<Stored> find(Handle handle, List<UUID> noteIds, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("id", noteIds).in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT enterprise_id, doc FROM service_order_notes WHERE "
                        + filter.conditions()))
                .map((rs, ctx) -> new Stored(UUID.fromString(rs.getString("enterprise_id")),
                        documents.read(rs.getString("doc"), OrderNote.class)))
                .list();
    }

    Page<OrderNote> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "service_order_notes", "service_order_notes", filter, limitation,
                documents.rowMapper(OrderNote.class), OrderNote::id);
    }
}
