package dev.connector.outlets;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.orders.OrdersModule;

/** Outlets (points of sale run by other systems) and the closed bills they report. */
public final class OutletsModule implements FeatureModule {

    private final OutletStore store;
    private final OutletOperations operations;

    public OutletsModule(Platform platform, EnterprisesModule enterprises, OrdersModule orders) {
        this.store = new OutletStore(platform.documents());
        this.operations = new OutletOperations(platform.transactions(), store, enterprises.store(), orders.amounts(),
                platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("outlets/getAll", OutletOperations.OutletsRequest.class, operations::outlets)
                .operation("outletItems/getAll", OutletOperations.ItemsRequest.class, operations::items)
                .operation("outletBills/add", OutletOperations.AddBillsRequest.class, operations::addBills)
                .demoSeed(new OutletsDemoSeed(store));
    }
}
