package dev.connector.reservations;

import dev.connector.api.InvalidRequest;
import java.util.UUID;

/**
 * How many guests of one age category a reservation is for. Its messages name its own properties; the binder puts
 * the item's place in the request before them (e.g. {@code Reservations[0].PersonCounts[1].Count}).
 */
public record PersonCount(UUID ageCategoryId, Integer count) {

    public PersonCount {
        if (ageCategoryId == null) {
            throw new InvalidRequest("AgeCategoryId is required.");
        }
        if (count == null || count < 1) {
            throw new InvalidRequest("Count must be a positive number.");
        }
    }
}
