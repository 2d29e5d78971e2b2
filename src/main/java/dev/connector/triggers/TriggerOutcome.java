package dev.connector.triggers;

import java.util.List;
import java.util.UUID;

/**
 * What a trigger did: the entities it created or changed (its prerequisites included) and the events its
 * transactions committed to the outbox, each event kind and entity once.
 */
record TriggerOutcome(String trigger, UUID enterpriseId, List<Entity> entities, List<Event> events) {

    TriggerOutcome {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /** An entity by the type name its API operations use ({@code Reservation}, {@code Customer}, ...). */
    record Entity(String type, UUID id) {
    }

    /**
     * An event: the discriminator of a General Webhook event, or the real-time kind ({@code PriceUpdate},
     * {@code DeviceCommand}), and the id the event carries.
     */
    record Event(String discriminator, UUID id) {
    }
}
