package dev.connector.outlets;

import java.time.Instant;
import java.util.UUID;

/** A closed bill of an outlet, as {@code outletItems/getAll} returns it. */
public record OutletBill(UUID id, UUID enterpriseId, UUID outletId, String number, Instant closedUtc,
                         Instant updatedUtc, String notes) {
}
