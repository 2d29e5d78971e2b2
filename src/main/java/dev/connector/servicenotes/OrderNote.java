package dev.connector.servicenotes;

import java.time.Instant;
import java.util.UUID;

/** A note on a service order (reservation), as the API returns it and as it is stored. */
public record OrderNote(UUID id, UUID orderId, String text, Type type, Instant createdUtc, Instant updatedUtc) {

    /** Who wrote the note: staff or partners (General), a channel manager, or the guest (SpecialRequest). */
    public enum Type {
        General,
        ChannelManager,
        SpecialRequest
    }

    OrderNote withText(String newText, Instant now) {
        return new OrderNote(id, orderId, newText, type, createdUtc, now);
    }
}
