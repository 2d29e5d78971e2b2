package dev.connector.businesssegments;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.time.Duration;
import java.util.List;

/** Business segments (market segments) of services, which rates and reservations are reported under. */
public final class BusinessSegmentsModule implements FeatureModule {

    private final BusinessSegmentStore store;
    private final BusinessSegmentOperations operations;

    public BusinessSegmentsModule(Platform platform) {
        this.store = new BusinessSegmentStore(platform.documents());
        this.operations = new BusinessSegmentOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("businessSegments/getAll", BusinessSegmentOperations.GetAll.class, operations::getAll)
                .demoSeed((tx, hotel) -> {
                    if (hotel.serviceId() == null) {
                        return;
                    }
                    for (String name : List.of("Leisure", "Business", "Groups")) {
                        store.insert(tx.handle(), hotel.enterpriseId(), new BusinessSegment(
                                hotel.id("business-segment/" + name.toLowerCase()), hotel.serviceId(), true, name,
                                tx.now().minus(Duration.ofDays(90)), tx.now().minus(Duration.ofDays(90))));
                    }
                });
    }
}
