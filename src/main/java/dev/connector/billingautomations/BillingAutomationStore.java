package dev.connector.billingautomations;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for billing automations; deleted ones are kept, marked, and no longer listed. */
final class BillingAutomationStore {

    private final Documents documents;

    BillingAutomationStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, BillingAutomation automation, Instant now) {
        handle.createUpdate("""
                        INSERT INTO billing_automations (id, enterprise_id, is_deleted, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :deleted, :updated, :doc)""")
                .bind("id", automation.id().toString())
                .bind("enterpriseId", automation.enterpriseId().toString())
                .bind("deleted", false)
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(automation))
                .execute();
    }

    void update(Handle handle, BillingAutomation automation, Instant now) {
        handle.createUpdate("UPDATE billing_automations SET updated_utc = :updated, doc = :doc WHERE id = :id")
                .bind("id", automation.id().toString())
                .bind("updated", now.toEpochMilli())
                .bind("doc", documents.write(automation))
                .execute();
    }

    void delete(Handle handle, UUID id, Instant now) {
        handle.createUpdate("UPDATE billing_automations SET is_deleted = :deleted, updated_utc = :updated WHERE id = :id")
                .bind("id", id.toString())
                .bind("deleted", true)
                .bind("updated", now.toEpochMilli())
                .execute();
    }

    Optional<BillingAutomation> find(Handle handle, UUID enterpriseId, UUID id) {
        return handle.createQuery("""
                        SELECT doc FROM billing_automations
                        WHERE id = :id AND enterprise_id = :enterpriseId AND is_deleted = :deleted""")
                .bind("id", id.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("deleted", false)
                .map(documents.rowMapper(BillingAutomation.class))
                .findOne();
    }

    Page<BillingAutomation> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "b.doc", "billing_automations b", "b", filter.eq("b.is_deleted", false),
                limitation, documents.rowMapper(BillingAutomation.class), BillingAutomation::id);
    }
}
