package dev.connector.payments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.Limitation;
import dev.connector.store.Columns;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for bills, order items and payments: filter columns plus the API shape in {@code doc}. */
public final class BillingStore {

    private final Documents documents;

    public BillingStore(Documents documents) {
        this.documents = documents;
    }

    /** How this store reads and writes its documents, for the rules the ledger reads alongside. */
    Documents documents() {
        return documents;
    }

    // -- bills --

    public void insert(Handle handle, Bill bill) {
        handle.createUpdate("""
                        INSERT INTO bills (id, enterprise_id, account_id, state, created_utc, updated_utc, closed_utc, doc)
                        VALUES (:id, :enterpriseId, :accountId, :state, :created, :updated, :closed, :doc)""")
                .bind("id", bill.id().toString())
                .bind("enterpriseId", bill.enterpriseId().toString())
                .bind("accountId", bill.accountId().toString())
                .bind("state", bill.state())
                .bind("created", bill.createdUtc().toEpochMilli())
                .bind("updated", bill.updatedUtc().toEpochMilli())
                .bind("closed", millis(bill.issuedUtc()))
                .bind("doc", documents.write(bill))
                .execute();
    }

    public void update(Handle handle, Bill bill) {
        handle.createUpdate("""
                        UPDATE bills SET account_id = :accountId, state = :state, updated_utc = :updated,
                            closed_utc = :closed, doc = :doc
                        WHERE id = :id""")
                .bind("id", bill.id().toString())
                .bind("accountId", bill.accountId().toString())
                .bind("state", bill.state())
                .bind("updated", bill.updatedUtc().toEpochMilli())
                .bind("closed", millis(bill.issuedUtc()))
                .bind("doc", documents.write(bill))
                .execute();
    }

