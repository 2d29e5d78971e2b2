package dev.connector.cashiers;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.enterprises.EnterpriseCounters;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.payments.Payment;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** {@code cashiers/getAll} and {@code cashierTransactions/getAll}; records a transaction for each cash payment. */
public final class CashierOperations {

    private final Transactions transactions;
    private final CashierStore store;
    private final EnterpriseCounters counters;
    private final Supplier<UUID> ids;

    public CashierOperations(Transactions transactions, CashierStore store, EnterpriseCounters counters,
                             Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.counters = counters;
        this.ids = ids;
    }

    public record CashiersRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> ids,
                                  TimeInterval updatedUtc, List<ActivityState> activityStates) {
    }

    public record CashiersResult(List<Cashier> cashiers, UUID cursor) {
    }

    public CashiersResult cashiers(CashiersRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.ids(), 1000, "Ids");
        Filter filter = Filter.where()
                .in("c.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("c.id", request.ids())
                .within("c.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc",
                        TimeInterval.THREE_MONTHS))
                .eq("c.is_active", ActivityState.isActive(request.activityStates()));
        Page<Cashier> page = transactions.read(handle -> store.cashiers(handle, filter, limitation));
        return new CashiersResult(page.items(), page.cursor());
    }

    public record TransactionsRequest(Limitation limitation, List<UUID> enterpriseIds,
                                      List<UUID> cashierTransactionIds, TimeInterval createdUtc) {
    }

    public record TransactionsResult(List<CashierTransaction> cashierTransactions, UUID cursor) {
    }

    public TransactionsResult transactions(TransactionsRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.cashierTransactionIds(), 1000, "CashierTransactionIds");
        if (request.cashierTransactionIds() == null && request.createdUtc() == null) {
            throw new InvalidRequest("At least one of CashierTransactionIds or CreatedUtc is required.");
        }
        Filter filter = Filter.where()
                .in("t.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("t.id", request.cashierTransactionIds())
                .within("t.created_utc", TimeInterval.validate(request.createdUtc(), "CreatedUtc",
                        TimeInterval.THREE_MONTHS));
        Page<CashierTransaction> page = transactions.read(handle -> store.transactions(handle, filter, limitation));
        return new TransactionsResult(page.items(), page.cursor());
    }

    /** The cash of a payment goes into the enterprise's default cashier (none is recorded without a cashier). */
    void cashPaid(Tx tx, Payment payment) {
        store.defaultCashier(tx.handle(), payment.enterpriseId()).ifPresent(cashier -> {
            long number = counters.next(tx.handle(), payment.enterpriseId(), "cashier-transaction");
            store.insert(tx.handle(), new CashierTransaction(ids.get(), payment.enterpriseId(), cashier.id(),
                    payment.id(), tx.now(), String.valueOf(number), payment.notes(),
                    new CashierTransaction.Value(payment.amount().currency(), payment.amount().grossValue().negate())));
        });
    }
}
