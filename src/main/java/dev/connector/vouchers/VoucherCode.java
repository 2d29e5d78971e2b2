package dev.connector.vouchers;

import java.time.Instant;
import java.util.UUID;

/** A code customers book a voucher's rates with, as the API returns it; deleted codes stay readable, inactive. */
public record VoucherCode(UUID id, UUID voucherId, String value, Instant validityStartUtc, Instant validityEndUtc,
                          Instant createdUtc, Instant updatedUtc, String activityState, boolean isActive) {

    VoucherCode deleted(Instant now) {
        return new VoucherCode(id, voucherId, value, validityStartUtc, validityEndUtc, createdUtc, now, "Deleted",
                false);
    }
}
