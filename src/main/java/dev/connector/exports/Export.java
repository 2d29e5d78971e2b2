package dev.connector.exports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An export of one entity type, as stored: its state and, once done, its files by id. The API shape (with the
 * files' download addresses) is made by {@link ExportOperations}.
 */
public record Export(UUID id, Status status, EntityType entityType, List<StoredFile> files, Instant expiresUtc) {

    /** The export states of the spec. */
    public enum Status {
        Pending, Processing, Success, Failed, Expired
    }

    /** The exportable entity types of the spec. */
    public enum EntityType {
        OrderItem, Payment, Reservation, Customer, Company, Bill, AvailabilityAdjustment, AvailabilityBlock,
        ResourceBlock, LedgerEntry
    }

    /** A file of a finished export. */
    public record StoredFile(UUID id, long sizeInBytes) {
    }

    Export with(Status newStatus, List<StoredFile> newFiles, Instant expires) {
        return new Export(id, newStatus, entityType, newFiles, expires);
    }

    /** The state a client sees at {@code now}: a successful export past its expiry is Expired. */
    Status statusAt(Instant now) {
        return status == Status.Success && expiresUtc != null && now.isAfter(expiresUtc) ? Status.Expired : status;
    }
}
