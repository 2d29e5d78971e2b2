package dev.connector.reservations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reservation as {@code reservations/getAll/2023-06-06} returns it, and as it is stored. Changes go through
 * {@link #edit()}, which copies it into a {@link Builder}.
 */
public record Reservation(
        UUID id,
        UUID serviceId,
        UUID accountId,
        String accountType,
        UUID creatorProfileId,
        UUID updaterProfileId,
        UUID bookerId,
        String number,
        ServiceOrderState state,
        ReservationOrigin origin,
        CommanderOrigin commanderOrigin,
        String originDetails,
        Instant createdUtc,
        Instant updatedUtc,
        Instant cancelledUtc,
        UUID voucherId,
        UUID businessSegmentId,
        Options options,
        UUID rateId,
        UUID creditCardId,
        UUID groupId,
        UUID requestedResourceCategoryId,
        UUID assignedResourceId,
        UUID availabilityBlockId,
        UUID partnerCompanyId,
        UUID travelAgencyId,
        boolean assignedResourceLocked,
        String channelNumber,
        String channelManagerNumber,
        CancellationReason cancellationReason,
        Instant releasedUtc,
        Instant startUtc,
        Instant endUtc,
        Instant scheduledStartUtc,
        Instant actualStartUtc,
        Instant scheduledEndUtc,
        Instant actualEndUtc,
        ReservationPurpose purpose,
        String qrCodeData,
        List<PersonCount> personCounts) {

    public static final String CUSTOMER = "Customer";

    /** Who checked in, and whether it happened through this API. */
    public record Options(boolean ownerCheckedIn, boolean allCompanionsCheckedIn, boolean anyCompanionCheckedIn,
                          boolean connectorCheckIn) {

        public static final Options NONE = new Options(false, false, false, false);
    }

    public Reservation {
        personCounts = List.copyOf(personCounts);
    }

    public int guestCount() {
        return personCounts.stream().mapToInt(PersonCount::count).sum();
    }

    public Builder edit() {
        return new Builder(this);
    }

    /**
     * A copy being changed within one transaction. {@link #build()} keeps the deprecated StartUtc (the earlier of
     * the scheduled start and the check-in) and EndUtc (the scheduled end) in step with the fields they derive from.
     */
    public static final class Builder {
        private UUID id;
        private UUID serviceId;
        private UUID accountId;
        private String accountType = CUSTOMER;
        private UUID creatorProfileId;
        private UUID updaterProfileId;
        private UUID bookerId;
        private String number;
        private ServiceOrderState state;
        private ReservationOrigin origin = ReservationOrigin.Connector;
        private CommanderOrigin commanderOrigin;
        private String originDetails;
        private Instant createdUtc;
        private Instant updatedUtc;
        private Instant cancelledUtc;
        private UUID voucherId;
        private UUID businessSegmentId;
        private Options options = Options.NONE;
        private UUID rateId;
        private UUID creditCardId;
        private UUID groupId;
        private UUID requestedResourceCategoryId;
        private UUID assignedResourceId;
        private UUID availabilityBlockId;
        private UUID partnerCompanyId;
        private UUID travelAgencyId;
        private boolean assignedResourceLocked;
        private String channelNumber;
        private String channelManagerNumber;
        private CancellationReason cancellationReason;
        private Instant releasedUtc;
        private Instant scheduledStartUtc;
        private Instant actualStartUtc;
        private Instant scheduledEndUtc;
        private Instant actualEndUtc;
        private ReservationPurpose purpose;
        private String qrCodeData;
        private List<PersonCount> personCounts = List.of();

        public Builder() {
        }

        private Builder(Reservation r) {
            id = r.id;
            serviceId = r.serviceId;
            accountId = r.accountId;
            accountType = r.accountType;
            creatorProfileId = r.creatorProfileId;
            updaterProfileId = r.updaterProfileId;
            bookerId = r.bookerId;
            number = r.number;
            state = r.state;
            origin = r.origin;
            commanderOrigin = r.commanderOrigin;
            originDetails = r.originDetails;
            createdUtc = r.createdUtc;
            updatedUtc = r.updatedUtc;
            cancelledUtc = r.cancelledUtc;
            voucherId = r.voucherId;
            businessSegmentId = r.businessSegmentId;
            options = r.options;
            rateId = r.rateId;
            creditCardId = r.creditCardId;
            groupId = r.groupId;
            requestedResourceCategoryId = r.requestedResourceCategoryId;
            assignedResourceId = r.assignedResourceId;
            availabilityBlockId = r.availabilityBlockId;
            partnerCompanyId = r.partnerCompanyId;
            travelAgencyId = r.travelAgencyId;
            assignedResourceLocked = r.assignedResourceLocked;
            channelNumber = r.channelNumber;
            channelManagerNumber = r.channelManagerNumber;
            cancellationReason = r.cancellationReason;
            releasedUtc = r.releasedUtc;
            scheduledStartUtc = r.scheduledStartUtc;
            actualStartUtc = r.actualStartUtc;
            scheduledEndUtc = r.scheduledEndUtc;
            actualEndUtc = r.actualEndUtc;
            purpose = r.purpose;
            qrCodeData = r.qrCodeData;
            personCounts = r.personCounts;
        }

        public Builder id(UUID value) {
            id = value;
            return this;
        }

        public Builder serviceId(UUID value) {
            serviceId = value;
            return this;
        }

        public Builder accountId(UUID value) {
            accountId = value;
            return this;
        }

        public Builder creatorProfileId(UUID value) {
            creatorProfileId = value;
            return this;
        }

        public Builder updaterProfileId(UUID value) {
            updaterProfileId = value;
            return this;
        }

        public Builder bookerId(UUID value) {
            bookerId = value;
            return this;
        }

        public Builder number(String value) {
            number = value;
            return this;
        }

        public Builder state(ServiceOrderState value) {
            state = value;
            return this;
        }

        public Builder origin(ReservationOrigin value) {
            origin = value;
            return this;
        }

        public Builder commanderOrigin(CommanderOrigin value) {
            commanderOrigin = value;
            return this;
        }

        public Builder createdUtc(Instant value) {
            createdUtc = value;
            return this;
        }

        public Builder updatedUtc(Instant value) {
            updatedUtc = value;
            return this;
        }

        public Builder cancelledUtc(Instant value) {
            cancelledUtc = value;
            return this;
        }

        public Builder businessSegmentId(UUID value) {
            businessSegmentId = value;
            return this;
        }

        public Builder options(Options value) {
            options = value;
            return this;
        }

        public Builder rateId(UUID value) {
            rateId = value;
            return this;
        }

        public Builder voucherId(UUID value) {
            voucherId = value;
            return this;
        }

        public Builder creditCardId(UUID value) {
            creditCardId = value;
            return this;
        }

        public Builder groupId(UUID value) {
            groupId = value;
            return this;
        }

        public Builder requestedResourceCategoryId(UUID value) {
            requestedResourceCategoryId = value;
            return this;
        }

        public Builder assignedResourceId(UUID value) {
            assignedResourceId = value;
            return this;
        }

        public Builder availabilityBlockId(UUID value) {
            availabilityBlockId = value;
            return this;
        }

        public Builder partnerCompanyId(UUID value) {
            partnerCompanyId = value;
            return this;
        }

        public Builder travelAgencyId(UUID value) {
            travelAgencyId = value;
            return this;
        }

        public Builder assignedResourceLocked(boolean value) {
            assignedResourceLocked = value;
            return this;
        }

        public Builder channelNumber(String value) {
            channelNumber = value;
            return this;
        }

        public Builder cancellationReason(CancellationReason value) {
            cancellationReason = value;
            return this;
        }

        public Builder releasedUtc(Instant value) {
            releasedUtc = value;
            return this;
        }

        public Builder scheduledStartUtc(Instant value) {
            scheduledStartUtc = value;
            return this;
        }

        public Builder actualStartUtc(Instant value) {
            actualStartUtc = value;
            return this;
        }

        public Builder scheduledEndUtc(Instant value) {
            scheduledEndUtc = value;
            return this;
        }

        public Builder actualEndUtc(Instant value) {
            actualEndUtc = value;
            return this;
        }

        public Builder purpose(ReservationPurpose value) {
            purpose = value;
            return this;
        }

        public Builder personCounts(List<PersonCount> value) {
            personCounts = value;
            return this;
        }

        public Reservation build() {
            Instant start = actualStartUtc != null && actualStartUtc.isBefore(scheduledStartUtc)
                    ? actualStartUtc : scheduledStartUtc;
            return new Reservation(id, serviceId, accountId, accountType, creatorProfileId, updaterProfileId, bookerId,
                    number, state, origin, commanderOrigin, originDetails, createdUtc, updatedUtc, cancelledUtc,
                    voucherId, businessSegmentId, options, rateId, creditCardId, groupId, requestedResourceCategoryId,
                    assignedResourceId, availabilityBlockId, partnerCompanyId, travelAgencyId, assignedResourceLocked,
                    channelNumber, channelManagerNumber, cancellationReason, releasedUtc, start, scheduledEndUtc,
                    scheduledStartUtc, actualStartUtc, scheduledEndUtc, actualEndUtc, purpose, qrCodeData,
                    personCounts);
        }
    }
}
