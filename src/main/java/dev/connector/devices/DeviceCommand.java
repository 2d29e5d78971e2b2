package dev.connector.devices;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A device command as the API returns it. {@code data} is the Data object whose shape depends on the device type
 * ({@link CommandData}), kept as JSON once written.
 */
public record DeviceCommand(UUID id, CommandState state, Instant createdUtc, Creator creator, Device device,
                            JsonNode data) {

    /** The user who created a command; null for commands created through the API. */
    public record Creator(String firstName, String lastName, String imageUrl) {
    }
}
