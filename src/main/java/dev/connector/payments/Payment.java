package dev.connector.payments;

import dev.connector.rates.Amount;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment as {@code payments/getAll} returns it and as stored; its amount is negative, as the API writes
 * payments (they reduce what the guest owes).
 */
public record Payment(
        UUID id,
        UUID enterpriseId,
        UUID accountId,
        String accountType,
        UUID billId,
        UUID reservationId,
        UUID accountingCategoryId,
        Amount amount,
        Amount originalAmount,
        String notes,
        String settlementId,
        Instant consumedUtc,
        Instant closedUtc,
        Instant chargedUtc,
        Instant createdUtc,
        Instant updatedUtc,
        Instant settlementUtc,
        AccountingState accountingState,
        String state,
        String identifier,
        String type,
        String kind,
        Data data) {

    public static final String EXTERNAL_PAYMENT = "ExternalPayment";
    public static final String CHARGED = "Charged";

    /** The coproduct of payment details; only the part named by the discriminator is set. */
    public record Data(String discriminator, Object creditCard, Object invoice, External external, Object ghost) {
    }

    /** Details of an external payment. */
    public record External(ExternalPaymentType type, String externalIdentifier) {
    }

    public Payment closed(Instant now) {
        return new Payment(id, enterpriseId, accountId, accountType, billId, reservationId, accountingCategoryId, amount,
                originalAmount, notes, settlementId, consumedUtc, now, chargedUtc, createdUtc, now, settlementUtc,
                AccountingState.Closed, state, identifier, type, kind, data);
    }

    public Payment movedTo(UUID newAccountId, UUID newBillId, Instant now) {
        return new Payment(id, enterpriseId, newAccountId, accountType, newBillId, reservationId, accountingCategoryId,
                amount, originalAmount, notes, settlementId, consumedUtc, closedUtc, chargedUtc, createdUtc, now,
                settlementUtc, accountingState, state, identifier, type, kind, data);
    }
}
