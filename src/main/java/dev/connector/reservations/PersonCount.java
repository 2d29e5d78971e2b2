package dev.connector.reservations;

import dev.connector.api.InvalidRequest;
import java.util.UUID;

/** How many guests of one age category a reservation is for. */
public record PersonCount(UUID ageCategoryId, Integer count) {

    public PersonCount {
        if (ageCategoryId == null) {
            throw new InvalidRequest("PersonCounts.AgeCategoryId is required.");
        }
        if (count == null || count < 1) {
            throw new InvalidRequest("PersonCounts.Count must be a positive number.");
        }
    }
}
