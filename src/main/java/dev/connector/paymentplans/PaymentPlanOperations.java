package dev.connector.paymentplans;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.paymentrequests.PaymentRequest;
import dev.connector.paymentrequests.PaymentRequestOperations;
import dev.connector.payments.AccountingState;
import dev.connector.payments.Ledger;
import dev.connector.payments.OrderItem;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationStore;
import dev.connector.reservations.ServiceOrderState;
import dev.connector.store.Documents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code paymentPlans/add}: records a plan for a reservation's open balance and the payment request whose
 * fulfilment starts it; answers the request's URL (in the sandbox, an address under the reserved
 * {@code .invalid} domain, since no payment page exists).
 */
public final class PaymentPlanOperations {

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final ReservationStore reservations;
    private final Ledger ledger;
    private final PaymentRequestOperations paymentRequests;
    private final Supplier<UUID> ids;
    private final Documents documents;

    PaymentPlanOperations(Transactions transactions, EnterpriseStore enterprises, ReservationStore reservations,
                          Ledger ledger, PaymentRequestOperations paymentRequests, Supplier<UUID> ids,
                          Documents documents) {
        this.documents = documents;
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.reservations = reservations;
        this.ledger = ledger;
        this.paymentRequests = paymentRequests;
        this.ids = ids;
    }

    /** A plan as stored. */
    record Plan(UUID id, UUID reservationId, String name, YearMonth startMonth, List<PaymentMethod> paymentMethods,
                UUID paymentRequestId) {
    }

    /** The payment methods a plan accepts. */
    public enum PaymentMethod {
        Ideal,
        PaymentCard,
        ApplePay,
        GooglePay,
        SepaDirectDebit,
        All
    }

    /** What the payment request that starts the plan asks for. */
    public enum PaymentRequestType {
        Payment,
        PaymentMethod
    }

    public record PlanPaymentRequest(List<PaymentMethod> paymentMethods, String message, String note,
                                     PaymentRequestType paymentRequestType,
                                     Integer paymentRequestExpirationOffsetDays, Boolean sendEmail) {
    }

    public record AddRequest(UUID enterpriseId, UUID reservationId, String name, PlanPaymentRequest paymentRequest,
                             String startMonth) {
        public AddRequest {
            Require.present(reservationId, "ReservationId");
            Require.text(name, "Name");
            Require.present(paymentRequest, "PaymentRequest");
            Require.notEmpty(paymentRequest.paymentMethods(), "PaymentRequest.PaymentMethods");
            Require.text(paymentRequest.message(), "PaymentRequest.Message");
            Integer offset = paymentRequest.paymentRequestExpirationOffsetDays();
            if (offset != null && (offset < 1 || offset > 365)) {
                throw new InvalidRequest("PaymentRequest.PaymentRequestExpirationOffsetDays must be 1 to 365.");
            }
        }
    }

    public record AddResult(String paymentRequestUrl) {
    }

    public AddResult add(AddRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        YearMonth start = startMonth(request.startMonth());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprises.find(tx.handle(), enterpriseId).orElseThrow();
            Reservation reservation = reservations.find(tx.handle(), enterpriseId, request.reservationId())
                    .orElseThrow(() -> new InvalidRequest("ReservationId " + request.reservationId()
                            + " is not a reservation of the enterprise."));
            if (reservation.state() == ServiceOrderState.Canceled || reservation.state() == ServiceOrderState.Processed) {
                throw new Forbidden("Reservation " + reservation.number() + " is " + reservation.state().name()
                        + "; a payment plan needs a stay that is still to come or under way.");
            }
            ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
            if (start != null) {
                YearMonth now = YearMonth.from(tx.now().atZone(zone));
                YearMonth last = YearMonth.from(reservation.scheduledEndUtc().atZone(zone));
                if (!start.isAfter(now) || start.isAfter(last)) {
                    throw new Forbidden("StartMonth must be a future month within the stay (by " + last + ").");
                }
            }
            BigDecimal owed = BigDecimal.ZERO;
            for (OrderItem item : ledger.orderItemsOf(tx.handle(), List.of(reservation.id()))) {
                if (item.accountingState() == AccountingState.Open) {
                    owed = owed.add(item.amount().grossValue());
                }
            }
            if (owed.signum() <= 0) {
                throw new Forbidden("Reservation " + reservation.number() + " has nothing left to pay.");
            }
            int days = request.paymentRequest().paymentRequestExpirationOffsetDays() == null ? 7
                    : request.paymentRequest().paymentRequestExpirationOffsetDays();
            Instant expiration = tx.now().plus(Duration.ofDays(days));
            PaymentRequest paymentRequest = paymentRequests.add(tx, enterprise,
                    new PaymentRequestOperations.AddParameters(reservation.accountId(),
                            new PaymentRequestOperations.CurrencyValue(enterprise.currencyCode(), owed),
                            PaymentRequest.Type.Payment, PaymentRequest.Reason.RecurringPayment, expiration,
                            request.name() + ": " + request.paymentRequest().message(),
                            request.paymentRequest().note(), reservation.id()), "PaymentRequest");
            UUID planId = ids.get();
            tx.handle().createUpdate("""
                            INSERT INTO payment_plans (id, enterprise_id, reservation_id, payment_request_id,
                                created_utc, doc)
                            VALUES (:id, :enterpriseId, :reservationId, :requestId, :created, :doc)""")
                    .bind("id", planId.toString())
                    .bind("enterpriseId", enterpriseId.toString())
                    .bind("reservationId", reservation.id().toString())
                    .bind("requestId", paymentRequest.id().toString())
                    .bind("created", tx.now().toEpochMilli())
                    .bind("doc", documents.write(new Plan(planId, reservation.id(), request.name(), start,
                            request.paymentRequest().paymentMethods(), paymentRequest.id())))
                    .execute();
            return new AddResult("https://payments.sandbox.invalid/payment-requests/" + paymentRequest.id());
        });
    }

    private static YearMonth startMonth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("StartMonth must be a month like 2030-04.");
        }
    }
}
