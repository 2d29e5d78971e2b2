package dev.connector.api;

import java.time.Duration;
import java.time.Instant;

/** An inclusive interval {StartUtc, EndUtc} as operations take it in filters. */
public record TimeInterval(Instant startUtc, Instant endUtc) {

    /** A filter interval of roughly three months (the reference's limit for UpdatedUtc and similar filters). */
    public static final Duration THREE_MONTHS = Duration.ofDays(93);

    /**
     * Checks this interval as the filter named {@code field}: both ends present, in order, and no longer than
     * {@code max}. Returns itself so that it can be used inline.
     */
    public TimeInterval validate(String field, Duration max) {
        if (startUtc == null) {
            throw new InvalidRequest(field + ".StartUtc is required.");
        }
        if (endUtc == null) {
            throw new InvalidRequest(field + ".EndUtc is required.");
        }
        if (endUtc.isBefore(startUtc)) {
            throw new InvalidRequest(field + ".EndUtc must not be before " + field + ".StartUtc.");
        }
        if (max != null && Duration.between(startUtc, endUtc).compareTo(max) > 0) {
            throw new InvalidRequest(field + " must not be longer than " + max.toDays() + " days.");
        }
        return this;
    }

    /** Null-safe form of {@link #validate}: an absent filter stays absent. */
    public static TimeInterval validate(TimeInterval interval, String field, Duration max) {
        return interval == null ? null : interval.validate(field, max);
    }
}
