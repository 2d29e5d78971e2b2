package dev.connector.availabilityblocks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An availability block as the API returns it: rooms of a service held under a rate for a period, e.g. for a
 * wedding or a conference. The period is given by the starts of its first and last time units (nights).
 */
public record AvailabilityBlock(
        UUID id,
        UUID enterpriseId,
        UUID serviceId,
        UUID rateId,
        UUID voucherId,
        UUID bookerId,
        UUID companyId,
        UUID travelAgencyId,
        Budget budget,
        State state,
        Purpose reservationPurpose,
        Instant createdUtc,
        Instant updatedUtc,
        Instant firstTimeUnitStartUtc,
        Instant lastTimeUnitStartUtc,
        Instant releasedUtc,
        String rollingReleaseOffset,
        String externalIdentifier,
        String name,
        String notes,
        PickupDistribution pickupDistribution,
        boolean isActive,
        UUID quoteId,
        String availabilityBlockNumber,
        ReleaseStrategy releaseStrategy,
        String purchaseOrderNumber) {

    public enum State {
        Confirmed,
        Optional,
        Inquired,
        Canceled
    }

    public enum Purpose {
        Leisure,
        Business,
        Student
    }

    public enum PickupDistribution {
        AllInOneGroup,
        IndividualGroups
    }

    public enum ReleaseStrategy {
        FixedRelease,
        RollingRelease,
        None
    }

    /** The tentative budget, in the API's older currency value shape (only Currency and Value used). */
    public record Budget(String currency, BigDecimal value, BigDecimal net, BigDecimal tax, BigDecimal taxRate) {
    }
}
