package dev.connector.availability;

/** The per-night figures {@code services/getAvailability/2024-01-22} can return for a resource category. */
public enum AvailabilityMetric {
    OutOfOrderBlocks,
    PublicAvailabilityAdjustment,
    OtherServiceReservationCount,
    Occupied,
    ConfirmedReservations,
    OptionalReservations,
    BlockAvailability,
    AllocatedBlockAvailability,
    UsableResources,
    ActiveResources;

    /** This metric's value on night i; other services' reservations do not exist here, so they are 0. */
    int valueOn(CategoryNights nights, int i) {
        return switch (this) {
            case OutOfOrderBlocks -> nights.outOfOrder().get(i);
            case PublicAvailabilityAdjustment -> nights.adjustments().get(i);
            case OtherServiceReservationCount -> 0;
            case BlockAvailability -> nights.blockRemaining().get(i);
            case AllocatedBlockAvailability -> nights.blockAllocated().get(i);
            case Occupied -> nights.occupied().get(i);
            case ConfirmedReservations -> nights.confirmed().get(i);
            case OptionalReservations -> nights.optional().get(i);
            case UsableResources -> nights.activeResources().get(i) - nights.outOfOrder().get(i);
            case ActiveResources -> nights.activeResources().get(i);
        };
    }
}
