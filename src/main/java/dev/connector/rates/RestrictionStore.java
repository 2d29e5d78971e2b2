package dev.connector.rates;

import dev.connector.api.Limitation;
import dev.connector.store.Columns;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for restrictions. */
public final class RestrictionStore {

    private final Documents documents;

    public RestrictionStore(Documents documents) {
        this.documents = documents;
    }

    /** Stores a restriction; {@code integrationId} is the integration that created it, null for users. */
    public void insert(Handle handle, UUID enterpriseId, UUID integrationId, Restriction restriction, Instant now) {
        Restriction.Conditions conditions = restriction.conditions();
        handle.createUpdate("""
                        INSERT INTO restrictions (id, enterprise_id, service_id, origin, integration_id, exact_rate_id,
                            base_rate_id, rate_group_id, resource_category_id, start_utc, end_utc, created_utc,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :origin, :integrationId, :exactRateId, :baseRateId,
                            :rateGroupId, :categoryId, :start, :end, :now, :now, :doc)""")
                .bind("id", restriction.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("integrationId", Columns.text(integrationId))
                .bind("serviceId", restriction.serviceId().toString())
                .bind("origin", restriction.origin())
                .bind("exactRateId", Columns.text(conditions.exactRateId()))
                .bind("baseRateId", Columns.text(conditions.baseRateId()))
                .bind("rateGroupId", Columns.text(conditions.rateGroupId()))
                .bind("categoryId", Columns.text(conditions.resourceCategoryId()))
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

    /** The restrictions of the service that the integration created, oldest first. */
    public List<Restriction> createdBy(Handle handle, UUID serviceId, UUID integrationId) {
        return handle.createQuery("SELECT doc FROM restrictions WHERE service_id = :serviceId"
                        + " AND integration_id = :integrationId ORDER BY seq")
                .bind("serviceId", serviceId.toString())
                .bind("integrationId", integrationId.toString())
                .map(documents.rowMapper(Restriction.class))
                .list();
    }

    /** The restrictions with the given ids and who created them (null for users), within the enterprises. */
    public Map<Restriction, Optional<UUID>> withCreators(Handle handle, List<UUID> enterpriseIds, List<UUID> ids) {
        Map<Restriction, Optional<UUID>> found = new LinkedHashMap<>();
        if (ids.isEmpty() || enterpriseIds.isEmpty()) {
            return found;
        }
        handle.createQuery("SELECT doc, integration_id FROM restrictions WHERE id IN (<ids>)"
                        + " AND enterprise_id IN (<enterprises>) ORDER BY seq")
                .bindList("ids", ids.stream().map(UUID::toString).toList())
                .bindList("enterprises", enterpriseIds.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> Map.entry(documents.read(rs.getString("doc"), Restriction.class),
                        Optional.ofNullable(rs.getString("integration_id")).map(UUID::fromString)))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    public void delete(Handle handle, UUID restrictionId) {
        handle.createUpdate("DELETE FROM restrictions WHERE id = :id").bind("id", restrictionId.toString()).execute();
    }

    public int count(Handle handle, UUID serviceId) {
        return handle.createQuery("SELECT COUNT(*) FROM restrictions WHERE service_id = :serviceId")
                .bind("serviceId", serviceId.toString())
                .mapTo(Integer.class)
                .one();
    }
}
