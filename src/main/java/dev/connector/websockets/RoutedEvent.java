package dev.connector.websockets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.events.DomainEvent.DeviceCommandUpdated;
import dev.connector.events.StoredEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An outbox event prepared once for all sockets: where it stands, who may see it, and its frame entry already
 * written as JSON (so fan-out to many sockets never serialises the same event twice).
 *
 * @param onlyFor the one integration allowed to see it (device commands), or null for every integration of the
 *                enterprise
 */
record RoutedEvent(long position, Instant createdUtc, UUID enterpriseId, UUID onlyFor, EventKind kind, String json) {

    static Optional<RoutedEvent> of(StoredEvent stored, ObjectMapper mapper) {
        return FrameEvent.of(stored.event()).map(entry -> new RoutedEvent(
                stored.position(),
                stored.createdUtc(),
                stored.event().enterpriseId(),
                stored.event() instanceof DeviceCommandUpdated command ? command.integrationId() : null,
                entry.kind(),
                write(mapper, entry)));
    }

    private static String write(ObjectMapper mapper, FrameEvent entry) {
        try {
            return mapper.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the WebSocket event " + entry, e);
        }
    }
}
