package dev.connector.accounting;

import java.time.Instant;
import java.util.UUID;

/**
 * A numbering sequence of the enterprise (bills, invoices, ...), as {@code counters/getAll} returns it. The stored
 * document has no value: it is read from the enterprise counter the row names when the counter is returned.
 */
public record Counter(UUID id, UUID enterpriseId, String name, boolean isDefault, long value, String format,
                      String type, Instant createdUtc, Instant updatedUtc) {

    public static final String BILL_COUNTER = "BillCounter";

    Counter withValue(long current) {
        return new Counter(id, enterpriseId, name, isDefault, current, format, type, createdUtc, updatedUtc);
    }
}
