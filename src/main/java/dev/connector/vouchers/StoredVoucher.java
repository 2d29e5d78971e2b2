package dev.connector.vouchers;

import java.util.List;
import java.util.UUID;

/** A voucher as stored: its API shape, its enterprise, and the rates it gives access to (at most ten). */
record StoredVoucher(UUID enterpriseId, Voucher voucher, List<UUID> assignedRateIds) {

    StoredVoucher {
        assignedRateIds = assignedRateIds == null ? List.of() : List.copyOf(assignedRateIds);
    }
}
