package dev.connector.loyalty;

import java.util.UUID;

/** A tier of a loyalty program (Silver, Gold, ...) as the API returns it; Ordering ranks the tiers of a program. */
public record LoyaltyTier(UUID id, UUID loyaltyProgramId, String name, String code, int ordering) {
}
