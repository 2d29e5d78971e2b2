package dev.connector.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * An order of products or custom items for an additional service, consumed at one moment (unlike a reservation),
 * as {@code productServiceOrders/getAll} returns it and as stored.
 */
public record ProductServiceOrder(UUID id, UUID serviceId, UUID accountId, String accountType, UUID creatorProfileId,
                                  UUID updaterProfileId, UUID bookerId, String number, String state, String origin,
                                  String commanderOrigin, String originDetails, Instant createdUtc, Instant updatedUtc,
                                  Instant cancelledUtc, UUID voucherId, UUID businessSegmentId,
                                  UUID linkedReservationId, Options options) {

    /** Check-in flags of the spec's service order; a product order has no stay, so they are all false. */
    public record Options(boolean ownerCheckedIn, boolean allCompanionsCheckedIn, boolean anyCompanionCheckedIn,
                          boolean connectorCheckIn) {
    }
}
