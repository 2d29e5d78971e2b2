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

    /** This metric's value on night i; availability blocks and other services do not exist here, so they are 0. */
    int valueOn(CategoryNights nights, int i) {
        return switch (this) {
            case OutOfOrderBlocks -> nights.outOfOrder().get(i);
            case PublicAvailabilityAdjustment -> nights.adjustments().get(i);
            case OtherServiceReservationCount, BlockAvailability, AllocatedBlockAvailability -> 0;
            case Occupied -> nights.occupied().get(i);
            case ConfirmedReservations -> nights.confirmed().get(i);
            case OptionalReservations -> nights.optional().get(i);
            case UsableResources -> nights.activeResources().get(i) - nights.outOfOrder().get(i);
            case ActiveResources -> nights.activeResources().get(i);
        };
    }
}
