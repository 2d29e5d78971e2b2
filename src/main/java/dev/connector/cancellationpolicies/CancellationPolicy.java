package dev.connector.cancellationpolicies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A cancellation policy of a rate group, as cancellationPolicies/getAll returns it and as it is stored. */
public record CancellationPolicy(UUID id, UUID rateGroupId, Instant createdUtc, Instant updatedUtc,
                                 Applicability applicability, List<FeeExtent> feeExtent, String applicabilityOffset,
                                 Integer feeMaximumTimeUnits, CurrencyValue absoluteFee, BigDecimal relativeFee,
                                 boolean isActive) {

    /** From when the fee applies: the reservation's creation, its start, or its start date. */
    public enum Applicability {
        Creation,
        Start,
        StartDate
    }

    /** What the fee covers. */
    public enum FeeExtent {
        TimeUnits,
        Products
    }

    public record CurrencyValue(String currency, BigDecimal value) {
    }
}
