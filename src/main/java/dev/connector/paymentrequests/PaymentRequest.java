package dev.connector.paymentrequests;

import dev.connector.rates.Amount;
import java.time.Instant;
import java.util.UUID;

/**
 * A request to a customer to pay (or to leave a card for a preauthorization), as {@code paymentRequests/getAll}
 * returns it and as stored. Pending until the customer completes it, the hotel cancels it, or it expires.
 */
public record PaymentRequest(UUID id, UUID enterpriseId, UUID accountId, UUID customerId, UUID reservationGroupId,
                             UUID reservationId, State state, Amount amount, Type type, Reason reason,
                             Instant expirationUtc, String description, String notes, Instant createdUtc,
                             Instant updatedUtc) {

    /** Where a request is in its life. */
    public enum State {
        Pending,
        Completed,
        Canceled,
        Expired
    }

    /** What the customer is asked for. */
    public enum Type {
        Payment,
        Preauthorization
    }

    /** Why the customer is asked. */
    public enum Reason {
        Other,
        PaymentCardMissing,
        PaymentCardDeclined,
        Deposit,
        Prepayment,
        Fee,
        RecurringPayment
    }

    PaymentRequest moved(State next, Instant when) {
        return new PaymentRequest(id, enterpriseId, accountId, customerId, reservationGroupId, reservationId, next,
                amount, type, reason, expirationUtc, description, notes, createdUtc, when);
    }
}
