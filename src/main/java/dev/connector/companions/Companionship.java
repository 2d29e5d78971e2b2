package dev.connector.companions;

import java.util.UUID;

/** A customer who stays with a reservation (the owner may be one too), as {@code companionships/getAll} returns it. */
public record Companionship(UUID id, UUID customerId, UUID reservationGroupId, UUID reservationId) {
}
