package dev.connector.outlets;

import dev.connector.rates.Amount;
import java.time.Instant;
import java.util.UUID;

/** A line of an outlet bill: revenue, non-revenue or a payment, as {@code outletItems/getAll} returns it. */
public record OutletItem(UUID id, UUID enterpriseId, UUID billId, UUID accountingCategoryId, Type type, String name,
                         int unitCount, Amount unitAmount, Instant createdUtc, Instant updatedUtc, Instant consumedUtc,
                         String externalIdentifier, String notes, UUID paymentCardPaymentId, Object unitCost) {

    /** The outlet item types of the spec. */
    public enum Type {
        Revenue, NonRevenue, Payment
    }
}
