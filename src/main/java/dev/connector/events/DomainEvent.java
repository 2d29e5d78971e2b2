package dev.connector.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A committed change that partners hear about through webhooks or WebSockets. Each kind carries what its
 * delivery channels need, so that delivery never has to read the entity again.
 */
public sealed interface DomainEvent {

    /** The enterprise the change happened in; null for events of an integration's lifecycle. */
    UUID enterpriseId();

    /** The changed entity (reservation, resource, customer, ...); for a price update, the update's own id. */
    UUID entityId();

    /** A reservation (service order) was added or changed in any way. */
    record ServiceOrderUpdated(UUID enterpriseId, UUID entityId, String state, Instant startUtc, Instant endUtc,
                               UUID assignedResourceId) implements DomainEvent {
    }

    record ResourceUpdated(UUID enterpriseId, UUID entityId, String state) implements DomainEvent {
    }

    record ResourceBlockUpdated(UUID enterpriseId, UUID entityId) implements DomainEvent {
    }

    record MessageAdded(UUID enterpriseId, UUID entityId) implements DomainEvent {
    }

    record CustomerAdded(UUID enterpriseId, UUID entityId) implements DomainEvent {
    }

    record CustomerUpdated(UUID enterpriseId, UUID entityId) implements DomainEvent {
    }

    record PaymentUpdated(UUID enterpriseId, UUID entityId) implements DomainEvent {
    }

    /** A device command was added or changed state; only the integration owning the device may see it. */
    record DeviceCommandUpdated(UUID enterpriseId, UUID entityId, String state, UUID integrationId)
            implements DomainEvent {
    }

    /** Prices or availability of a rate changed for an interval (real-time channel only). */
    record PriceUpdated(UUID enterpriseId, UUID entityId, Instant startUtc, Instant endUtc, UUID rateId,
                        UUID resourceCategoryId) implements DomainEvent {
    }

    /**
     * Something happened to an integration (created, enabled, ...): delivered as one Integration Webhook to
     * its application. {@code data} is the webhook's Data object as the reference defines it for the action.
     */
    record IntegrationChanged(UUID entityId, UUID applicationId, String action, JsonNode data)
            implements DomainEvent {
        @Override
        public UUID enterpriseId() {
            return null;
        }
    }
}
