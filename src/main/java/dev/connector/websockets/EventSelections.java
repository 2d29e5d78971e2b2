package dev.connector.websockets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for the event types each integration chose to receive over WebSockets (all of them until it chooses). */
final class EventSelections {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    EventSelections(ObjectMapper json) {
        this.json = json;
    }

    Set<EventKind> of(Handle handle, UUID integrationId) {
        return handle.createQuery("SELECT events FROM ws_event_selections WHERE integration_id = :id")
                .bind("id", integrationId.toString())
                .mapTo(String.class)
                .findOne()
                .map(this::read)
                .orElseGet(EventKind::all);
    }

    void choose(Handle handle, UUID integrationId, Set<EventKind> kinds, Instant now) {
        handle.createUpdate("""
                        INSERT INTO ws_event_selections (integration_id, events, updated_utc)
                        VALUES (:id, :events, :now)
                        ON CONFLICT (integration_id) DO UPDATE SET events = excluded.events, updated_utc = excluded.updated_utc""")
                .bind("id", integrationId.toString())
                .bind("events", write(kinds))
                .bind("now", now.toEpochMilli())
                .execute();
    }

    private Set<EventKind> read(String text) {
        try {
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (String name : json.readValue(text, NAMES)) {
                kinds.add(EventKind.valueOf(name));
            }
            return kinds;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable WebSocket event selection: " + text, e);
        }
    }

    private String write(Set<EventKind> kinds) {
        try {
            return json.writeValueAsString(kinds.stream().sorted().map(Enum::name).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write event selection " + kinds, e);
        }
    }
}
