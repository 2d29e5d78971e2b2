package dev.connector.availability;

import dev.connector.availabilityblocks.AvailabilityBlockStore;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.services.ServicesModule;

/** Availability of a service's resource categories per time unit, and the adjustments made to it. */
public final class AvailabilityModule implements FeatureModule {

    private final Availability availability;
    private final AvailabilityOperations operations;

    public AvailabilityModule(Platform platform, EnterprisesModule enterprises, ServicesModule services) {
        this.availability = new Availability(platform.database().dialect(), services.catalogue(), platform.documents(),
                platform.clock());
        this.operations = new AvailabilityOperations(platform.transactions(), enterprises.store(), services.catalogue(),
                availability, new AvailabilityStore(), new AvailabilityBlockStore(platform.documents()), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("services/getAvailability", AvailabilityOperations.GetRequest.class, operations::get)
                .restrictedOperation("services/getAvailability/2024-01-22",
                        AvailabilityOperations.GetMetricsRequest.class, operations::getMetrics)
                .operation("services/updateAvailability", AvailabilityOperations.UpdateRequest.class,
                        operations::update);
    }

    /** Counts what is free per category and night, for features that book. */
    public Availability availability() {
        return availability;
    }
}
