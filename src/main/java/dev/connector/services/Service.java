package dev.connector.services;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A service of an enterprise as the API returns it (services/getAll); also the stored document. */
public record Service(
        UUID id,
        UUID enterpriseId,
        boolean isActive,
        String name,
        Map<String, String> names,
        String startTime,
        String endTime,
        Options options,
        Promotions promotions,
        String type,
        int ordering,
        Data data,
        String externalIdentifier,
        Instant createdUtc,
        Instant updatedUtc) {

    /** Service options. */
    public record Options(boolean billAsPackage) {
    }

    /** When products or services may be offered to a guest. */
    public record Promotions(boolean beforeCheckIn, boolean afterCheckIn, boolean duringStay, boolean beforeCheckOut,
                             boolean afterCheckOut, boolean duringCheckOut) {

        public static final Promotions NONE = new Promotions(false, false, false, false, false, false);
    }

    /** The coproduct {Discriminator: Bookable | Additional, Value}. */
    public record Data(String discriminator, Object value) {
    }

    /** Data of a bookable (stay) service: offsets of the default and occupancy times from the day's bounds. */
    public record BookableData(String startOffset, String endOffset, String occupancyStartOffset,
                               String occupancyEndOffset, String timeUnit, String timeUnitPeriod) {
    }

    /** Data of an additional service. */
    public record AdditionalData(Promotions promotions) {
    }
}
