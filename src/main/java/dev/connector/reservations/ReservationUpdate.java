package dev.connector.reservations;

import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code reservations/update}, and each of its ReservationUpdates: the reference gives both the same
 * shape. A field left out (or null) stays as it is; {@code {"Value": x}} sets it, {@code {"Value": null}} clears it.
 * The top level either lists ReservationUpdates or is itself the update of ReservationId. CheckOverbooking and
 * CheckRateApplicability are deprecated: read and type-checked, but they change nothing.
 */
public record ReservationUpdate(
        UUID enterpriseId,
        UUID reservationId,
        UpdateValue<String> channelNumber,
        UpdateValue<Instant> startUtc,
        UpdateValue<Instant> endUtc,
        UpdateValue<Instant> releasedUtc,
        UpdateValue<List<PersonCount>> personCounts,
        UpdateValue<UUID> assignedResourceId,
        UpdateValue<UUID> requestedCategoryId,
        UpdateValue<UUID> travelAgencyId,
        UpdateValue<UUID> companyId,
        UpdateValue<UUID> businessSegmentId,
        UpdateValue<ReservationPurpose> purpose,
        UpdateValue<UUID> rateId,
        UpdateValue<UUID> creditCardId,
        UpdateValue<List<TimeUnitPrice>> timeUnitPrices,
        UpdateValue<UUID> bookerId,
        UpdateValue<Boolean> assignedResourceLocked,
        UpdateValue<UUID> availabilityBlockId,
        OptionsUpdate options,
        List<ReservationUpdate> reservationUpdates,
        Boolean checkOverbooking,
        Boolean checkRateApplicability,
        Boolean reprice,
        Boolean applyCancellationFee,
        String reason) {

    public ReservationUpdate {
        // Only the top level holds ReservationUpdates, so only it can say which item lacks its ReservationId.
        for (int i = 0; reservationUpdates != null && i < reservationUpdates.size(); i++) {
            Require.present(reservationUpdates.get(i).reservationId(), "ReservationUpdates[" + i + "].ReservationId");
        }
    }

    /** Who checked in. */
    public record OptionsUpdate(UpdateValue<Boolean> ownerCheckedIn) {
    }

    /** A change of the interval alone, as {@code reservations/updateInterval} makes it. */
    static ReservationUpdate interval(UUID reservationId, Instant startUtc, Instant endUtc) {
        return new ReservationUpdate(null, reservationId, null,
                startUtc == null ? null : new UpdateValue<>(startUtc), endUtc == null ? null : new UpdateValue<>(endUtc),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, false, null, null);
    }
}
