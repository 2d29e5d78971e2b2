package dev.connector.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The counts behind the availability of one resource category on consecutive nights, from {@link #firstNight()}.
 * Index i of every list is the night {@code firstNight + i}.
 */
public record CategoryNights(
        UUID categoryId,
        LocalDate firstNight,
        List<Integer> activeResources,
        List<Integer> outOfOrder,
        List<Integer> occupied,
        List<Integer> confirmed,
        List<Integer> optional,
        List<Integer> adjustments,
        List<Integer> blockAllocated,
        List<Integer> blockRemaining) {

    /**
     * Units still to be sold on night i: rooms in order, less what reservations hold and what availability blocks
     * hold beyond their picked-up reservations, plus the manual adjustment.
     */
    public int available(int i) {
        return activeResources.get(i) - outOfOrder.get(i) - occupied.get(i) - blockRemaining.get(i) + adjustments.get(i);
    }

    public int nights() {
        return activeResources.size();
    }

    public LocalDate night(int i) {
        return firstNight.plusDays(i);
    }
}
