package dev.connector.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The nights (day time units in the enterprise's time zone) a stay occupies: from the local date of its start to
 * the day before the local date of its end, and at least the start day (a stay that ends on the day it starts).
 */
public record Stay(LocalDate firstNight, LocalDate lastNight) {

    public Stay {
        if (lastNight.isBefore(firstNight)) {
            throw new IllegalArgumentException("lastNight " + lastNight + " is before firstNight " + firstNight);
        }
    }

    public static Stay of(Instant startUtc, Instant endUtc, ZoneId zone) {
        LocalDate first = startUtc.atZone(zone).toLocalDate();
        LocalDate endDay = endUtc.atZone(zone).toLocalDate();
        return new Stay(first, endDay.isAfter(first) ? endDay.minusDays(1) : first);
    }

    public List<LocalDate> nights() {
        List<LocalDate> nights = new ArrayList<>();
        for (LocalDate night = firstNight; !night.isAfter(lastNight); night = night.plusDays(1)) {
            nights.add(night);
        }
        return nights;
    }

    public int length() {
        return (int) (lastNight.toEpochDay() - firstNight.toEpochDay()) + 1;
    }

    /** The UTC instant at which a night (a day time unit) starts: local midnight. */
    public static Instant unitStart(LocalDate night, ZoneId zone) {
        return night.atStartOfDay(zone).toInstant();
    }
}
