package dev.connector.websockets;

import dev.connector.api.InvalidRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The four kinds of events the real-time channel carries, spelled as the frames' {@code Type}. */
public enum EventKind {
    Reservation,
    Resource,
    DeviceCommand,
    PriceUpdate;

    /** Every kind: what an integration receives until it chooses otherwise. */
    public static Set<EventKind> all() {
        return EnumSet.allOf(EventKind.class);
    }

    /** Reads names exactly as the frames spell them; an unknown one is the client's mistake (400). */
    static Set<EventKind> parse(String field, List<String> names) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (String name : names) {
            EventKind kind = Arrays.stream(values()).filter(value -> value.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidRequest(field + " contains the unknown event type '" + name
                            + "'; the types are " + names()));
            kinds.add(kind);
        }
        return kinds;
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
