package dev.connector.reservations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reservation in the 2017 shape that {@code reservations/getAll}, {@code reservations/add} and
 * {@code reservations/update} still return: built from the stored {@link Reservation}.
 */
public record ReservationOld(
        UUID id,
        UUID serviceId,
        UUID groupId,
        String number,
        String channelNumber,
        String channelManagerNumber,
        String channelManagerGroupNumber,
        String channelManager,
        String state,
        String origin,
        String originDetails,
        ReservationPurpose purpose,
        Instant createdUtc,
        Instant updatedUtc,
        Instant cancelledUtc,
        Instant startUtc,
        Instant endUtc,
        Instant releasedUtc,
        UUID requestedCategoryId,
        UUID assignedSpaceId,
        boolean assignedSpaceLocked,
        UUID assignedResourceId,
        boolean assignedResourceLocked,
        UUID businessSegmentId,
        UUID companyId,
        UUID travelAgencyId,
        UUID availabilityBlockId,
        UUID rateId,
        UUID voucherId,
        UUID creditCardId,
        CancellationReason cancellationReason,
        int adultCount,
        int childCount,
        List<PersonCount> personCounts,
        UUID ownerId,
        UUID customerId,
        UUID bookerId,
        List<UUID> companionIds,
        String channelManagerId,
        Options options) {

    /** Who checked in (the 2017 shape has no ConnectorCheckIn). */
    public record Options(boolean ownerCheckedIn, boolean allCompanionsCheckedIn, boolean anyCompanionCheckedIn) {
    }

    /**
     * The 2017 shape of {@code reservation}; {@code childAgeCategories} are the age categories classified as
     * children, every other guest counts as an adult.
     */
    public static ReservationOld of(Reservation reservation, Map<UUID, Boolean> childAgeCategories) {
        int children = 0;
        int adults = 0;
        for (PersonCount count : reservation.personCounts()) {
            if (childAgeCategories.getOrDefault(count.ageCategoryId(), false)) {
                children += count.count();
            } else {
                adults += count.count();
            }
        }
        String origin = reservation.origin() == ReservationOrigin.Commander && reservation.commanderOrigin() != null
                ? "Commander" + reservation.commanderOrigin().name()
                : reservation.origin() == ReservationOrigin.Commander ? "CommanderInPerson" : reservation.origin().name();
        Reservation.Options options = reservation.options();
        return new ReservationOld(reservation.id(), reservation.serviceId(), reservation.groupId(),
                reservation.number(), reservation.channelNumber(), reservation.channelManagerNumber(), null, null,
                reservation.state().oldName(), origin, reservation.originDetails(), reservation.purpose(),
                reservation.createdUtc(), reservation.updatedUtc(), reservation.cancelledUtc(), reservation.startUtc(),
                reservation.endUtc(), reservation.releasedUtc(), reservation.requestedResourceCategoryId(),
                reservation.assignedResourceId(), reservation.assignedResourceLocked(),
                reservation.assignedResourceId(), reservation.assignedResourceLocked(),
                reservation.businessSegmentId(), reservation.partnerCompanyId(), reservation.travelAgencyId(),
                reservation.availabilityBlockId(), reservation.rateId(), reservation.voucherId(),
                reservation.creditCardId(), reservation.cancellationReason(), adults, children,
                reservation.personCounts(), reservation.accountId(), reservation.accountId(), reservation.bookerId(),
                List.of(reservation.accountId()), null,
                new Options(options.ownerCheckedIn(), options.allCompanionsCheckedIn(), options.anyCompanionCheckedIn()));
    }
}
