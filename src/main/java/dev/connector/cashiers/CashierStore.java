package dev.connector.cashiers;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for cashiers and their transactions: filter columns plus the API shape in {@code doc}. */
public final class CashierStore {

    private final Documents documents;

    public CashierStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, Cashier cashier) {
        handle.createUpdate("""
                        INSERT INTO cashiers (id, enterprise_id, is_active, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :active, :updated, :doc)""")
                .bind("id", cashier.id().toString())
                .bind("enterpriseId", cashier.enterpriseId().toString())
                .bind("active", cashier.isActive())
                .bind("updated", cashier.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(cashier))
                .execute();
    }

    /** The enterprise's first active cashier, which takes the cash payments made through the API. */
    public Optional<Cashier> defaultCashier(Handle handle, UUID enterpriseId) {
        return handle.createQuery("""
                        SELECT doc FROM cashiers WHERE enterprise_id = :enterpriseId AND is_active = :active
                        ORDER BY seq""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("active", true)
                .map(documents.rowMapper(Cashier.class))
                .findFirst();
    }

    public Page<Cashier> cashiers(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "c.doc", "cashiers c", "c", filter, limitation,
                documents.rowMapper(Cashier.class), Cashier::id);
    }

    public void insert(Handle handle, CashierTransaction transaction) {
        handle.createUpdate("""
                        INSERT INTO cashier_transactions (id, enterprise_id, cashier_id, payment_id, created_utc, doc)
                        VALUES (:id, :enterpriseId, :cashierId, :paymentId, :created, :doc)""")
                .bind("id", transaction.id().toString())
                .bind("enterpriseId", transaction.enterpriseId().toString())
                .bind("cashierId", transaction.cashierId().toString())
                .bind("paymentId", transaction.paymentId() == null ? null : transaction.paymentId().toString())
                .bind("created", transaction.createdUtc().toEpochMilli())
                .bind("doc", documents.write(transaction))
                .execute();
    }

    public Page<CashierTransaction> transactions(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "t.doc", "cashier_transactions t", "t", filter, limitation,
                documents.rowMapper(CashierTransaction.class), CashierTransaction::id);
    }
}
