package dev.connector.events;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The discriminators General Webhooks carry, spelled as the webhooks spell them and declared in the reference's
 * order; an integration's selection of General Webhook events is a set of them. Stored outbox rows of these events
 * hold the same names (see {@link EventType}), so a constant is never renamed.
 */
public enum GeneralEventKind implements EventType {
    ServiceOrderUpdated(DomainEvent.ServiceOrderUpdated.class),
    ResourceUpdated(DomainEvent.ResourceUpdated.class),
    MessageAdded(DomainEvent.MessageAdded.class),
    ResourceBlockUpdated(DomainEvent.ResourceBlockUpdated.class),
    CustomerAdded(DomainEvent.CustomerAdded.class),
    CustomerUpdated(DomainEvent.CustomerUpdated.class),
    PaymentUpdated(DomainEvent.PaymentUpdated.class);

    private final Class<? extends DomainEvent> eventClass;

    GeneralEventKind(Class<? extends DomainEvent> eventClass) {
        this.eventClass = eventClass;
    }

    /** The kind a General Webhook carries the event as; empty for events that are not for General Webhooks. */
    public static Optional<GeneralEventKind> of(DomainEvent event) {
        return switch (EventType.of(event)) {
            case GeneralEventKind kind -> Optional.of(kind);
            case EventType.Other other -> Optional.empty();
        };
    }

    /** Every kind: what an integration receives until it chooses otherwise. */
    public static Set<GeneralEventKind> all() {
        return EnumSet.allOf(GeneralEventKind.class);
    }

    /** The kind spelled exactly {@code name}, if there is one. */
    public static Optional<GeneralEventKind> named(String name) {
        for (GeneralEventKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    @Override
    public Class<? extends DomainEvent> eventClass() {
        return eventClass;
    }
}
