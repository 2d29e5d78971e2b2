package dev.connector.rules;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import org.jdbi.v3.core.Handle;

/** SQL for reservation rules. */
public final class RuleStore {

    private final Documents documents;

    public RuleStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, Rule.Stored stored) {
        handle.createUpdate("""
                        INSERT INTO reservation_rules (id, enterprise_id, service_id, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :updated, :doc)""")
                .bind("id", stored.rule().id().toString())
                .bind("enterpriseId", stored.enterpriseId().toString())
                .bind("serviceId", stored.rule().serviceId().toString())
                .bind("updated", stored.rule().updatedUtc().toEpochMilli())
                .bind("doc", documents.write(stored))
                .execute();
    }

    public Page<Rule.Stored> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "r.doc", "reservation_rules r", "r", filter, limitation,
                documents.rowMapper(Rule.Stored.class), stored -> stored.rule().id());
    }
}
