package dev.connector.images;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Images of room types: their URLs in the API, the images themselves over plain HTTP, and demo pictures. */
public final class ImagesModule implements FeatureModule {

    private final ImageStore store;
    private final ImageOperations operations;
    private final ImageRoutes routes;

    public ImagesModule(Platform platform) {
        this.store = new ImageStore(platform.documents());
        this.operations = new ImageOperations(platform.transactions(), store);
        this.routes = new ImageRoutes(platform.transactions(), store, new ImageRenderer());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("images/getUrls", ImageOperations.GetUrls.class, operations::getUrls)
                .operation("resourceCategoryImageAssignments/getAll", ImageOperations.GetAllAssignments.class,
                        operations::assignments)
                .routes(routes)
                .demoSeed(new ImagesDemoSeed(store));
    }
}
