package dev.connector.payments;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The restricted {@code bills/update} (re-issue an open bill to another account) and {@code orderItems/cancel}. */
public final class RestrictedBillOperations {

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final BillingStore store;

    public RestrictedBillOperations(Transactions transactions, EnterpriseStore enterprises, BillingStore store) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.store = store;
    }

    public record BillUpdate(UUID billId, UpdateValue<UUID> accountId, UpdateValue<List<UUID>> associatedAccountIds) {

        public BillUpdate {
            Require.present(billId, "BillId");
        }
    }

    public record UpdateRequest(UUID enterpriseId, List<BillUpdate> billsUpdates) {
    }

    public record UpdateResult(List<Bill> bills) {
    }

    /** Moves an open bill, with its open items and payments, to another account; closed bills cannot change. */
    public UpdateResult update(UpdateRequest request, Caller caller) {
        List<BillUpdate> updates = Require.notEmpty(Require.present(request.billsUpdates(), "BillsUpdates"),
                "BillsUpdates");
        Require.atMost(updates, 1000, "BillsUpdates");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprises.find(tx.handle(), enterpriseId).orElseThrow();
            List<Bill> updated = new ArrayList<>();
            for (int i = 0; i < updates.size(); i++) {
                String field = "BillsUpdates[" + i + "]";
                BillUpdate update = Require.present(updates.get(i), field);
                Require.present(update.billId(), field + ".BillId");
                Bill bill = store.bill(tx.handle(), enterpriseId, update.billId())
                        .orElseThrow(() -> new InvalidRequest(field + ".BillId " + update.billId()
                                + " is not a bill of " + enterprise.name() + "."));
                if (!Bill.OPEN.equals(bill.state())) {
                    throw new Forbidden("Bill " + bill.number() + " is closed; a closed bill cannot be changed.");
                }
                UUID accountId = UpdateValue.apply(update.accountId(), bill.accountId());
                if (accountId == null) {
                    throw new InvalidRequest(field + ".AccountId.Value is required: a bill always has an account.");
                }
                String accountType = Accounts.typeOf(tx.handle(), enterprise.chainId(), accountId)
                        .orElseThrow(() -> new InvalidRequest(field + ".AccountId " + accountId
                                + " is not a customer or company of " + enterprise.name() + "."));
                List<UUID> associated = update.associatedAccountIds() == null ? bill.associatedAccountIds()
                        : update.associatedAccountIds().value() == null ? List.of()
                        : update.associatedAccountIds().value();
                if (associated.size() > 1) {
                    throw new InvalidRequest(field + ".AssociatedAccountIds may hold one account only.");
                }
                for (UUID associate : associated) {
                    if (Accounts.typeOf(tx.handle(), enterprise.chainId(), associate).isEmpty()) {
                        throw new InvalidRequest(field + ".AssociatedAccountIds: " + associate
                                + " is not a customer or company of " + enterprise.name() + ".");
                    }
                }
                if (!accountId.equals(bill.accountId())) {
                    for (OrderItem item : store.itemsOfBill(tx.handle(), bill.id())) {
                        if (item.accountingState() == AccountingState.Open) {
                            store.update(tx.handle(), item.movedTo(accountId, bill.id(), tx.now(),
                                    item.updaterProfileId()));
                        }
                    }
                    for (Payment payment : store.paymentsOfBill(tx.handle(), bill.id())) {
                        if (payment.accountingState() == AccountingState.Open) {
                            store.update(tx.handle(), payment.movedTo(accountId, bill.id(), tx.now()));
                            tx.emit(new DomainEvent.PaymentUpdated(enterpriseId, payment.id()));
                        }
                    }
                }
                Bill reassigned = bill.reassigned(accountId, accountType, associated, tx.now());
                store.update(tx.handle(), reassigned);
                updated.add(reassigned);
            }
            return new UpdateResult(updated);
        });
    }

    public record CancelRequest(UUID enterpriseId, List<UUID> orderItemIds) {
    }

    public record Empty() {
    }

    /** Cancels open order items; items already canceled stay as they are, closed ones cannot be canceled. */
    public Empty cancel(CancelRequest request, Caller caller) {
        List<UUID> itemIds = Require.notEmpty(Require.present(request.orderItemIds(), "OrderItemIds"), "OrderItemIds");
        Require.atMost(itemIds, 1000, "OrderItemIds");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            for (UUID itemId : itemIds.stream().distinct().toList()) {
                OrderItem item = store.orderItem(tx.handle(), enterpriseId, itemId)
                        .orElseThrow(() -> new InvalidRequest("OrderItemIds: " + itemId
                                + " is not an order item of the enterprise."));
                switch (item.accountingState()) {
                    case Canceled -> {
                    }
                    case Closed -> throw new Forbidden("The item is on a closed bill and cannot be canceled.");
                    case Open, Inactive -> store.update(tx.handle(), item.canceled(tx.now(), caller.integrationId(),
                            false));
                }
            }
            return new Empty();
        });
    }
}
