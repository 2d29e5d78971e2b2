package dev.connector.payments;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code orderItems/getAll} and the deprecated {@code accountingItems/getAll}. */
public final class OrderItemOperations {

    /** The most items the deprecated accountingItems/getAll returns of each kind (it has no pagination). */
    static final int ACCOUNTING_ITEMS_LIMIT = 5000;

    private final Transactions transactions;
    private final BillingStore store;

    public OrderItemOperations(Transactions transactions, BillingStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> orderItemIds,
                                List<UUID> accountIds, List<UUID> serviceOrderIds, List<UUID> serviceIds,
                                List<UUID> billIds, TimeInterval createdUtc, TimeInterval updatedUtc,
                                TimeInterval consumedUtc, TimeInterval canceledUtc, TimeInterval closedUtc,
                                String currency, List<AccountingState> accountingStates, List<OrderItemType> types) {
    }

    public record GetAllResult(List<OrderItem> orderItems, UUID cursor) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.orderItemIds(), 1000, "OrderItemIds");
        Require.atMost(request.accountIds(), 100, "AccountIds");
        Require.atMost(request.serviceOrderIds(), 1000, "ServiceOrderIds");
        Require.atMost(request.serviceIds(), 1000, "ServiceIds");
        Require.atMost(request.billIds(), 1000, "BillIds");
        boolean anyFilter = request.orderItemIds() != null || request.accountIds() != null
                || request.serviceOrderIds() != null || request.serviceIds() != null || request.billIds() != null
                || request.createdUtc() != null || request.updatedUtc() != null || request.consumedUtc() != null
                || request.canceledUtc() != null || request.closedUtc() != null;
        if (!anyFilter) {
            throw new InvalidRequest("At least one of OrderItemIds, AccountIds, ServiceOrderIds, ServiceIds, BillIds, "
                    + "CreatedUtc, UpdatedUtc, ConsumedUtc, CanceledUtc or ClosedUtc is required.");
        }
        Filter filter = Filter.where()
                .in("o.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("o.id", request.orderItemIds())
                .in("o.account_id", request.accountIds())
                .in("o.service_order_id", request.serviceOrderIds())
                .in("o.service_id", request.serviceIds())
                .in("o.bill_id", request.billIds())
                .within("o.created_utc", TimeInterval.validate(request.createdUtc(), "CreatedUtc", TimeInterval.THREE_MONTHS))
                .within("o.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc", TimeInterval.THREE_MONTHS))
                .within("o.consumed_utc", TimeInterval.validate(request.consumedUtc(), "ConsumedUtc", TimeInterval.THREE_MONTHS))
                .within("o.canceled_utc", TimeInterval.validate(request.canceledUtc(), "CanceledUtc", TimeInterval.THREE_MONTHS))
                .within("o.closed_utc", TimeInterval.validate(request.closedUtc(), "ClosedUtc", TimeInterval.THREE_MONTHS))
                .in("o.accounting_state", request.accountingStates())
                .in("o.type", request.types());
        Page<OrderItem> page = transactions.read(handle -> store.orderItems(handle, filter, limitation));
        return new GetAllResult(page.items(), page.cursor());
    }

    public record AccountingItemsExtent(Boolean accountingItems, Boolean orderItems, Boolean paymentItems,
                                        Boolean creditCardTransactions) {
    }

    /** RebatedItemIds is read and type-checked; no item here is a rebate, so it filters nothing out. */
    public record AccountingItemsRequest(Instant startUtc, Instant endUtc, AccountingItemsExtent extent,
                                         List<UUID> itemIds, List<UUID> rebatedItemIds, TimeInterval closedUtc,
                                         TimeInterval updatedUtc, TimeInterval consumedUtc, String timeFilter,
                                         String currency, List<String> states) {
    }

    public record AccountingItemsResult(List<Object> accountingItems, List<OrderItemOld> orderItems,
                                        List<PaymentItemOld> paymentItems, List<Object> creditCardTransactions) {
    }

    public AccountingItemsResult accountingItems(AccountingItemsRequest request, Caller caller) {
        AccountingItemsExtent extent = Require.present(request.extent(), "Extent");
        TimeInterval interval = new TimeInterval(request.startUtc(), request.endUtc())
                .validate("StartUtc/EndUtc", TimeInterval.THREE_MONTHS);
        Require.atMost(request.itemIds(), 1000, "ItemIds");
        List<AccountingState> states = request.states() == null || request.states().isEmpty()
                ? List.of(AccountingState.Open, AccountingState.Closed)
                : request.states().stream().map(OrderItemOperations::accountingState).toList();
        boolean closedFilter = "Closed".equalsIgnoreCase(request.timeFilter());
        String timeColumn = closedFilter ? "closed_utc" : "consumed_utc";
        List<UUID> enterpriseIds = caller.enterpriseIds();
        return transactions.read(handle -> {
            List<OrderItemOld> orderItems = null;
            if (Boolean.TRUE.equals(extent.orderItems())) {
                Filter filter = Filter.where().in("o.enterprise_id", enterpriseIds).in("o.id", request.itemIds())
                        .within("o." + timeColumn, interval).in("o.accounting_state", states)
                        .within("o.closed_utc", request.closedUtc()).within("o.updated_utc", request.updatedUtc())
                        .within("o.consumed_utc", request.consumedUtc());
                orderItems = store.allOrderItems(handle, filter, ACCOUNTING_ITEMS_LIMIT).stream()
                        .map(OrderItemOld::of).toList();
            }
            List<PaymentItemOld> paymentItems = null;
            if (Boolean.TRUE.equals(extent.paymentItems())) {
                // A payment is consumed when it is charged.
                Filter filter = Filter.where().in("p.enterprise_id", enterpriseIds).in("p.id", request.itemIds())
                        .within("p." + (closedFilter ? "closed_utc" : "charged_utc"), interval)
                        .in("p.accounting_state", states)
                        .within("p.closed_utc", request.closedUtc()).within("p.updated_utc", request.updatedUtc())
                        .within("p.charged_utc", request.consumedUtc());
                paymentItems = store.allPayments(handle, filter, ACCOUNTING_ITEMS_LIMIT).stream()
                        .map(PaymentItemOld::of).toList();
            }
            List<Object> transactionsOfCards = Boolean.TRUE.equals(extent.creditCardTransactions()) ? List.of() : null;
            List<Object> accountingItems = Boolean.TRUE.equals(extent.accountingItems()) ? List.of() : null;
            return new AccountingItemsResult(accountingItems, orderItems, paymentItems, transactionsOfCards);
        });
    }

    private static AccountingState accountingState(String name) {
        try {
            return AccountingState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("States may only contain " + Arrays.stream(AccountingState.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
