package dev.connector.resourcefeatures;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.resourcefeatures.ResourceFeature.Classification;
import dev.connector.services.CatalogueIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Six room features per demo hotel ({@code resource-feature/<classification>}), assigned by room type: the
 * standard doubles (floor 1) have a double bed and air conditioning, the deluxe kings (floor 2) a river view too,
 * the junior suites (floor 3) a balcony, a kitchenette and a high floor; room 101 is accessible. One more feature,
 * twin beds, is no longer offered. Seeded quietly: features have no events.
 */
public final class ResourceFeaturesDemoSeed implements DemoSeed {

    private record Feature(Classification classification, String name, String shortName, String description,
                           List<Integer> floors, boolean active) {
    }

    private static final List<Feature> FEATURES = List.of(
            new Feature(Classification.DoubleBed, "Double bed", "DBL", "A bed for two.", List.of(1, 2), true),
            new Feature(Classification.AirConditioning, "Air conditioning", "AC", "Individually controlled.",
                    List.of(1, 2, 3), true),
            new Feature(Classification.RiverView, "River view", "RV", "Windows facing the river.", List.of(2), true),
            new Feature(Classification.Balcony, "Balcony", "BAL", "A private balcony with two chairs.", List.of(3),
                    true),
            new Feature(Classification.Kitchenette, "Kitchenette", "KIT", "A small kitchen with a hob and a fridge.",
                    List.of(3), true),
            new Feature(Classification.HighFloor, "High floor", "HF", "Rooms on the top floor.", List.of(3), true),
            new Feature(Classification.AccessibleRoom, "Accessible room", "ACC", "Step-free, with a roll-in shower.",
                    List.of(), true),
            new Feature(Classification.TwinBeds, "Twin beds", "TWN", "Two single beds.", List.of(), false));

    private static final int ROOMS_PER_FLOOR = 10;

    private final ResourceFeatureStore store;

    ResourceFeaturesDemoSeed(ResourceFeatureStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        String language = hotel.enterprise().languageCode();
        Instant created = tx.now().minus(Duration.ofDays(30));
        for (Feature feature : FEATURES) {
            UUID featureId = hotel.id("resource-feature/" + feature.classification().name());
            Instant updated = feature.active() ? created : tx.now().minus(Duration.ofDays(2));
            store.insert(tx.handle(), hotel.enterpriseId(), new ResourceFeature(featureId, hotel.serviceId(),
                    feature.active(), feature.classification(), Map.of(language, feature.name()),
                    Map.of(language, feature.shortName()), Map.of(language, feature.description()), created,
                    updated));
            for (int floor : feature.floors()) {
                for (int number = 1; number <= ROOMS_PER_FLOOR; number++) {
                    assign(tx, hotel, featureId, String.valueOf(floor * 100 + number), created);
                }
            }
            if (feature.classification() == Classification.AccessibleRoom) {
                assign(tx, hotel, featureId, "101", created);
            }
        }
    }

    private void assign(Tx tx, DemoHotel hotel, UUID featureId, String room, Instant created) {
        UUID resourceId = CatalogueIds.of(hotel.enterpriseId(), "resource/" + room);
        store.insert(tx.handle(), hotel.enterpriseId(), new ResourceFeatureAssignment(
                hotel.id("resource-feature-assignment/" + featureId + "/" + room), true, resourceId, featureId,
                created, created));
    }
}