    public Optional<Bill> bill(Handle handle, UUID enterpriseId, UUID billId) {
        return handle.createQuery("SELECT doc FROM bills WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", billId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map(documents.rowMapper(Bill.class))
                .findOne();
    }

    /** A bill counter of the enterprise: its id, the enterprise counter its numbers come from, and its format. */
    public record BillCounter(UUID id, String counterName, String format) {
    }

    /**
     * The enterprise's bill counter {@code counterId}, or when it is null the one for {@code type}: the counter of
     * invoices for an Invoice when there is one, else the default counter.
     */
    public Optional<BillCounter> billCounter(Handle handle, UUID enterpriseId, UUID counterId, String type) {
        String condition = counterId != null ? "id = :id"
                : "Invoice".equals(type) ? "(counter_name = 'invoice' OR is_default = :isDefault)"
                : "is_default = :isDefault";
        var query = handle.createQuery("SELECT id, counter_name, doc FROM counters WHERE enterprise_id = :enterpriseId"
                        + " AND type = 'BillCounter' AND " + condition
                        + " ORDER BY CASE WHEN counter_name = 'invoice' THEN 0 ELSE 1 END, seq")
                .bind("enterpriseId", enterpriseId.toString());
        if (counterId != null) {
            query.bind("id", counterId.toString());
        } else {
            query.bind("isDefault", true);
        }
        return query.map((rs, ctx) -> new BillCounter(UUID.fromString(rs.getString("id")),
                        rs.getString("counter_name"),
                        documents.read(rs.getString("doc"), JsonNode.class).path("Format").asText("{0}")))
                .findFirst();
    }

    /** Removes an empty bill. */
    public void delete(Handle handle, UUID billId) {
        handle.createUpdate("DELETE FROM bills WHERE id = :id").bind("id", billId.toString()).execute();
    }

    /** Whether any order item or payment, in any state, is or was on the bill. */
    public boolean hasItems(Handle handle, UUID billId) {
        return handle.createQuery("""
                        SELECT (SELECT COUNT(*) FROM order_items WHERE bill_id = :id)
                             + (SELECT COUNT(*) FROM payments WHERE bill_id = :id)""")
                .bind("id", billId.toString())
                .mapTo(Long.class)
                .one() > 0;
    }

    public Optional<OrderItem> orderItem(Handle handle, UUID enterpriseId, UUID itemId) {
        return handle.createQuery("SELECT doc FROM order_items WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", itemId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map(documents.rowMapper(OrderItem.class))
                .findOne();
    }

    public Optional<Payment> payment(Handle handle, UUID enterpriseId, UUID paymentId) {
        return handle.createQuery("SELECT doc FROM payments WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", paymentId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map(documents.rowMapper(Payment.class))
                .findOne();
    }

    /** The account's open bills in the enterprise, oldest first. */
    public List<Bill> openBills(Handle handle, UUID enterpriseId, UUID accountId) {
        return handle.createQuery("""
                        SELECT doc FROM bills WHERE enterprise_id = :enterpriseId AND account_id = :accountId
                          AND state = 'Open' ORDER BY seq""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("accountId", accountId.toString())
                .map(documents.rowMapper(Bill.class))
                .list();
    }

    public Page<Bill> bills(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "b.doc", "bills b", "b", filter, limitation,
                documents.rowMapper(Bill.class), Bill::id);
    }

    // -- order items --

    public void insert(Handle handle, OrderItem item, String night) {
        handle.createUpdate("""
                        INSERT INTO order_items (id, enterprise_id, account_id, service_id, service_order_id, bill_id, type,
                            accounting_state, night, gross_value, net_value, consumed_utc, created_utc, updated_utc,
                            closed_utc, canceled_utc, doc)
                        VALUES (:id, :enterpriseId, :accountId, :serviceId, :serviceOrderId, :billId, :type,
                            :accountingState, :night, :gross, :net, :consumed, :created, :updated, :closed, :canceled, :doc)""")
                .bind("id", item.id().toString())
                .bind("enterpriseId", item.enterpriseId().toString())
                .bind("accountId", Columns.text(item.accountId()))
                .bind("serviceId", item.serviceId().toString())
                .bind("serviceOrderId", item.serviceOrderId().toString())
                .bind("billId", Columns.text(item.billId()))
                .bind("type", item.type())
                .bind("accountingState", item.accountingState().name())
                .bind("night", night)
                .bind("gross", item.amount().grossValue())
                .bind("net", item.amount().netValue())
                .bind("consumed", item.consumedUtc().toEpochMilli())
                .bind("created", item.createdUtc().toEpochMilli())
                .bind("updated", item.updatedUtc().toEpochMilli())
                .bind("closed", millis(item.closedUtc()))
                .bind("canceled", millis(item.canceledUtc()))
                .bind("doc", documents.write(item))
                .execute();
    }

    public void update(Handle handle, OrderItem item) {
        handle.createUpdate("""
                        UPDATE order_items SET account_id = :accountId, bill_id = :billId,
                            accounting_state = :accountingState, updated_utc = :updated, closed_utc = :closed,
                            canceled_utc = :canceled, doc = :doc
                        WHERE id = :id""")
                .bind("id", item.id().toString())
                .bind("accountId", Columns.text(item.accountId()))
                .bind("billId", Columns.text(item.billId()))
                .bind("accountingState", item.accountingState().name())
                .bind("updated", item.updatedUtc().toEpochMilli())
                .bind("closed", millis(item.closedUtc()))
                .bind("canceled", millis(item.canceledUtc()))
                .bind("doc", documents.write(item))
                .execute();
    }

    /** The open order items of a service order (reservation), with the night each one charges. */
    public List<NightItem> openItemsOf(Handle handle, UUID serviceOrderId) {
        return handle.createQuery("""
                        SELECT night, doc FROM order_items
                        WHERE service_order_id = :serviceOrderId AND accounting_state = 'Open' ORDER BY seq""")
                .bind("serviceOrderId", serviceOrderId.toString())
                .map((rs, ctx) -> new NightItem(rs.getString("night"), documents.read(rs.getString("doc"), OrderItem.class)))
                .list();
    }

    /** An order item with the night it charges (null for items that are not nights). */
    public record NightItem(String night, OrderItem item) {
    }

    public List<OrderItem> itemsOfBill(Handle handle, UUID billId) {
        return handle.createQuery("SELECT doc FROM order_items WHERE bill_id = :billId ORDER BY seq")
                .bind("billId", billId.toString())
                .map(documents.rowMapper(OrderItem.class))
                .list();
    }

    public Page<OrderItem> orderItems(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "o.doc", "order_items o", "o", filter, limitation,
                documents.rowMapper(OrderItem.class), OrderItem::id);
    }

    public List<OrderItem> allOrderItems(Handle handle, Filter filter, int limit) {
        return filter.bind(handle.createQuery("SELECT o.doc FROM order_items o WHERE " + filter.conditions()
                        + " ORDER BY o.seq LIMIT :limit"))
                .bind("limit", limit)
                .map(documents.rowMapper(OrderItem.class))
                .list();
    }

    // -- payments --

    public void insert(Handle handle, Payment payment) {
        handle.createUpdate("""
                        INSERT INTO payments (id, enterprise_id, account_id, bill_id, reservation_id, type, state,
                            accounting_state, gross_value, created_utc, updated_utc, charged_utc, closed_utc, doc)
                        VALUES (:id, :enterpriseId, :accountId, :billId, :reservationId, :type, :state, :accountingState,
                            :gross, :created, :updated, :charged, :closed, :doc)""")
                .bind("id", payment.id().toString())
                .bind("enterpriseId", payment.enterpriseId().toString())
                .bind("accountId", payment.accountId().toString())
                .bind("billId", Columns.text(payment.billId()))
                .bind("reservationId", Columns.text(payment.reservationId()))
                .bind("type", payment.type())
                .bind("state", payment.state())
                .bind("accountingState", payment.accountingState().name())
                .bind("gross", payment.amount().grossValue())
                .bind("created", payment.createdUtc().toEpochMilli())
                .bind("updated", payment.updatedUtc().toEpochMilli())
                .bind("charged", millis(payment.chargedUtc()))
                .bind("closed", millis(payment.closedUtc()))
                .bind("doc", documents.write(payment))
                .execute();
    }

    public void update(Handle handle, Payment payment) {
        handle.createUpdate("""
                        UPDATE payments SET account_id = :accountId, bill_id = :billId,
                            accounting_state = :accountingState, updated_utc = :updated, closed_utc = :closed, doc = :doc
                        WHERE id = :id""")
                .bind("id", payment.id().toString())
                .bind("accountId", payment.accountId().toString())
                .bind("billId", Columns.text(payment.billId()))
                .bind("accountingState", payment.accountingState().name())
                .bind("updated", payment.updatedUtc().toEpochMilli())
                .bind("closed", millis(payment.closedUtc()))
                .bind("doc", documents.write(payment))
                .execute();
    }

    public List<Payment> paymentsOfBill(Handle handle, UUID billId) {
        return handle.createQuery("SELECT doc FROM payments WHERE bill_id = :billId ORDER BY seq")
                .bind("billId", billId.toString())
                .map(documents.rowMapper(Payment.class))
                .list();
    }

    public Page<Payment> payments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "p.doc", "payments p", "p", filter, limitation,
                documents.rowMapper(Payment.class), Payment::id);
    }

    public List<Payment> allPayments(Handle handle, Filter filter, int limit) {
        return filter.bind(handle.createQuery("SELECT p.doc FROM payments p WHERE " + filter.conditions()
                        + " ORDER BY p.seq LIMIT :limit"))
                .bind("limit", limit)
                .map(documents.rowMapper(Payment.class))
                .list();
    }

    // -- balances --

    /**
     * What the account owes in the enterprise: its open order items consumed by {@code asOf}, less its open
     * payments (stored negative), in the enterprise currency.
     */
    public BigDecimal consumedBalance(Handle handle, UUID enterpriseId, UUID accountId, Instant asOf) {
        BigDecimal items = handle.createQuery("""
                        SELECT COALESCE(SUM(gross_value), 0) FROM order_items
                        WHERE enterprise_id = :enterpriseId AND account_id = :accountId AND accounting_state = 'Open'
                          AND consumed_utc <= :asOf""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("accountId", accountId.toString())
                .bind("asOf", asOf.toEpochMilli())
                .mapTo(BigDecimal.class)
                .one();
        BigDecimal payments = handle.createQuery("""
                        SELECT COALESCE(SUM(gross_value), 0) FROM payments
                        WHERE enterprise_id = :enterpriseId AND account_id = :accountId AND accounting_state = 'Open'""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("accountId", accountId.toString())
                .mapTo(BigDecimal.class)
                .one();
        return items.add(payments).setScale(2, RoundingMode.HALF_UP);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
