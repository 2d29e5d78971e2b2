package dev.connector.payments;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@code payments/getAll} and {@code payments/addExternal}. */
public final class PaymentOperations {

    private static final Set<String> PAYMENT_STATES = Set.of("Charged", "Canceled", "Pending", "Failed", "Verifying");
    private static final Set<String> PAYMENT_TYPES = Set.of("Payment", "CreditCardPayment", "AlternativePayment",
            "CashPayment", "InvoicePayment", "ExternalPayment", "GhostPayment", "TaxDeductedPayment");

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final BillingStore store;
    private final Ledger ledger;
    private final CustomerStore customers;
    private final List<CashPaymentListener> cashPayments = new CopyOnWriteArrayList<>();

    public PaymentOperations(Transactions transactions, EnterpriseStore enterprises, BillingStore store, Ledger ledger,
                             CustomerStore customers) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.store = store;
        this.ledger = ledger;
        this.customers = customers;
    }

    /** Called in the payment's transaction for each cash payment recorded (e.g. to add a cashier transaction). */
    @FunctionalInterface
    public interface CashPaymentListener {
        void recorded(Tx tx, Payment payment);
    }

    /** Adds a listener; wiring time only. */
    public void onCashPayment(CashPaymentListener listener) {
        cashPayments.add(listener);
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> paymentIds,
                                List<UUID> accountIds, List<UUID> billIds, List<UUID> reservationIds,
                                TimeInterval createdUtc, TimeInterval updatedUtc, TimeInterval chargedUtc,
                                TimeInterval closedUtc, TimeInterval settlementUtc, String currency,
                                List<AccountingState> accountingStates, List<String> states, String type) {
    }

    public record GetAllResult(List<Payment> payments, UUID cursor) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.paymentIds(), 1000, "PaymentIds");
        Require.atMost(request.accountIds(), 100, "AccountIds");
        Require.atMost(request.billIds(), 1000, "BillIds");
        Require.atMost(request.reservationIds(), 1000, "ReservationIds");
        boolean anyFilter = request.paymentIds() != null || request.accountIds() != null || request.billIds() != null
                || request.reservationIds() != null || request.createdUtc() != null || request.updatedUtc() != null
                || request.chargedUtc() != null || request.closedUtc() != null || request.settlementUtc() != null;
        if (!anyFilter) {
            throw new InvalidRequest("At least one of PaymentIds, AccountIds, BillIds, ReservationIds, CreatedUtc, "
                    + "UpdatedUtc, ChargedUtc, ClosedUtc or SettlementUtc is required.");
        }
        if (request.states() != null && !PAYMENT_STATES.containsAll(request.states())) {
            throw new InvalidRequest("States may only contain " + PAYMENT_STATES + ".");
        }
        if (request.type() != null && !PAYMENT_TYPES.contains(request.type())) {
            throw new InvalidRequest("Type must be one of " + PAYMENT_TYPES + ".");
        }
        Filter filter = Filter.where()
                .in("p.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("p.id", request.paymentIds())
                .in("p.account_id", request.accountIds())
                .in("p.bill_id", request.billIds())
                .in("p.reservation_id", request.reservationIds())
                .within("p.created_utc", TimeInterval.validate(request.createdUtc(), "CreatedUtc", TimeInterval.THREE_MONTHS))
                .within("p.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc", TimeInterval.THREE_MONTHS))
                .within("p.charged_utc", TimeInterval.validate(request.chargedUtc(), "ChargedUtc", TimeInterval.THREE_MONTHS))
                .within("p.closed_utc", TimeInterval.validate(request.closedUtc(), "ClosedUtc", TimeInterval.THREE_MONTHS))
                // A payment here is settled when it is charged.
                .within("p.charged_utc", TimeInterval.validate(request.settlementUtc(), "SettlementUtc", TimeInterval.THREE_MONTHS))
                .in("p.accounting_state", request.accountingStates())
                .in("p.state", request.states())
                .eq("p.type", request.type());
        Page<Payment> page = transactions.read(handle -> store.payments(handle, filter, limitation));
        return new GetAllResult(page.items(), page.cursor());
    }

    public record AmountParameters(String currency, List<String> taxCodes, BigDecimal netValue, BigDecimal grossValue) {
    }

    public record AddExternalRequest(UUID enterpriseId, UUID accountId, UUID customerId, UUID billId,
                                     UUID accountingCategoryId, UUID reservationId, AmountParameters amount,
                                     ExternalPaymentType type, String externalIdentifier, String notes) {
    }

    public record AddExternalResult(UUID externalPaymentId) {
    }

    public AddExternalResult addExternal(AddExternalRequest request, Caller caller) {
        UUID accountId = request.accountId() != null ? request.accountId() : request.customerId();
        Require.present(accountId, "AccountId");
        AmountParameters amount = Require.present(request.amount(), "Amount");
        Require.text(amount.currency(), "Amount.Currency");
        BigDecimal value = amount.grossValue() != null ? amount.grossValue() : amount.netValue();
        if (value == null) {
            throw new InvalidRequest("Amount.GrossValue (or Amount.NetValue) is required.");
        }
        if (value.signum() <= 0) {
            throw new InvalidRequest("Amount.GrossValue must be a positive amount.");
        }
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        Payment payment = transactions.write(tx -> {
            Enterprise enterprise = enterprises.find(tx.handle(), enterpriseId)
                    .orElseThrow(() -> new IllegalStateException("No enterprise " + enterpriseId));
            if (!enterprise.currencyCode().equalsIgnoreCase(amount.currency())) {
                throw new Forbidden(enterprise.name() + " books payments in " + enterprise.currencyCode()
                        + "; send the amount in " + enterprise.currencyCode() + ", not " + amount.currency() + ".");
            }
            boolean customer = customers.find(tx.handle(), List.of(enterprise.chainId()), accountId)
                    .filter(Customer::isActive)
                    .isPresent();
            if (!customer) {
                throw new InvalidRequest("AccountId " + accountId + " is not a customer of " + enterprise.name() + ".");
            }
            if (request.reservationId() != null && !reservationExists(tx.handle(), enterpriseId, request.reservationId())) {
                throw new InvalidRequest("ReservationId " + request.reservationId() + " is not a reservation of the enterprise.");
            }
            if (request.billId() != null) {
                Bill bill = store.bill(tx.handle(), enterpriseId, request.billId())
                        .orElseThrow(() -> new InvalidRequest("BillId " + request.billId() + " is not a bill of the enterprise."));
                if (!bill.accountId().equals(accountId)) {
                    throw new Forbidden("The bill belongs to another guest; pay it on their account.");
                }
                if (!Bill.OPEN.equals(bill.state())) {
                    throw new Forbidden("The bill is already closed; payments can only be added to an open bill.");
                }
            }
            Payment added = ledger.addExternalPayment(tx, enterprise, new Ledger.NewExternalPayment(accountId,
                    request.billId(), request.reservationId(), request.accountingCategoryId(), value,
                    request.type() == null ? ExternalPaymentType.Unspecified : request.type(),
                    request.externalIdentifier(), request.notes()));
            tx.emit(new DomainEvent.PaymentUpdated(enterpriseId, added.id()));
            if (added.data().external().type() == ExternalPaymentType.Cash) {
                cashPayments.forEach(listener -> listener.recorded(tx, added));
            }
            return added;
        });
        return new AddExternalResult(payment.id());
    }

    private static boolean reservationExists(org.jdbi.v3.core.Handle handle, UUID enterpriseId, UUID reservationId) {
        return handle.createQuery("SELECT COUNT(*) FROM reservations WHERE id = :id AND enterprise_id = :enterpriseId")
                .bindMap(Map.of("id", reservationId.toString(), "enterpriseId", enterpriseId.toString()))
                .mapTo(Integer.class)
                .one() > 0;
    }
}
