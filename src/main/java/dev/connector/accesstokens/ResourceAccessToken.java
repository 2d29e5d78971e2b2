package dev.connector.accesstokens;

import java.time.Instant;
import java.util.UUID;

/** A room key or door code of a reservation, as {@code resourceAccessTokens/getAll} returns it and as stored. */
public record ResourceAccessToken(UUID id, UUID enterpriseId, UUID serviceOrderId, UUID companionshipId,
                                  UUID resourceId, TokenType type, String value, String serialNumber,
                                  Instant validityStartUtc, Instant validityEndUtc, Permissions permissions,
                                  Instant createdUtc, Instant updatedUtc, boolean isActive) {

    /** How the guest opens the door. */
    public enum TokenType {
        PinCode,
        RfidTag
    }

    /** What the token opens besides (or instead of) the room. */
    public record Permissions(boolean bed, boolean room, boolean floor, boolean building) {
    }

    ResourceAccessToken deactivated(Instant now) {
        return new ResourceAccessToken(id, enterpriseId, serviceOrderId, companionshipId, resourceId, type, value,
                serialNumber, validityStartUtc, validityEndUtc, permissions, createdUtc, now, false);
    }
}
