package dev.connector.devices;

import java.util.UUID;

/** A device as the API returns it. */
public record Device(UUID id, DeviceType type, String name, String identifier) {
}
