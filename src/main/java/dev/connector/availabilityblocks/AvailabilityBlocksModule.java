package dev.connector.availabilityblocks;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Availability blocks (allotments held for groups and companies). */
public final class AvailabilityBlocksModule implements FeatureModule {

    private final AvailabilityBlockStore store;
    private final AvailabilityBlockOperations operations;

    public AvailabilityBlocksModule(Platform platform) {
        this.store = new AvailabilityBlockStore(platform.documents());
        this.operations = new AvailabilityBlockOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("availabilityBlocks/getAll", AvailabilityBlockOperations.GetAll.class, operations::getAll)
                .demoSeed(new AvailabilityBlocksDemoSeed(store));
    }
}
