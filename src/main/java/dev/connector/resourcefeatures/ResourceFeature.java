package dev.connector.resourcefeatures;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A feature rooms of a service can have (a sea view, a balcony, ...), as the API returns it. */
public record ResourceFeature(UUID id, UUID serviceId, boolean isActive, Classification classification,
                              Map<String, String> names, Map<String, String> shortNames,
                              Map<String, String> descriptions, Instant createdUtc, Instant updatedUtc) {

    /** The spec's classifications of a feature. */
    public enum Classification {
        SeaView, RiverView, OceanView, TwinBeds, DoubleBed, RollawayBed, UpperBed, LowerBed, Balcony,
        AccessibleBathroom, AccessibleRoom, ElevatorAccess, HighFloor, Kitchenette, AirConditioning, PrivateJacuzzi,
        PrivateSauna, EnsuiteRoom, PrivateBathroom, SharedBathroom
    }
}
