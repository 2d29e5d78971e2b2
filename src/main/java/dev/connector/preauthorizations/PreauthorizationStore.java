package dev.connector.preauthorizations;

import dev.connector.store.Documents;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for preauthorizations. */
public final class PreauthorizationStore {

    private final Documents documents;

    public PreauthorizationStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID enterpriseId, Preauthorization preauthorization) {
        handle.createUpdate("""
                        INSERT INTO preauthorizations (id, enterprise_id, customer_id, doc)
                        VALUES (:id, :enterpriseId, :customerId, :doc)""")
                .bind("id", preauthorization.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("customerId", preauthorization.customerId().toString())
                .bind("doc", documents.write(preauthorization))
                .execute();
    }

    public List<Preauthorization> ofCustomers(Handle handle, List<UUID> enterpriseIds, List<UUID> customerIds) {
        return handle.createQuery("""
                        SELECT doc FROM preauthorizations
                        WHERE enterprise_id IN (<enterpriseIds>) AND customer_id IN (<customerIds>) ORDER BY seq""")
                .bindList("enterpriseIds", enterpriseIds.stream().map(UUID::toString).toList())
                .bindList("customerIds", customerIds.stream().map(UUID::toString).toList())
                .map(documents.rowMapper(Preauthorization.class))
                .list();
    }
}
