package dev.connector.payments;

import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Card and alternative payments on a customer's bill: the checks they share (currency, customer, bill,
 * reservation) and the payment rows they write. Runs inside the caller's transaction; events are the caller's.
 * Stateless and thread-safe.
 */
public final class CardPayments {

    public static final String CREDIT_CARD_PAYMENT = "CreditCardPayment";
    public static final String ALTERNATIVE_PAYMENT = "AlternativePayment";
    public static final String PENDING = "Pending";
    public static final String FAILED = "Failed";

    private final EnterpriseStore enterprises;
    private final CustomerStore customers;
    private final BillingStore billing;
    private final Ledger ledger;
    private final CardStore cards;
    private final Supplier<UUID> ids;

    public CardPayments(EnterpriseStore enterprises, CustomerStore customers, BillingStore billing, Ledger ledger,
                        CardStore cards, Supplier<UUID> ids) {
        this.enterprises = enterprises;
        this.customers = customers;
        this.billing = billing;
        this.ledger = ledger;
        this.cards = cards;
        this.ids = ids;
    }

    /** The card data a card payment carries: its card, and no gateway transaction in the sandbox. */
    public record CardData(UUID creditCardId, Object transaction) {
    }

    /** Where a payment goes and how much it is (positive, in the enterprise currency). */
    public record Target(UUID accountId, UUID billId, UUID reservationId, UUID accountingCategoryId, BigDecimal value,
                         String notes, String identifier) {
    }

