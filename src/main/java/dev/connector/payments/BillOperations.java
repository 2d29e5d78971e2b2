package dev.connector.payments;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code bills/getAll}. */
public final class BillOperations {

    private final Transactions transactions;
    private final BillingStore store;

    public BillOperations(Transactions transactions, BillingStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, Extent extent,
                                TimeInterval closedUtc, TimeInterval paidUtc, TimeInterval dueUtc,
                                TimeInterval createdUtc, TimeInterval updatedUtc, List<UUID> billIds,
                                List<UUID> customerIds, String state, List<String> correctionState) {
    }

    /** The deprecated Extent: bills no longer carry their items, so it changes nothing, but its type is checked. */
    public record Extent(Boolean items) {
    }

    public record GetAllResult(List<Bill> bills, UUID cursor) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.billIds(), 1000, "BillIds");
        Require.atMost(request.customerIds(), 1000, "CustomerIds");
        boolean anyFilter = request.billIds() != null || request.customerIds() != null || request.closedUtc() != null
                || request.paidUtc() != null || request.dueUtc() != null || request.createdUtc() != null
                || request.updatedUtc() != null;
        if (!anyFilter) {
            throw new InvalidRequest("At least one of BillIds, CustomerIds, ClosedUtc, PaidUtc, DueUtc, CreatedUtc or "
                    + "UpdatedUtc is required.");
        }
        if (request.state() != null && !List.of(Bill.OPEN, Bill.CLOSED).contains(request.state())) {
            throw new InvalidRequest("State must be Open or Closed.");
        }
        if (request.correctionState() != null
                && !List.of("Bill", "CorrectiveBill").containsAll(request.correctionState())) {
            throw new InvalidRequest("CorrectionState may only contain Bill and CorrectiveBill.");
        }
        Filter filter = Filter.where()
                .in("b.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("b.id", request.billIds())
                .in("b.account_id", request.customerIds())
                .eq("b.state", request.state())
                // A bill is issued and paid at the moment it is closed; bills here have no due date.
                .within("b.closed_utc", TimeInterval.validate(request.closedUtc(), "ClosedUtc", TimeInterval.THREE_MONTHS))
                .within("b.closed_utc", TimeInterval.validate(request.paidUtc(), "PaidUtc", TimeInterval.THREE_MONTHS))
                .within("b.created_utc", TimeInterval.validate(request.createdUtc(), "CreatedUtc", TimeInterval.THREE_MONTHS))
                .within("b.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc", TimeInterval.THREE_MONTHS));
        if (TimeInterval.validate(request.dueUtc(), "DueUtc", TimeInterval.THREE_MONTHS) != null) {
            filter.sql("1 = 0", Map.of());
        }
        boolean regularBills = request.correctionState() == null || request.correctionState().isEmpty()
                || request.correctionState().contains("Bill");
        if (!regularBills) {
            filter.sql("1 = 0", Map.of());
        }
        Page<Bill> page = transactions.read(handle -> store.bills(handle, filter, limitation));
        return new GetAllResult(page.items(), page.cursor());
    }
}
