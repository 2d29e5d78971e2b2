package dev.connector.availabilityblocks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How many units of a resource category a block holds for its period, as the API returns it. StartUtc, EndUtc
 * and ActivityState are the deprecated forms the spec still lists.
 */
public record AvailabilityAdjustment(
        UUID id,
        UUID availabilityBlockId,
        UUID resourceCategoryId,
        Instant startUtc,
        Instant endUtc,
        Instant firstTimeUnitStartUtc,
        Instant lastTimeUnitStartUtc,
        int unitCount,
        String activityState,
        Instant releaseOverrideUtc,
        Instant updatedUtc,
        boolean isActive,
        List<PaxCount> paxCounts,
        Instant firstTimeUnitReleaseUtc) {

    public record PaxCount(int personCount, int unitCount) {
    }
}
