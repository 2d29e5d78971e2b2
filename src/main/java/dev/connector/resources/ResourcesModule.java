package dev.connector.resources;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Resources (rooms and other spaces), their categories and assignments, and resource blocks. */
public final class ResourcesModule implements FeatureModule {

    private final ResourceStore store;
    private final ResourceBlockStore blocks;
    private final ResourceOperations resources;
    private final ResourceBlockOperations resourceBlocks;
    private final OccupancyOperations occupancy;

    public ResourcesModule(Platform platform, EnterprisesModule enterprises) {
        this.store = new ResourceStore(platform.documents());
        this.blocks = new ResourceBlockStore(platform.documents());
        this.resources = new ResourceOperations(platform.transactions(), store);
        this.resourceBlocks = new ResourceBlockOperations(platform.transactions(), store, blocks, platform.ids());
        this.occupancy = new OccupancyOperations(platform.transactions(), store, enterprises.store(),
                platform.storedJson());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("resourceCategories/getAll", ResourceOperations.GetAllCategories.class,
                        resources::categories)
                .operation("resourceCategoryAssignments/getAll", ResourceOperations.GetAllAssignments.class,
                        resources::assignments)
                .operation("resources/getAll", ResourceOperations.GetAllResources.class, resources::resources)
                .operation("resources/update", ResourceOperations.UpdateResources.class, resources::update)
                .restrictedOperation("resources/getOccupancyState", OccupancyOperations.Request.class,
                        occupancy::occupancy)
                .operation("resourceBlocks/getAll", ResourceBlockOperations.GetAllBlocks.class, resourceBlocks::getAll)
                .operation("resourceBlocks/add", ResourceBlockOperations.AddBlocks.class, resourceBlocks::add)
                .operation("resourceBlocks/delete", ResourceBlockOperations.DeleteBlocks.class, resourceBlocks::delete)
                .demoSeed(new ResourceDemoSeed(store, blocks));
    }

    public ResourceStore store() {
        return store;
    }
}
