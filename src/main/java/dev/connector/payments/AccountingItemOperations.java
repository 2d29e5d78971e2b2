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
import dev.connector.events.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code accountingItems/update}: moves open order items and payments to another open bill or account. */
public final class AccountingItemOperations {

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final BillingStore store;
    private final Ledger ledger;

    public AccountingItemOperations(Transactions transactions, EnterpriseStore enterprises, BillingStore store,
                                    Ledger ledger) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.store = store;
        this.ledger = ledger;
    }

    public record ItemUpdate(UUID accountingItemId, UpdateValue<UUID> accountId, UpdateValue<UUID> billId) {
    }

    public record UpdateRequest(UUID enterpriseId, List<ItemUpdate> accountingItemUpdates) {
    }

    public record UpdateResult(List<Object> accountingItems, List<OrderItemOld> orderItems,
                               List<PaymentItemOld> paymentItems, List<Object> creditCardTransactions) {
    }

    public UpdateResult update(UpdateRequest request, Caller caller) {
        List<ItemUpdate> updates = Require.notEmpty(Require.present(request.accountingItemUpdates(),
                "AccountingItemUpdates"), "AccountingItemUpdates");
        Require.atMost(updates, 1000, "AccountingItemUpdates");
        for (int i = 0; i < updates.size(); i++) {
            String field = "AccountingItemUpdates[" + i + "]";
            Require.present(updates.get(i), field);
            Require.present(updates.get(i).accountingItemId(), field + ".AccountingItemId");
            Require.present(updates.get(i).billId(), field + ".BillId");
        }
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprises.find(tx.handle(), enterpriseId)
                    .orElseThrow(() -> new IllegalStateException("No enterprise " + enterpriseId));
            List<OrderItemOld> orderItems = new ArrayList<>();
            List<PaymentItemOld> paymentItems = new ArrayList<>();
            for (int i = 0; i < updates.size(); i++) {
                move(tx, enterprise, updates.get(i), "AccountingItemUpdates[" + i + "]", orderItems, paymentItems);
            }
            return new UpdateResult(null, orderItems, paymentItems, null);
        });
    }

    private void move(Tx tx, Enterprise enterprise, ItemUpdate update, String field, List<OrderItemOld> orderItems,
                      List<PaymentItemOld> paymentItems) {
        Optional<OrderItem> item = store.orderItem(tx.handle(), enterprise.id(), update.accountingItemId());
        Optional<Payment> payment = item.isPresent() ? Optional.empty()
                : store.payment(tx.handle(), enterprise.id(), update.accountingItemId());
        if (item.isEmpty() && payment.isEmpty()) {
            throw new InvalidRequest(field + ".AccountingItemId " + update.accountingItemId()
                    + " is not an order item or payment of " + enterprise.name() + ".");
        }
        AccountingState state = item.map(OrderItem::accountingState).orElseGet(() -> payment.get().accountingState());
        if (state != AccountingState.Open) {
            throw new Forbidden("Only open items can be moved; this one is " + state + ".");
        }
        UUID currentAccount = item.map(OrderItem::accountId).orElseGet(() -> payment.get().accountId());
        UUID currentBill = item.map(OrderItem::billId).orElseGet(() -> payment.get().billId());
        UUID accountId = UpdateValue.apply(update.accountId(), currentAccount);
        if (accountId == null) {
            throw new InvalidRequest(field + ".AccountId.Value is required: an item always belongs to an account.");
        }
        String accountType = Accounts.typeOf(tx.handle(), enterprise.chainId(), accountId)
                .orElseThrow(() -> new InvalidRequest(field + ".AccountId " + accountId
                        + " is not a customer or company of " + enterprise.name() + "."));
        if (currentBill != null) {
            store.bill(tx.handle(), enterprise.id(), currentBill)
                    .filter(bill -> Bill.CLOSED.equals(bill.state()))
                    .ifPresent(bill -> {
                        throw new Forbidden("Bill " + bill.number() + " is closed; its items cannot be moved.");
                    });
        }
        UUID requestedBill = update.billId().value();
        UUID billId = requestedBill;
        if (requestedBill != null) {
            Bill target = store.bill(tx.handle(), enterprise.id(), requestedBill)
                    .orElseThrow(() -> new InvalidRequest(field + ".BillId " + requestedBill + " is not a bill of "
                            + enterprise.name() + "."));
            if (!Bill.OPEN.equals(target.state())) {
                throw new Forbidden("Bill " + target.number() + " is closed; nothing can be moved onto it.");
            }
            if (!target.accountId().equals(accountId)) {
                throw new Forbidden("The bill belongs to another account; move the item to that account too.");
            }
        } else {
            billId = ledger.openBill(tx.handle(), enterprise.id(), accountId, accountType, tx.now()).id();
        }
        if (item.isPresent()) {
            OrderItem moved = item.get().movedTo(accountId, billId, tx.now(), item.get().updaterProfileId());
            store.update(tx.handle(), moved);
            orderItems.add(OrderItemOld.of(moved));
        } else {
            Payment moved = payment.get().movedTo(accountId, billId, tx.now());
            store.update(tx.handle(), moved);
            paymentItems.add(PaymentItemOld.of(moved));
            tx.emit(new DomainEvent.PaymentUpdated(enterprise.id(), moved.id()));
        }
    }
}
