package dev.connector.reservations;

import dev.connector.payments.OrderItemOld;
import dev.connector.resources.Resource;
import dev.connector.resources.ResourceCategory;
import java.util.List;
import java.util.UUID;

/**
 * The 2017 result of {@code reservations/getAll} and {@code reservations/update}: the reservations and, as the
 * request's Extent asks, what they refer to. A part not asked for (or not kept here) is null.
 */
public record ReservationsResult(
        List<ReservationOld> reservations,
        List<GroupOld> reservationGroups,
        List<Object> customers,
        List<Resource> resources,
        List<ResourceCategory> resourceCategories,
        List<OrderItemOld> orderItems,
        UUID cursor) {

    /** A reservation group in the 2017 shape. */
    public record GroupOld(UUID id, String name) {
    }

    static ReservationsResult of(List<ReservationOld> reservations) {
        return new ReservationsResult(reservations, null, null, null, null, null, null);
    }
}
