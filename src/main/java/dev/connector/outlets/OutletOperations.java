package dev.connector.outlets;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.orders.ChargedAmounts;
import dev.connector.rates.Amount;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** {@code outlets/getAll}, {@code outletItems/getAll} and {@code outletBills/add}. */
public final class OutletOperations {

    private final Transactions transactions;
    private final OutletStore store;
    private final EnterpriseStore enterprises;
    private final ChargedAmounts amounts;
    private final Supplier<UUID> ids;

    public OutletOperations(Transactions transactions, OutletStore store, EnterpriseStore enterprises,
                            ChargedAmounts amounts, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.amounts = amounts;
        this.ids = ids;
    }

    public record OutletsRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> outletIds,
                                 TimeInterval updatedUtc) {
    }

    public record OutletsResult(List<Outlet> outlets, UUID cursor) {
    }

    public OutletsResult outlets(OutletsRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.outletIds(), 1000, "OutletIds");
        Filter filter = Filter.where()
                .in("o.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("o.id", request.outletIds())
                .within("o.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc",
                        TimeInterval.THREE_MONTHS));
        Page<Outlet> page = transactions.read(handle -> store.outlets(handle, filter, limitation));
        return new OutletsResult(page.items(), page.cursor());
    }

    public record ItemsRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> ids,
                               TimeInterval consumedUtc, TimeInterval updatedUtc, TimeInterval closedUtc,
                               String currency) {
    }

    public record ItemsResult(List<OutletItem> outletItems, List<OutletBill> outletBills, UUID cursor) {
    }

    public ItemsResult items(ItemsRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.ids(), 1000, "Ids");
        if (request.ids() == null && request.consumedUtc() == null && request.updatedUtc() == null
                && request.closedUtc() == null) {
            throw new InvalidRequest("ConsumedUtc is required when no other filter (Ids, UpdatedUtc, ClosedUtc) is "
                    + "given.");
        }
        Filter filter = Filter.where()
                .in("i.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("i.id", request.ids())
                .within("i.consumed_utc", TimeInterval.validate(request.consumedUtc(), "ConsumedUtc",
                        TimeInterval.THREE_MONTHS))
                .within("i.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc",
                        TimeInterval.THREE_MONTHS))
                .within("i.closed_utc", TimeInterval.validate(request.closedUtc(), "ClosedUtc",
                        TimeInterval.THREE_MONTHS));
        return transactions.read(handle -> {
            Page<OutletItem> page = store.items(handle, filter, limitation);
            List<UUID> billIds = page.items().stream().map(OutletItem::billId).distinct().toList();
            return new ItemsResult(page.items(), store.bills(handle, billIds), page.cursor());
        });
    }

    public record CategoryParameters(String code, String name) {
    }

    public record CostParameters(BigDecimal amount, String currency, BigDecimal tax) {
    }

    public record NewItem(String name, Integer unitCount, ChargedAmounts.Parameters unitAmount, Instant consumedUtc,
                          String type, String externalIdentifier, String notes, UUID accountingCategoryId,
                          CategoryParameters accountingCategory, CostParameters unitCost) {
    }

    public record NewBill(UUID outletId, String number, String closedUtc, List<NewItem> items, UUID accountId,
                          String notes) {
    }

    public record AddBillsRequest(List<NewBill> bills) {
    }

    public record AddBillsResult(List<UUID> outletBillIds) {
    }

    public AddBillsResult addBills(AddBillsRequest request, Caller caller) {
        List<NewBill> bills = Require.notEmpty(Require.present(request.bills(), "Bills"), "Bills");
        Require.atMost(bills, 1000, "Bills");
        return transactions.write(tx -> {
            List<UUID> added = new ArrayList<>();
            for (int i = 0; i < bills.size(); i++) {
                added.add(addBill(tx, caller, Require.present(bills.get(i), "Bills[" + i + "]"), "Bills[" + i + "]"));
            }
            return new AddBillsResult(added);
        });
    }

    private UUID addBill(Tx tx, Caller caller, NewBill bill, String field) {
        Require.present(bill.outletId(), field + ".OutletId");
        Require.text(bill.number(), field + ".Number");
        Require.maxLength(bill.number(), 255, field + ".Number");
        Instant closedUtc = instant(Require.text(bill.closedUtc(), field + ".ClosedUtc"), field + ".ClosedUtc");
        List<NewItem> items = Require.notEmpty(Require.present(bill.items(), field + ".Items"), field + ".Items");
        Outlet outlet = store.outlet(tx.handle(), caller.enterpriseIds(), bill.outletId())
                .orElseThrow(() -> new InvalidRequest(field + ".OutletId " + bill.outletId()
                        + " is not an outlet of the enterprise."));
        Enterprise enterprise = enterprises.find(tx.handle(), outlet.enterpriseId())
                .orElseThrow(() -> new IllegalStateException("No enterprise " + outlet.enterpriseId()));
        UUID billId = ids.get();
        store.insert(tx.handle(), new OutletBill(billId, enterprise.id(), outlet.id(), bill.number(), closedUtc,
                tx.now(), bill.notes()));
        for (int i = 0; i < items.size(); i++) {
            NewItem item = Require.present(items.get(i), field + ".Items[" + i + "]");
            String itemField = field + ".Items[" + i + "]";
            Require.text(item.name(), itemField + ".Name");
            Require.present(item.unitCount(), itemField + ".UnitCount");
            if (item.unitCount() < 1) {
                throw new InvalidRequest(itemField + ".UnitCount must be at least 1.");
            }
            Require.present(item.consumedUtc(), itemField + ".ConsumedUtc");
            OutletItem.Type type = type(item.type(), itemField + ".Type");
            Amount unit = amounts.of(item.unitAmount(), enterprise, itemField + ".UnitAmount");
            UUID categoryId = item.accountingCategoryId();
            if (categoryId == null && item.accountingCategory() != null && item.accountingCategory().code() != null) {
                categoryId = store.accountingCategoryByCode(tx.handle(), enterprise.id(),
                        item.accountingCategory().code()).orElse(null);
            }
            Object unitCost = item.unitCost() == null ? null : Map.of("Currency", item.unitCost().currency(),
                    "Value", item.unitCost().amount());
            store.insert(tx.handle(), new OutletItem(ids.get(), enterprise.id(), billId, categoryId, type, item.name(),
                    item.unitCount(), unit, tx.now(), tx.now(), item.consumedUtc(), item.externalIdentifier(),
                    item.notes(), null, unitCost), closedUtc);
        }
        return billId;
    }

    private static OutletItem.Type type(String value, String field) {
        if (value == null) {
            return OutletItem.Type.Revenue;
        }
        try {
            return OutletItem.Type.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field + " must be Revenue, NonRevenue or Payment.");
        }
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + " must be a UTC time in ISO 8601 format.");
        }
    }
}
