package dev.connector.resources;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A resource (a room, a parking spot) as the API returns it (resources/getAll); also the stored document. */
public record Resource(
        UUID id,
        UUID enterpriseId,
        boolean isActive,
        UUID parentResourceId,
        String name,
        String state,
        Map<String, String> descriptions,
        Instant createdUtc,
        Instant updatedUtc,
        Data data,
        Map<String, String> externalNames,
        Map<String, String> directions) {

    /** The coproduct {Discriminator: Space | Object | Person, Value}. */
    public record Data(String discriminator, SpaceData value) {
    }

    /** Where a space is. */
    public record SpaceData(String floorNumber, String locationNotes) {
    }

    public Resource withState(String newState, Instant now) {
        return new Resource(id, enterpriseId, isActive, parentResourceId, name, newState, descriptions, createdUtc, now,
                data, externalNames, directions);
    }
}
