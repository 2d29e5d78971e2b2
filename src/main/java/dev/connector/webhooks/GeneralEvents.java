package dev.connector.webhooks;

import dev.connector.events.DomainEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The seven discriminators General Webhooks carry, and which domain events become which. */
public final class GeneralEvents {

    /** Every General Webhook discriminator, in the reference's order; also the default selection. */
    public static final List<String> ALL = List.of("ServiceOrderUpdated", "ResourceUpdated", "MessageAdded",
            "ResourceBlockUpdated", "CustomerAdded", "CustomerUpdated", "PaymentUpdated");

    private GeneralEvents() {
    }

    /** The discriminator of an event as a General Webhook carries it, or null for events that are not for them. */
    static String discriminatorOf(DomainEvent event) {
        return switch (event) {
            case DomainEvent.ServiceOrderUpdated e -> "ServiceOrderUpdated";
            case DomainEvent.ResourceUpdated e -> "ResourceUpdated";
            case DomainEvent.MessageAdded e -> "MessageAdded";
            case DomainEvent.ResourceBlockUpdated e -> "ResourceBlockUpdated";
            case DomainEvent.CustomerAdded e -> "CustomerAdded";
            case DomainEvent.CustomerUpdated e -> "CustomerUpdated";
            case DomainEvent.PaymentUpdated e -> "PaymentUpdated";
            // Device commands and price updates are real-time only (WebSockets); integration changes have their own webhook.
            case DomainEvent.DeviceCommandUpdated e -> null;
            case DomainEvent.PriceUpdated e -> null;
            case DomainEvent.IntegrationChanged e -> null;
        };
    }

    /** The names as a set in the reference's order, refusing unknown ones with a message naming them. */
    static Set<String> parse(List<String> names) {
        Set<String> selected = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || !ALL.contains(name)) {
                throw new IllegalArgumentException("Events contains '" + name + "', which is not one of " + ALL + ".");
            }
            selected.add(name);
        }
        Set<String> ordered = new LinkedHashSet<>();
        ALL.stream().filter(selected::contains).forEach(ordered::add);
        return ordered;
    }
}