    public Enterprise enterprise(Handle handle, UUID enterpriseId) {
        return enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new IllegalStateException("Enterprise in scope but not stored: " + enterpriseId));
    }

    public CardStore cards() {
        return cards;
    }

    public Ledger ledger() {
        return ledger;
    }

    /**
     * The positive value of an amount sent as GrossValue or NetValue; payments are untaxed, so either is the value.
     * Fails with 400s naming {@code field}.
     */
    public static BigDecimal value(String currency, BigDecimal grossValue, BigDecimal netValue, String field) {
        if (currency == null || currency.isBlank()) {
            throw new InvalidRequest(field + ".Currency is required.");
        }
        BigDecimal value = grossValue != null ? grossValue : netValue;
        if (value == null) {
            throw new InvalidRequest(field + ".GrossValue (or " + field + ".NetValue) is required.");
        }
        if (value.signum() <= 0) {
            throw new InvalidRequest(field + ".GrossValue must be a positive amount.");
        }
        return value;
    }

    /** Checks that the enterprise books payments in {@code currency}. */
    public static void requireCurrency(Enterprise enterprise, String currency) {
        if (!enterprise.currencyCode().equalsIgnoreCase(currency)) {
            throw new Forbidden(enterprise.name() + " books payments in " + enterprise.currencyCode()
                    + "; send the amount in " + enterprise.currencyCode() + ", not " + currency + ".");
        }
    }

    /** The active customer of the enterprise's chain, or a 400 naming {@code field}. */
    public Customer customer(Handle handle, Enterprise enterprise, UUID customerId, String field) {
        return customers.find(handle, List.of(enterprise.chainId()), customerId)
                .filter(Customer::isActive)
                .orElseThrow(() -> new InvalidRequest(field + " " + customerId + " is not a customer of "
                        + enterprise.name() + "."));
    }

    /** Checks the optional bill (an open bill of the account) and reservation (of the enterprise). */
    public void requireTarget(Handle handle, Enterprise enterprise, Target target) {
        if (target.reservationId() != null) {
            boolean exists = handle.createQuery(
                            "SELECT COUNT(*) FROM reservations WHERE id = :id AND enterprise_id = :enterpriseId")
                    .bind("id", target.reservationId().toString())
                    .bind("enterpriseId", enterprise.id().toString())
                    .mapTo(Integer.class)
                    .one() > 0;
            if (!exists) {
                throw new InvalidRequest("ReservationId " + target.reservationId()
                        + " is not a reservation of the enterprise.");
            }
        }
        if (target.billId() != null) {
            Bill bill = billing.bill(handle, enterprise.id(), target.billId())
                    .orElseThrow(() -> new InvalidRequest("BillId " + target.billId()
                            + " is not a bill of the enterprise."));
            if (!bill.accountId().equals(target.accountId())) {
                throw new Forbidden("The bill belongs to another guest; pay it on their account.");
            }
            if (!Bill.OPEN.equals(bill.state())) {
                throw new Forbidden("The bill is already closed; payments can only be added to an open bill.");
            }
        }
    }

    /** Writes a charged card payment of the card on the target's bill (the account's open bill when none). */
    public Payment cardPayment(Tx tx, Enterprise enterprise, Target target, UUID creditCardId) {
        Payment payment = payment(tx, enterprise, target, target.value().negate(), CREDIT_CARD_PAYMENT, "Payment",
                Payment.CHARGED, new Payment.Data("CreditCard", new CardData(creditCardId, null), null, null, null));
        billing.insert(tx.handle(), payment);
        return payment;
    }

    /** Writes a pending alternative payment; its processor answers later. */
    public Payment alternativePayment(Tx tx, Enterprise enterprise, Target target) {
        Payment payment = payment(tx, enterprise, target, target.value().negate(), ALTERNATIVE_PAYMENT, "Payment",
                PENDING, null);
        billing.insert(tx.handle(), payment);
        return payment;
    }

    /** Writes the refund of {@code value} (positive) of a payment, itself a charged payment of the same type. */
    public Payment refund(Tx tx, Enterprise enterprise, Payment original, BigDecimal value, String reason) {
        Bill bill = billing.bill(tx.handle(), enterprise.id(), original.billId())
                .filter(found -> Bill.OPEN.equals(found.state()))
                .orElseGet(() -> ledger.openBill(tx.handle(), enterprise.id(), original.accountId(), tx.now()));
        Target target = new Target(original.accountId(), bill.id(), original.reservationId(),
                original.accountingCategoryId(), value, reason, null);
        Payment refund = payment(tx, enterprise, target, value, original.type(), "Refund", Payment.CHARGED,
                original.data());
        billing.insert(tx.handle(), refund);
        return refund;
    }

    /** The payment moved to the state its processor answered; a failed payment no longer counts on the bill. */
    public static Payment answered(Payment payment, String state, Instant now) {
        return new Payment(payment.id(), payment.enterpriseId(), payment.accountId(), payment.accountType(),
                payment.billId(), payment.reservationId(), payment.accountingCategoryId(), payment.amount(),
                payment.originalAmount(), payment.notes(), payment.settlementId(), payment.consumedUtc(),
                payment.closedUtc(), Payment.CHARGED.equals(state) ? now : null, payment.createdUtc(), now,
                payment.settlementUtc(), FAILED.equals(state) ? AccountingState.Canceled : payment.accountingState(),
                state, payment.identifier(), payment.type(), payment.kind(), payment.data());
    }

    /** The payment with its last change at {@code now} (e.g. a refund of it was made). */
    public static Payment touched(Payment payment, Instant now) {
        return new Payment(payment.id(), payment.enterpriseId(), payment.accountId(), payment.accountType(),
                payment.billId(), payment.reservationId(), payment.accountingCategoryId(), payment.amount(),
                payment.originalAmount(), payment.notes(), payment.settlementId(), payment.consumedUtc(),
                payment.closedUtc(), payment.chargedUtc(), payment.createdUtc(), now, payment.settlementUtc(),
                payment.accountingState(), payment.state(), payment.identifier(), payment.type(), payment.kind(),
                payment.data());
    }

    private Payment payment(Tx tx, Enterprise enterprise, Target target, BigDecimal signedValue, String type,
                            String kind, String state, Payment.Data data) {
        UUID billId = target.billId() != null
                ? target.billId()
                : ledger.openBill(tx.handle(), enterprise.id(), target.accountId(), tx.now()).id();
        Amount amount = Ledger.untaxed(enterprise.currencyCode(), signedValue);
        Instant charged = Payment.CHARGED.equals(state) ? tx.now() : null;
        return new Payment(ids.get(), enterprise.id(), target.accountId(), "Customer", billId, target.reservationId(),
                target.accountingCategoryId(), amount, amount, target.notes(), null, tx.now(), null, charged,
                tx.now(), tx.now(), tx.now(), AccountingState.Open, state, target.identifier(), type, kind, data);
    }
}
