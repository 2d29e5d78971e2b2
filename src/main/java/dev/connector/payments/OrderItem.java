package dev.connector.payments;

import dev.connector.rates.Amount;
import java.time.Instant;
import java.util.UUID;

/** Something consumed and charged, such as one night of a stay, as {@code orderItems/getAll} returns it and as stored. */
public record OrderItem(
        UUID id,
        UUID enterpriseId,
        UUID accountId,
        String accountType,
        UUID serviceId,
        UUID serviceOrderId,
        String notes,
        UUID billId,
        UUID accountingCategoryId,
        String billingName,
        String externalIdentifier,
        int unitCount,
        Amount unitAmount,
        Amount amount,
        Amount originalAmount,
        String revenueType,
        UUID creatorProfileId,
        UUID updaterProfileId,
        Instant createdUtc,
        Instant updatedUtc,
        Instant consumedUtc,
        Instant canceledUtc,
        Instant closedUtc,
        Instant startUtc,
        Instant claimedUtc,
        AccountingState accountingState,
        String type,
        Options options,
        Object data,
        String taxExemptionReason,
        String taxExemptionLegalReference) {

    public static final String SPACE_ORDER = "SpaceOrder";

    /** Whether the item was canceled because its reservation was. */
    public record Options(boolean canceledWithReservation) {
    }

    public OrderItem canceled(Instant now, UUID profileId, boolean withReservation) {
        return new OrderItem(id, enterpriseId, accountId, accountType, serviceId, serviceOrderId, notes, billId,
                accountingCategoryId, billingName, externalIdentifier, unitCount, unitAmount, amount, originalAmount,
                revenueType, creatorProfileId, profileId, createdUtc, now, consumedUtc, now, closedUtc, startUtc,
                claimedUtc, AccountingState.Canceled, type, new Options(withReservation), data, taxExemptionReason,
                taxExemptionLegalReference);
    }

    public OrderItem closed(Instant now) {
        return new OrderItem(id, enterpriseId, accountId, accountType, serviceId, serviceOrderId, notes, billId,
                accountingCategoryId, billingName, externalIdentifier, unitCount, unitAmount, amount, originalAmount,
                revenueType, creatorProfileId, updaterProfileId, createdUtc, now, consumedUtc, canceledUtc, now,
                startUtc, claimedUtc, AccountingState.Closed, type, options, data, taxExemptionReason,
                taxExemptionLegalReference);
    }

    public OrderItem movedTo(UUID newAccountId, UUID newBillId, Instant now, UUID profileId) {
        return new OrderItem(id, enterpriseId, newAccountId, accountType, serviceId, serviceOrderId, notes, newBillId,
                accountingCategoryId, billingName, externalIdentifier, unitCount, unitAmount, amount, originalAmount,
                revenueType, creatorProfileId, profileId, createdUtc, now, consumedUtc, canceledUtc, closedUtc, startUtc,
                claimedUtc, accountingState, type, options, data, taxExemptionReason, taxExemptionLegalReference);
    }
}
