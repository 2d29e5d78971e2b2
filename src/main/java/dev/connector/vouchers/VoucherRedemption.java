package dev.connector.vouchers;

import dev.connector.api.Forbidden;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What a voucher code gives a booking: access to the voucher's rates. A reservation booked with a code is priced
 * with the rate it names, which must be one of the voucher's; the code must be known and active, within its
 * validity, and the stay within the voucher's occupiable interval. Runs inside the caller's transaction.
 * Stateless and thread-safe.
 */
public final class VoucherRedemption {

    private final VoucherStore store;

    VoucherRedemption(VoucherStore store) {
        this.store = store;
    }

    /** A stay to book with a code: its service, rate and nights, in the enterprise's time zone. */
    public record Booking(UUID enterpriseId, UUID serviceId, UUID rateId, LocalDate firstNight, LocalDate lastNight,
                          ZoneId zone) {
    }

    /**
     * The id of the voucher the code belongs to, when the code gives access to the booking's rate; null when no code
     * was given. Refuses (403, for the guest to read) an unknown or used-up code and a rate the voucher does not
     * give.
     */
    public UUID redeem(Handle handle, String code, Booking booking, Instant now) {
        if (code == null || code.isBlank()) {
            return null;
        }
        VoucherCode found = store.activeCode(handle, booking.enterpriseId(), code.strip())
                .orElseThrow(() -> new Forbidden("The voucher code " + code + " is not valid at this hotel."));
        if (found.validityStartUtc() != null && now.isBefore(found.validityStartUtc())) {
            throw new Forbidden("The voucher code " + code + " can only be used from "
                    + found.validityStartUtc().atZone(booking.zone()).toLocalDate() + ".");
        }
        if (found.validityEndUtc() != null && now.isAfter(found.validityEndUtc())) {
            throw new Forbidden("The voucher code " + code + " is used up: it could be used until "
                    + found.validityEndUtc().atZone(booking.zone()).toLocalDate() + ".");
        }
        StoredVoucher stored = store.find(handle, List.of(found.voucherId()), List.of(booking.enterpriseId())).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Voucher code " + found.id() + " has no voucher"));
        Voucher voucher = stored.voucher();
        if (!voucher.isActive() || !voucher.serviceId().equals(booking.serviceId())) {
            throw new Forbidden("The voucher code " + code + " is no longer valid for this booking.");
        }
        if (voucher.occupiableIntervalStartUtc() != null
                && booking.firstNight().isBefore(voucher.occupiableIntervalStartUtc().atZone(booking.zone()).toLocalDate())) {
            throw new Forbidden("The voucher code " + code + " applies to stays from "
                    + voucher.occupiableIntervalStartUtc().atZone(booking.zone()).toLocalDate() + " only.");
        }
        if (voucher.occupiableIntervalEndUtc() != null
                && booking.lastNight().isAfter(voucher.occupiableIntervalEndUtc().atZone(booking.zone()).toLocalDate())) {
            throw new Forbidden("The voucher code " + code + " applies to nights until "
                    + voucher.occupiableIntervalEndUtc().atZone(booking.zone()).toLocalDate() + " only.");
        }
        if (!stored.assignedRateIds().contains(booking.rateId())) {
            throw new Forbidden("The voucher code " + code + " does not give the rate " + booking.rateId()
                    + "; book one of its rates: " + stored.assignedRateIds() + ".");
        }
        return voucher.id();
    }
}
