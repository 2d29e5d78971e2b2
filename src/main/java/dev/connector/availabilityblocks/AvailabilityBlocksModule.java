package dev.connector.availabilityblocks;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.services.ServicesModule;

/** Availability blocks (allotments held for groups and companies) and their availability adjustments. */
public final class AvailabilityBlocksModule implements FeatureModule {

    private final AvailabilityBlockStore store;
    private final AvailabilityBlockOperations operations;
    private final AvailabilityBlockChanges changes;
    private final BlockRelease release;

    public AvailabilityBlocksModule(Platform platform, EnterprisesModule enterprises, ServicesModule services) {
        this.store = new AvailabilityBlockStore(platform.documents());
        this.operations = new AvailabilityBlockOperations(platform.transactions(), store);
        this.changes = new AvailabilityBlockChanges(platform.transactions(), store, enterprises.store(),
                services.catalogue(), platform.ids());
        this.release = new BlockRelease(enterprises.store(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("availabilityBlocks/getAll", AvailabilityBlockOperations.GetAll.class, operations::getAll)
                .operation("availabilityBlocks/add", AvailabilityBlockChanges.AddBlocks.class, changes::add)
                .operation("availabilityBlocks/update", AvailabilityBlockChanges.UpdateBlocks.class, changes::update)
                .operation("availabilityBlocks/delete", AvailabilityBlockChanges.DeleteBlocks.class, changes::delete)
                .operation("availabilityAdjustments/getAll", AvailabilityBlockChanges.GetAllAdjustments.class,
                        changes::getAllAdjustments)
                .timeDrivenEffect(release)
                .demoSeed(new AvailabilityBlocksDemoSeed(store));
    }
}
