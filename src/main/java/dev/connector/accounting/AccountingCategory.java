package dev.connector.accounting;

import java.time.Instant;
import java.util.UUID;

/** A category that revenue and payments are reported under, as {@code accountingCategories/getAll} returns it. */
public record AccountingCategory(UUID id, UUID enterpriseId, boolean isActive, String name, String code,
                                 String externalCode, String ledgerAccountCode, String postingAccountCode,
                                 String costCenterCode, String classification, Instant createdUtc,
                                 Instant updatedUtc) {
}
