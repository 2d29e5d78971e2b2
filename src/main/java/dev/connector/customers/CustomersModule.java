package dev.connector.customers;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.reservations.InHouse;

/** Customers (guest profiles, shared by the hotels of a chain): reading, adding, updating and searching them. */
public final class CustomersModule implements FeatureModule {

    private final Platform platform;
    private final CustomerStore store;
    private final ChainScope scope;

    public CustomersModule(Platform platform, EnterprisesModule enterprises) {
        this.platform = platform;
        this.store = new CustomerStore(platform.documents(), platform.database().dialect());
        this.scope = new ChainScope(enterprises.store());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("customers/getAll", GetAllCustomers.Request.class,
                        new GetAllCustomers(platform.transactions(), store, scope))
                .operation("customers/add", AddCustomer.Request.class,
                        new AddCustomer(platform.transactions(), store,
                                new CustomerNumbers(platform.database(), store), scope, platform.ids()))
                .operation("customers/update", UpdateCustomer.Request.class,
                        new UpdateCustomer(platform.transactions(), store, scope, platform.ids()))
                .operation("customers/search", SearchCustomers.Request.class,
                        new SearchCustomers(platform.transactions(), store, scope, new InHouse(platform.documents())))
                .demoSeed(new CustomerDemoSeed(store));
    }

    public CustomerStore store() {
        return store;
    }
}
