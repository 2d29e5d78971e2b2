package dev.connector.loyalty;

import java.util.UUID;

/** A loyalty program of a chain as the API returns it. */
public record LoyaltyProgram(UUID id, UUID chainId, String name, String code, Type type, Subscription subscription) {

    public enum Type {
        Hotel,
        ExternalPartner,
        SoftBrand,
        Unknown
    }

    public enum Subscription {
        Free,
        Paid
    }
}
