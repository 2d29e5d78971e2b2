package dev.connector.rates;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for restrictions. */
public final class RestrictionStore {

    private final Documents documents;

    public RestrictionStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID enterpriseId, Restriction restriction, Instant now) {
        Restriction.Conditions conditions = restriction.conditions();
        handle.createUpdate("""
                        INSERT INTO restrictions (id, enterprise_id, service_id, origin, exact_rate_id, base_rate_id,
                            rate_group_id, resource_category_id, start_utc, end_utc, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :origin, :exactRateId, :baseRateId, :rateGroupId,
                            :categoryId, :start, :end, :now, :now, :doc)""")
                .bind("id", restriction.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", restriction.serviceId().toString())
                .bind("origin", restriction.origin())
                .bind("exactRateId", text(conditions.exactRateId()))
                .bind("baseRateId", text(conditions.baseRateId()))
                .bind("rateGroupId", text(conditions.rateGroupId()))
                .bind("categoryId", text(conditions.resourceCategoryId()))
                .bind("start", conditions.startUtc() == null ? null : conditions.startUtc().toEpochMilli())
                .bind("end", conditions.endUtc() == null ? null : conditions.endUtc().toEpochMilli())
                .bind("now", now.toEpochMilli())
                .bind("doc", documents.write(restriction))
                .execute();
    }

    public Page<Restriction> restrictions(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "x.doc", "restrictions x", "x", filter, limitation,
                documents.rowMapper(Restriction.class), Restriction::id);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
