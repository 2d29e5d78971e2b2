package dev.connector.accounting;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for accounting categories, product categories and counters: filter columns plus the API shape in doc. */
public final class AccountingStore {

    private final Documents documents;

    public AccountingStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, AccountingCategory category) {
        handle.createUpdate("""
                        INSERT INTO accounting_categories (id, enterprise_id, code, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :code, :active, :updated, :doc)""")
                .bind("id", category.id().toString())
                .bind("enterpriseId", category.enterpriseId().toString())
                .bind("code", category.code())
                .bind("active", category.isActive())
                .bind("updated", category.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(category))
                .execute();
    }

    public Page<AccountingCategory> accountingCategories(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "a.doc", "accounting_categories a", "a", filter, limitation,
                documents.rowMapper(AccountingCategory.class), AccountingCategory::id);
    }

    public void insert(Handle handle, ProductCategory category) {
        handle.createUpdate("""
                        INSERT INTO product_categories (id, enterprise_id, service_id, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :updated, :doc)""")
                .bind("id", category.id().toString())
                .bind("enterpriseId", category.enterpriseId().toString())
                .bind("serviceId", category.serviceId().toString())
                .bind("updated", category.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(category))
                .execute();
    }

    public Page<ProductCategory> productCategories(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "p.doc", "product_categories p", "p", filter, limitation,
                documents.rowMapper(ProductCategory.class), ProductCategory::id);
    }

    /** Adds a counter whose value is the enterprise counter {@code counterName} (e.g. "bill"). */
    public void insert(Handle handle, Counter counter, String counterName) {
        handle.createUpdate("""
                        INSERT INTO counters (id, enterprise_id, type, counter_name, is_default, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :type, :counterName, :isDefault, :updated, :doc)""")
                .bind("id", counter.id().toString())
                .bind("enterpriseId", counter.enterpriseId().toString())
                .bind("type", counter.type())
                .bind("counterName", counterName)
                .bind("isDefault", counter.isDefault())
                .bind("updated", counter.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(counter))
                .execute();
    }

    public Page<Counter> counters(Handle handle, Filter filter, Limitation limitation) {
        Page<Counter> page = PageQuery.fetch(handle, "c.doc", "counters c", "c", filter, limitation,
                documents.rowMapper(Counter.class), Counter::id);
        return page.map(counter -> counter.withValue(currentValue(handle, counter.id())));
    }

    private static long currentValue(Handle handle, UUID counterId) {
        return handle.createQuery("""
                        SELECT COALESCE(MAX(e.last_value), 0) FROM counters c
                        LEFT JOIN enterprise_counters e ON e.enterprise_id = c.enterprise_id AND e.name = c.counter_name
                        WHERE c.id = :id""")
                .bind("id", counterId.toString())
                .mapTo(Long.class)
                .one();
    }
}
