package dev.connector.availability;

import dev.connector.api.ApiJson;
import dev.connector.api.InvalidRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Day time units named by their UTC start instant, as availability operations take and return them. */
final class TimeUnits {

    /** The reference's limit for day time units in one request. */
    static final int MAX_DAYS = 367;

    private TimeUnits() {
    }

    /** The night a time unit start denotes; anything but the local midnight of a day is refused. */
    static LocalDate night(Instant unitStart, ZoneId zone, String field) {
        if (unitStart == null) {
            throw new InvalidRequest(field + " is required.");
        }
        LocalDate night = unitStart.atZone(zone).toLocalDate();
        if (!Stay.unitStart(night, zone).equals(unitStart)) {
            LocalDate next = night.plusDays(1);
            throw new InvalidRequest(field + " must be the start of a day in the hotel's time zone " + zone
                    + ", such as " + ApiJson.format(Stay.unitStart(night, zone)) + " or "
                    + ApiJson.format(Stay.unitStart(next, zone)) + ".");
        }
        return night;
    }

    /** The nights from the first to the last unit start, checked for order and length. */
    static Stay range(Instant first, Instant last, ZoneId zone, String firstField, String lastField) {
        LocalDate firstNight = night(first, zone, firstField);
        LocalDate lastNight = night(last, zone, lastField);
        return range(firstNight, lastNight, firstField, lastField);
    }

    static Stay range(LocalDate firstNight, LocalDate lastNight, String firstField, String lastField) {
        if (lastNight.isBefore(firstNight)) {
            throw new InvalidRequest(lastField + " must not be before " + firstField + ".");
        }
        if (lastNight.toEpochDay() - firstNight.toEpochDay() + 1 > MAX_DAYS) {
            throw new InvalidRequest("The interval from " + firstField + " to " + lastField + " must not cover more than "
                    + MAX_DAYS + " days.");
        }
        return new Stay(firstNight, lastNight);
    }

    static List<Instant> starts(Stay range, ZoneId zone) {
        return range.nights().stream().map(night -> Stay.unitStart(night, zone)).toList();
    }
}
