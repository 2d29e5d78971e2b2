package dev.connector.payments;

import java.time.Instant;
import java.util.UUID;

/** A payment card of a customer, as {@code creditCards/getAll} returns it and as stored. */
public record CreditCard(UUID id, UUID enterpriseId, UUID customerId, boolean isActive, String state, String kind,
                         String format, String type, String obfuscatedNumber, String expiration, Instant createdUtc,
                         Instant updatedUtc) {

    public static final String ENABLED = "Enabled";
    public static final String DISABLED = "Disabled";
    /** A card stored with the payment gateway, which the hotel may charge. */
    public static final String GATEWAY = "Gateway";
    /** A card presented at a terminal (or outside the system); it cannot be charged remotely. */
    public static final String TERMINAL = "Terminal";

    public CreditCard disabled(Instant now) {
        return new CreditCard(id, enterpriseId, customerId, false, DISABLED, kind, format, type, obfuscatedNumber,
                expiration, createdUtc, now);
    }
}
