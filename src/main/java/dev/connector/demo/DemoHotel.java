package dev.connector.demo;

import dev.connector.enterprises.Enterprise;
import java.util.UUID;

/**
 * One demo hotel as seeds see it: its enterprise, the key its demo ids derive from ("uk" or "us"), its stay
 * service, and the integration of the first demo application with it (devices are linked to that one).
 */
public record DemoHotel(String key, Enterprise enterprise, UUID serviceId, UUID firstApplicationIntegrationId) {

    public UUID enterpriseId() {
        return enterprise.id();
    }

    public UUID chainId() {
        return enterprise.chainId();
    }

    /** A deterministic id for an entity of this hotel, e.g. {@code id("customer/7")}. */
    public UUID id(String name) {
        return DemoIds.of(key + "/" + name);
    }
}
