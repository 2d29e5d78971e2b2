package dev.connector.services;

import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.HotelSetup;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.rates.RateStore;
import dev.connector.resources.ResourceStore;

/** Services, age categories and products, and the catalogue that other features look services and rooms up in. */
public final class ServicesModule implements FeatureModule {

    private final ServiceStore store;
    private final Catalogue catalogue = new Catalogue();
    private final ServiceOperations operations;
    private final ProductPricingOperations productPricing;

    public ServicesModule(Platform platform) {
        this.store = new ServiceStore(platform.documents());
        this.operations = new ServiceOperations(platform.transactions(), store);
        this.productPricing = new ProductPricingOperations(platform.transactions(), store, new EnterpriseStore());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("services/getAll", ServiceOperations.GetAllServices.class, operations::services)
                .operation("ageCategories/getAll", ServiceOperations.GetAllAgeCategories.class,
                        operations::ageCategories)
                .operation("products/getAll", ServiceOperations.GetAllProducts.class, operations::products)
                .operation("products/updatePrice", ProductPricingOperations.UpdatePrice.class,
                        productPricing::updatePrice)
                .operation("products/delete", ProductPricingOperations.DeleteProducts.class, productPricing::delete)
                .restrictedOperation("products/getPricing", ProductPricingOperations.GetPricing.class,
                        productPricing::getPricing);
    }

    public ServiceStore store() {
        return store;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The standard setup of a new hotel (a stay service, room categories, rooms, rates), over those stores. */
    public HotelSetup standardHotelSetup(ResourceStore resources, RateStore rates) {
        return new StandardHotelSetup(store, resources, rates);
    }
}
