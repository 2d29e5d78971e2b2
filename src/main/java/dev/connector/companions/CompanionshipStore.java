package dev.connector.companions;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for companionships: the reservation, group and customer as columns, the API shape in {@code doc}. */
public final class CompanionshipStore {

    private final Documents documents;

    public CompanionshipStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID enterpriseId, Companionship companionship, Instant now) {
        handle.createUpdate("""
                        INSERT INTO companionships (id, enterprise_id, reservation_id, group_id, customer_id, updated_utc,
                            doc)
                        VALUES (:id, :enterpriseId, :reservationId, :groupId, :customerId, :updated, :doc)""")
                .bind("id", companionship.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("reservationId", companionship.reservationId().toString())
                .bind("groupId", companionship.reservationGroupId() == null ? null
                        : companionship.reservationGroupId().toString())
                .bind("customerId", companionship.customerId().toString())
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(companionship))
                .execute();
    }

    public void delete(Handle handle, UUID companionshipId) {
        handle.createUpdate("DELETE FROM companionships WHERE id = :id").bind("id", companionshipId.toString()).execute();
    }

    /** The companionships of a reservation, oldest first. */
    public List<Companionship> ofReservation(Handle handle, UUID reservationId) {
        return handle.createQuery("SELECT doc FROM companionships WHERE reservation_id = :id ORDER BY seq")
                .bind("id", reservationId.toString())
                .map(documents.rowMapper(Companionship.class))
                .list();
    }

    public Optional<Companionship> find(Handle handle, UUID reservationId, UUID customerId) {
        return ofReservation(handle, reservationId).stream()
                .filter(companionship -> companionship.customerId().equals(customerId))
                .findFirst();
    }

    public Page<Companionship> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "c.doc", "companionships c", "c", filter, limitation,
                documents.rowMapper(Companionship.class), Companionship::id);
    }
}
