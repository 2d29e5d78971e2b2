package dev.connector.reservations;

import java.util.UUID;

/** A group of reservations booked together, as {@code reservationGroups/getAll} returns it. */
public record ReservationGroup(UUID id, UUID enterpriseId, String name, String channelManager,
                               String channelManagerGroupNumber) {
}
