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
import java.util.stream.Stream;

/**
 * The kind of an event as the outbox stores it: the constant's name is the {@code type} column's value, and the
 * record class is what the row's payload is read as. General Webhook events are stored under their discriminator,
 * the others under a name of their own. Existing rows hold these names: never rename a constant.
 */
sealed interface EventType permits GeneralEventKind, EventType.Other {

    /** The stored name. */
    String name();

    Class<? extends DomainEvent> eventClass();

    /** The events General Webhooks do not carry: real-time only (named as their frames), or an integration's own. */
    enum Other implements EventType {
        DeviceCommand(DeviceCommandUpdated.class),
        PriceUpdate(PriceUpdated.class),
        IntegrationChanged(DomainEvent.IntegrationChanged.class);

        private final Class<? extends DomainEvent> eventClass;

        Other(Class<? extends DomainEvent> eventClass) {
            this.eventClass = eventClass;
        }

        @Override
        public Class<? extends DomainEvent> eventClass() {
            return eventClass;
        }
    }

    static EventType of(DomainEvent event) {
        return switch (event) {
            case ServiceOrderUpdated e -> GeneralEventKind.ServiceOrderUpdated;
            case ResourceUpdated e -> GeneralEventKind.ResourceUpdated;
            case MessageAdded e -> GeneralEventKind.MessageAdded;
            case ResourceBlockUpdated e -> GeneralEventKind.ResourceBlockUpdated;
            case CustomerAdded e -> GeneralEventKind.CustomerAdded;
            case CustomerUpdated e -> GeneralEventKind.CustomerUpdated;
            case PaymentUpdated e -> GeneralEventKind.PaymentUpdated;
            case DeviceCommandUpdated e -> Other.DeviceCommand;
            case PriceUpdated e -> Other.PriceUpdate;
            case IntegrationChanged e -> Other.IntegrationChanged;
        };
    }

    /** The type a row's {@code type} column names; an unknown name is a store this version cannot read. */
    static EventType stored(String name) {
        return Stream.<EventType>concat(Stream.of(GeneralEventKind.values()), Stream.of(Other.values()))
                .filter(type -> type.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown event type in the outbox: " + name));
    }
}
