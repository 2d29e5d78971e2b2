package dev.connector.loyalty;

import dev.connector.accounts.ProfileData;
import java.time.Instant;
import java.util.UUID;

/** The membership of an account in a loyalty program, as the API returns it. */
public record LoyaltyMembership(UUID id, UUID chainId, UUID accountId, UUID loyaltyProgramId, State state,
                                boolean isPrimary, String providerMembershipId, String code, Integer points,
                                Instant expirationDate, String url, UUID loyaltyTierId, ProfileData creatorProfile,
                                ProfileData updaterProfile) {

    /** Where a membership stands: applied for (New, Pending), active (Enrolled), or ended (Canceled, Declined). */
    public enum State {
        New,
        Pending,
        Enrolled,
        Canceled,
        Declined
    }

    LoyaltyMembership withPrimary(boolean primary) {
        return new LoyaltyMembership(id, chainId, accountId, loyaltyProgramId, state, primary, providerMembershipId,
                code, points, expirationDate, url, loyaltyTierId, creatorProfile, ProfileData.integration());
    }
}
