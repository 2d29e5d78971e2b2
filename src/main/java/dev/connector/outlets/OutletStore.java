package dev.connector.outlets;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for outlets, their bills and items: filter columns plus the API shape in {@code doc}. */
public final class OutletStore {

    private final Documents documents;

    public OutletStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, Outlet outlet) {
        handle.createUpdate("""
                        INSERT INTO outlets (id, enterprise_id, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :updated, :doc)""")
                .bind("id", outlet.id().toString())
                .bind("enterpriseId", outlet.enterpriseId().toString())
                .bind("updated", outlet.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(outlet))
                .execute();
    }

    /** The outlet, when it belongs to one of the enterprises. */
    public Optional<Outlet> outlet(Handle handle, List<UUID> enterpriseIds, UUID outletId) {
        Filter filter = Filter.where().in("enterprise_id", enterpriseIds).eq("id", outletId.toString());
        return filter.bind(handle.createQuery("SELECT doc FROM outlets WHERE " + filter.conditions()))
                .map(documents.rowMapper(Outlet.class))
                .findOne();
    }

    public Page<Outlet> outlets(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "o.doc", "outlets o", "o", filter, limitation,
                documents.rowMapper(Outlet.class), Outlet::id);
    }

    public void insert(Handle handle, OutletBill bill) {
        handle.createUpdate("""
                        INSERT INTO outlet_bills (id, enterprise_id, outlet_id, closed_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :outletId, :closed, :updated, :doc)""")
                .bind("id", bill.id().toString())
                .bind("enterpriseId", bill.enterpriseId().toString())
                .bind("outletId", bill.outletId().toString())
                .bind("closed", bill.closedUtc().toEpochMilli())
                .bind("updated", bill.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(bill))
                .execute();
    }

    public void insert(Handle handle, OutletItem item, Instant closedUtc) {
        BigDecimal count = BigDecimal.valueOf(item.unitCount());
        handle.createUpdate("""
                        INSERT INTO outlet_items (id, enterprise_id, bill_id, type, gross_value, net_value, consumed_utc,
                            closed_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :billId, :type, :gross, :net, :consumed, :closed, :updated, :doc)""")
                .bind("id", item.id().toString())
                .bind("enterpriseId", item.enterpriseId().toString())
                .bind("billId", item.billId().toString())
                .bind("type", item.type().name())
                .bind("gross", item.unitAmount().grossValue().multiply(count))
                .bind("net", item.unitAmount().netValue().multiply(count))
                .bind("consumed", item.consumedUtc().toEpochMilli())
                .bind("closed", closedUtc.toEpochMilli())
                .bind("updated", item.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(item))
                .execute();
    }

    /** Items joined to their bills' closing time, for the ClosedUtc filter. */
    public Page<OutletItem> items(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "i.doc", "outlet_items i", "i", filter, limitation,
                documents.rowMapper(OutletItem.class), OutletItem::id);
    }

    public List<OutletBill> bills(Handle handle, List<UUID> billIds) {
        if (billIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT doc FROM outlet_bills WHERE id IN (<ids>) ORDER BY seq")
                .bindList("ids", billIds.stream().map(UUID::toString).toList())
                .map(documents.rowMapper(OutletBill.class))
                .list();
    }

    /** The id of the enterprise's accounting category with this code, if any. */
    public Optional<UUID> accountingCategoryByCode(Handle handle, UUID enterpriseId, String code) {
        return handle.createQuery("""
                        SELECT id FROM accounting_categories WHERE enterprise_id = :enterpriseId AND code = :code
                        ORDER BY seq""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("code", code)
                .mapTo(String.class)
                .findFirst()
                .map(UUID::fromString);
    }
}
