package dev.connector.events;

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
import java.util.UUID;

/** The stored name of each event kind (the outbox's {@code type} column) and back. */
public final class EventTypes {

    private EventTypes() {
    }

    public static String nameOf(DomainEvent event) {
        return switch (event) {
            case ServiceOrderUpdated e -> "ServiceOrderUpdated";
            case ResourceUpdated e -> "ResourceUpdated";
            case ResourceBlockUpdated e -> "ResourceBlockUpdated";
            case MessageAdded e -> "MessageAdded";
            case CustomerAdded e -> "CustomerAdded";
            case CustomerUpdated e -> "CustomerUpdated";
            case PaymentUpdated e -> "PaymentUpdated";
            case DeviceCommandUpdated e -> "DeviceCommand";
            case PriceUpdated e -> "PriceUpdate";
            case IntegrationChanged e -> "IntegrationChanged";
        };
    }

    static Class<? extends DomainEvent> classOf(String name) {
        return switch (name) {
            case "ServiceOrderUpdated" -> ServiceOrderUpdated.class;
            case "ResourceUpdated" -> ResourceUpdated.class;
            case "ResourceBlockUpdated" -> ResourceBlockUpdated.class;
            case "MessageAdded" -> MessageAdded.class;
            case "CustomerAdded" -> CustomerAdded.class;
            case "CustomerUpdated" -> CustomerUpdated.class;
            case "PaymentUpdated" -> PaymentUpdated.class;
            case "DeviceCommand" -> DeviceCommandUpdated.class;
            case "PriceUpdate" -> PriceUpdated.class;
            case "IntegrationChanged" -> IntegrationChanged.class;
            default -> throw new IllegalStateException("Unknown event type in the outbox: " + name);
        };
    }

    /** The one integration an event concerns, for events that are not for every integration of an enterprise. */
    static UUID integrationOf(DomainEvent event) {
        return switch (event) {
            case DeviceCommandUpdated e -> e.integrationId();
            case IntegrationChanged e -> e.entityId();
            default -> null;
        };
    }
}
