package dev.connector.websockets;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.connector.events.DomainEvent;
import dev.connector.events.DomainEvent.CustomerAdded;
import dev.connector.events.DomainEvent.CustomerUpdated;
import dev.connector.events.DomainEvent.DeviceCommandUpdated;
import dev.connector.events.DomainEvent.IntegrationChanged;
import dev.connector.events.DomainEvent.MessageAdded;
import dev.connector.events.DomainEvent.PaymentUpdated;
import dev.connector.events.DomainEvent.PriceUpdated;
import dev.connector.events.DomainEvent.ResourceBlockUpdated;
import dev.connector.events.DomainEvent.ResourceUpdated;
import dev.connector.events.DomainEvent.ServiceOrderUpdated;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One entry of a frame's {@code Events} array, with exactly the fields the reference gives each {@code Type}. */
sealed interface FrameEvent {

    EventKind kind();

    /** The frame entry of an outbox event, or empty for events the real-time channel does not carry. */
    static Optional<FrameEvent> of(DomainEvent event) {
        return Optional.ofNullable(switch (event) {
            // A product service order (orders/add) has no stay: it is no reservation and has no frame.
            case ServiceOrderUpdated e -> e.startUtc() == null ? null
                    : new Reservation(e.entityId(), e.state(), e.startUtc(), e.endUtc(), e.assignedResourceId());
            case ResourceUpdated e -> new Resource(e.entityId(), e.state());
            case DeviceCommandUpdated e -> new DeviceCommand(e.entityId(), e.state());
            case PriceUpdated e ->
                    new PriceUpdate(e.entityId(), e.startUtc(), e.endUtc(), e.rateId(), e.resourceCategoryId());
            case ResourceBlockUpdated e -> null;
            case MessageAdded e -> null;
            case CustomerAdded e -> null;
            case CustomerUpdated e -> null;
            case PaymentUpdated e -> null;
            case IntegrationChanged e -> null;
        });
    }

    @JsonPropertyOrder("Type")
    record Reservation(UUID id, String state, Instant startUtc, Instant endUtc, UUID assignedResourceId)
            implements FrameEvent {
        @JsonProperty("Type")
        @Override
        public EventKind kind() {
            return EventKind.Reservation;
        }
    }

    @JsonPropertyOrder("Type")
    record Resource(UUID id, String state) implements FrameEvent {
        @JsonProperty("Type")
        @Override
        public EventKind kind() {
            return EventKind.Resource;
        }
    }

    @JsonPropertyOrder("Type")
    record DeviceCommand(UUID id, String state) implements FrameEvent {
        @JsonProperty("Type")
        @Override
        public EventKind kind() {
            return EventKind.DeviceCommand;
        }
    }

    @JsonPropertyOrder("Type")
    record PriceUpdate(UUID id, Instant startUtc, Instant endUtc, UUID rateId, UUID resourceCategoryId)
            implements FrameEvent {
        @JsonProperty("Type")
        @Override
        public EventKind kind() {
            return EventKind.PriceUpdate;
        }
    }
}
