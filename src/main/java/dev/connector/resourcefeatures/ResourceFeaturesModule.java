package dev.connector.resourcefeatures;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Room features (sea view, balcony, ...) of a service and their assignment to rooms; read-only in the API. */
public final class ResourceFeaturesModule implements FeatureModule {

    private final ResourceFeatureStore store;
    private final ResourceFeatureOperations operations;

    public ResourceFeaturesModule(Platform platform) {
        this.store = new ResourceFeatureStore(platform.documents());
        this.operations = new ResourceFeatureOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("resourceFeatures/getAll", ResourceFeatureOperations.GetAllFeatures.class,
                        operations::features)
                .operation("resourceFeatureAssignments/getAll", ResourceFeatureOperations.GetAllAssignments.class,
                        operations::assignments)
                .demoSeed(new ResourceFeaturesDemoSeed(store));
    }
}
