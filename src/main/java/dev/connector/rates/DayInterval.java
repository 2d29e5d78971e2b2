package dev.connector.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive days, both ends included; a null end is open (the restriction has no start or no end). The interval
 * arithmetic behind restrictions/set (merge) and restrictions/clear (splice).
 */
record DayInterval(LocalDate first, LocalDate last) {

    DayInterval {
        if (first != null && last != null && last.isBefore(first)) {
            throw new IllegalArgumentException("Interval ends on " + last + " before it starts on " + first);
        }
    }

    boolean overlaps(DayInterval other) {
        return startsBeforeOrOn(first, other.last) && startsBeforeOrOn(other.first, last);
    }

    /** Overlapping, or one starting on the day after the other ends: together they are one interval. */
    boolean touches(DayInterval other) {
        return overlaps(other) || follows(other, this) || follows(this, other);
    }

    boolean contains(DayInterval other) {
        boolean fromStart = first == null || (other.first != null && !other.first.isBefore(first));
        boolean toEnd = last == null || (other.last != null && !other.last.isAfter(last));
        return fromStart && toEnd;
    }

    DayInterval union(DayInterval other) {
        LocalDate start = first == null || other.first == null ? null : min(first, other.first);
        LocalDate end = last == null || other.last == null ? null : max(last, other.last);
        return new DayInterval(start, end);
    }

    /** What remains of this interval once the days of {@code removed} are taken out: none, one or two parts. */
    List<DayInterval> minus(DayInterval removed) {
        List<DayInterval> parts = new ArrayList<>();
        if (!overlaps(removed)) {
            parts.add(this);
            return parts;
        }
        if (removed.first != null && (first == null || first.isBefore(removed.first))) {
            parts.add(new DayInterval(first, removed.first.minusDays(1)));
        }
        if (removed.last != null && (last == null || last.isAfter(removed.last))) {
            parts.add(new DayInterval(removed.last.plusDays(1), last));
        }
        return parts;
    }

    private static boolean follows(DayInterval earlier, DayInterval later) {
        return earlier.last != null && later.first != null && earlier.last.plusDays(1).equals(later.first);
    }

    /** True when a day {@code start} (null: the beginning of time) is not after {@code end} (null: no end). */
    private static boolean startsBeforeOrOn(LocalDate start, LocalDate end) {
        return start == null || end == null || !start.isAfter(end);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
