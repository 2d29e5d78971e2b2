package dev.connector.overbooking;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for service overbooking limits; nights are the enterprise-local dates of the time unit starts. */
public final class OverbookingLimitStore {

    private final Documents documents;

    public OverbookingLimitStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID enterpriseId, ServiceOverbookingLimit limit, ZoneId zone) {
        handle.createUpdate("""
                        INSERT INTO service_overbooking_limits (id, enterprise_id, service_id, first_night, last_night,
                            limit_count, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :first, :last, :limit, :active, :created, :updated,
                            :doc)""")
                .bind("id", limit.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", limit.serviceId().toString())
                .bind("first", LocalDate.ofInstant(limit.firstTimeUnitStartUtc(), zone).toString())
                .bind("last", LocalDate.ofInstant(limit.lastTimeUnitStartUtc(), zone).toString())
                .bind("limit", limit.limit())
                .bind("active", limit.isActive())
                .bind("created", limit.createdUtc().toEpochMilli())
                .bind("updated", limit.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(limit))
                .execute();
    }

    /** The active limits of the service whose nights overlap first..last. */
    public List<ServiceOverbookingLimit> overlapping(Handle handle, UUID serviceId, LocalDate first, LocalDate last) {
        return handle.createQuery("""
                        SELECT doc FROM service_overbooking_limits
                        WHERE service_id = :serviceId AND is_active = :active AND first_night <= :last
                          AND last_night >= :first ORDER BY seq""")
                .bind("serviceId", serviceId.toString())
                .bind("active", true)
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map(documents.rowMapper(ServiceOverbookingLimit.class))
                .list();
    }

    public void deactivate(Handle handle, ServiceOverbookingLimit limit, Instant now) {
        ServiceOverbookingLimit deleted = new ServiceOverbookingLimit(limit.id(), limit.serviceId(),
                limit.firstTimeUnitStartUtc(), limit.lastTimeUnitStartUtc(), limit.limit(), limit.createdUtc(), now,
                false);
        handle.createUpdate("UPDATE service_overbooking_limits SET is_active = :active, updated_utc = :updated,"
                        + " doc = :doc WHERE id = :id")
                .bind("active", false)
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(deleted))
                .bind("id", limit.id().toString())
                .execute();
    }

    public Page<ServiceOverbookingLimit> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "service_overbooking_limits", "service_overbooking_limits", filter,
                limitation, documents.rowMapper(ServiceOverbookingLimit.class), ServiceOverbookingLimit::id);
    }
}
