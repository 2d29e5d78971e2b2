package dev.connector.routingrules;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for routing rules. */
final class RoutingRuleStore {

    private final Documents documents;

    RoutingRuleStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, RoutingRule rule) {
        handle.createUpdate("""
                        INSERT INTO routing_rules (id, enterprise_id, company_id, service_id, company_relation,
                            applicability, route_type, routes_nights, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :companyId, :serviceId, :relation, :applicability, :routeType,
                            :routesNights, :updatedUtc, :doc)""")
                .bind("id", rule.id().toString())
                .bind("enterpriseId", rule.enterpriseId().toString())
                .bind("companyId", rule.companyId().toString())
                .bind("serviceId", rule.serviceId() == null ? null : rule.serviceId().toString())
                .bind("relation", rule.companyRelation().name())
                .bind("applicability", rule.applicability().name())
                .bind("routeType", rule.routeType().name())
                .bind("routesNights", rule.routesNights())
                .bind("updatedUtc", rule.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(rule))
                .execute();
    }

    void update(Handle handle, RoutingRule rule) {
        handle.createUpdate("""
                        UPDATE routing_rules SET company_id = :companyId, service_id = :serviceId,
                            company_relation = :relation, applicability = :applicability, route_type = :routeType,
                            routes_nights = :routesNights,
                            updated_utc = :updatedUtc, doc = :doc
                        WHERE id = :id""")
                .bind("id", rule.id().toString())
                .bind("companyId", rule.companyId().toString())
                .bind("serviceId", rule.serviceId() == null ? null : rule.serviceId().toString())
                .bind("relation", rule.companyRelation().name())
                .bind("applicability", rule.applicability().name())
                .bind("routeType", rule.routeType().name())
                .bind("routesNights", rule.routesNights())
                .bind("updatedUtc", rule.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(rule))
                .execute();
    }

    void delete(Handle handle, UUID ruleId) {
        handle.createUpdate("DELETE FROM routing_rules WHERE id = :id").bind("id", ruleId.toString()).execute();
    }

    List<RoutingRule> find(Handle handle, List<UUID> ruleIds, UUID enterpriseId) {
        Filter filter = Filter.where().in("id", ruleIds).eq("enterprise_id", enterpriseId);
        return filter.bind(handle.createQuery("SELECT doc FROM routing_rules WHERE " + filter.conditions()))
                .map(documents.rowMapper(RoutingRule.class))
                .list();
    }

    Page<RoutingRule> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "routing_rules", "routing_rules", filter, limitation,
                documents.rowMapper(RoutingRule.class), RoutingRule::id);
    }
}
