package dev.connector.payments;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The deprecated {@code customers/getOpenItems} (a customer's open order items and payments) and
 * {@code reservations/getAllItems} (a reservation's order items), still linked from use-case pages. Items are in
 * the enterprise currency; converting them is not offered, so another Currency is refused.
 */
public final class LegacyItemOperations {

    private static final int LIMIT = 10_000;

    private final Transactions transactions;
    private final BillingStore store;

    public LegacyItemOperations(Transactions transactions, BillingStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public record OpenItemsRequest(List<UUID> customerIds, String currency) {
        public OpenItemsRequest {
            Require.notEmpty(customerIds, "CustomerIds");
            Require.atMost(customerIds, 1000, "CustomerIds");
        }
    }

    public record CustomerItems(UUID customerId, List<Object> items, List<OrderItemOld> orderItems,
                                List<PaymentItemOld> paymentItems) {
    }

    public record OpenItemsResult(List<CustomerItems> customers) {
    }

    public OpenItemsResult openItems(OpenItemsRequest request, Caller caller) {
        List<UUID> customerIds = request.customerIds().stream().distinct().toList();
        return transactions.read(handle -> {
            requireCurrency(handle, caller, request.currency());
            Set<UUID> known = known(handle, "SELECT id FROM customers WHERE chain_id IN (<scope>) AND id IN (<ids>)",
                    caller.chainIds(), customerIds);
            List<CustomerItems> result = new ArrayList<>();
            for (UUID customerId : customerIds) {
                if (!known.contains(customerId)) {
                    throw new InvalidRequest("CustomerIds contains " + customerId + ", which is not a customer.");
                }
                List<OrderItemOld> orderItems = store.allOrderItems(handle, Filter.where()
                                .in("o.enterprise_id", caller.enterpriseIds()).eq("o.account_id", customerId)
                                .eq("o.accounting_state", AccountingState.Open), LIMIT)
                        .stream().map(OrderItemOld::of).toList();
                List<PaymentItemOld> paymentItems = store.allPayments(handle, Filter.where()
                                .in("p.enterprise_id", caller.enterpriseIds()).eq("p.account_id", customerId)
                                .eq("p.accounting_state", AccountingState.Open), LIMIT)
                        .stream().map(PaymentItemOld::of).toList();
                result.add(new CustomerItems(customerId, List.of(), orderItems, paymentItems));
            }
            return new OpenItemsResult(result);
        });
    }

    public record ReservationItemsRequest(List<UUID> reservationIds, String currency, List<String> accountingStates) {
        public ReservationItemsRequest {
            Require.notEmpty(reservationIds, "ReservationIds");
            Require.atMost(reservationIds, 1000, "ReservationIds");
        }
    }

    public record ReservationItems(UUID reservationId, List<Object> items, List<OrderItemOld> orderItems) {
    }

    public record ReservationItemsResult(List<ReservationItems> reservations) {
    }

    public ReservationItemsResult reservationItems(ReservationItemsRequest request, Caller caller) {
        List<UUID> reservationIds = request.reservationIds().stream().distinct().toList();
        List<AccountingState> states = request.accountingStates() == null || request.accountingStates().isEmpty()
                ? List.of(AccountingState.Open, AccountingState.Closed)
                : request.accountingStates().stream().map(LegacyItemOperations::state).toList();
        return transactions.read(handle -> {
            requireCurrency(handle, caller, request.currency());
            Set<UUID> known = known(handle,
                    "SELECT id FROM reservations WHERE enterprise_id IN (<scope>) AND id IN (<ids>)",
                    caller.enterpriseIds(), reservationIds);
            List<ReservationItems> result = new ArrayList<>();
            for (UUID reservationId : reservationIds) {
                if (!known.contains(reservationId)) {
                    throw new InvalidRequest("ReservationIds contains " + reservationId
                            + ", which is not a reservation of the enterprise.");
                }
                List<OrderItemOld> orderItems = store.allOrderItems(handle, Filter.where()
                                .eq("o.service_order_id", reservationId).in("o.accounting_state", states), LIMIT)
                        .stream().map(OrderItemOld::of).toList();
                result.add(new ReservationItems(reservationId, List.of(), orderItems));
            }
            return new ReservationItemsResult(result);
        });
    }

    private static Set<UUID> known(Handle handle, String sql, List<UUID> scope, List<UUID> ids) {
        return handle.createQuery(sql)
                .bindList("scope", scope.stream().map(UUID::toString).toList())
                .bindList("ids", ids.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> UUID.fromString(rs.getString("id")))
                .set();
    }

    private static void requireCurrency(Handle handle, Caller caller, String currency) {
        if (currency == null || currency.isBlank()) {
            return;
        }
        List<String> currencies = handle.createQuery("SELECT DISTINCT currency_code FROM enterprises WHERE id IN (<ids>)")
                .bindList("ids", caller.enterpriseIds().stream().map(UUID::toString).toList())
                .mapTo(String.class)
                .list();
        if (currencies.stream().noneMatch(currency::equalsIgnoreCase)) {
            throw new Forbidden("Items are reported in " + String.join(", ", currencies)
                    + "; converting them to " + currency + " is not offered. Leave Currency out.");
        }
    }

    private static AccountingState state(String name) {
        try {
            return AccountingState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("AccountingStates may only contain " + Arrays.stream(AccountingState.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
