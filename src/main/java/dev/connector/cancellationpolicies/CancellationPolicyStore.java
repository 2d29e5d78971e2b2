package dev.connector.cancellationpolicies;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for cancellation policies, and the rate groups of the rates and reservations they are asked for. */
public final class CancellationPolicyStore {

    private final Documents documents;

    public CancellationPolicyStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID enterpriseId, UUID serviceId, CancellationPolicy policy) {
        handle.createUpdate("""
                        INSERT INTO cancellation_policies (id, enterprise_id, service_id, rate_group_id, is_active,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :groupId, :active, :updated, :doc)""")
                .bind("id", policy.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", serviceId.toString())
                .bind("groupId", policy.rateGroupId().toString())
                .bind("active", policy.isActive())
                .bind("updated", policy.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(policy))
                .execute();
    }

    public Page<CancellationPolicy> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "cancellation_policies", "cancellation_policies", filter, limitation,
                documents.rowMapper(CancellationPolicy.class), CancellationPolicy::id);
    }

    /** The active policies of a rate group, oldest first. */
    public List<CancellationPolicy> ofGroup(Handle handle, UUID rateGroupId) {
        return handle.createQuery("SELECT doc FROM cancellation_policies WHERE rate_group_id = :groupId"
                        + " AND is_active = :active ORDER BY seq")
                .bind("groupId", rateGroupId.toString())
                .bind("active", true)
                .map(documents.rowMapper(CancellationPolicy.class))
                .list();
    }

    /** The rate group of each rate of the enterprises, by rate id (rates elsewhere are left out). */
    public Map<UUID, UUID> groupsOfRates(Handle handle, List<UUID> enterpriseIds, List<UUID> rateIds) {
        return pairs(handle, "SELECT id, group_id FROM rates WHERE id IN (<ids>) AND enterprise_id IN (<enterprises>)",
                enterpriseIds, rateIds);
    }

    /** The rate of each reservation of the enterprises, by reservation id. */
    public Map<UUID, UUID> ratesOfReservations(Handle handle, List<UUID> enterpriseIds, List<UUID> reservationIds) {
        return pairs(handle, "SELECT id, rate_id FROM reservations WHERE id IN (<ids>)"
                + " AND enterprise_id IN (<enterprises>)", enterpriseIds, reservationIds);
    }

    private static Map<UUID, UUID> pairs(Handle handle, String sql, List<UUID> enterpriseIds, List<UUID> ids) {
        Map<UUID, UUID> pairs = new LinkedHashMap<>();
        if (ids.isEmpty() || enterpriseIds.isEmpty()) {
            return pairs;
        }
        handle.createQuery(sql)
                .bindList("ids", ids.stream().map(UUID::toString).toList())
                .bindList("enterprises", enterpriseIds.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> Map.entry(UUID.fromString(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)).map(UUID::fromString)))
                .forEach(entry -> entry.getValue().ifPresent(value -> pairs.put(entry.getKey(), value)));
        return pairs;
    }
}
