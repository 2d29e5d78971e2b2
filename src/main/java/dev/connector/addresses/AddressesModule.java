package dev.connector.addresses;

import dev.connector.accounts.AccountsModule;
import dev.connector.customers.CustomersModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Addresses of accounts (customers and companies). */
public final class AddressesModule implements FeatureModule {

    private final AddressStore store;
    private final AddressOperations operations;
    private final CustomersModule customers;

    public AddressesModule(Platform platform, CustomersModule customers, AccountsModule accounts) {
        this.customers = customers;
        this.store = new AddressStore(platform.documents());
        this.operations = new AddressOperations(platform.transactions(), store, accounts.directory(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("addresses/add", AddressOperations.Add.class, operations::add)
                .operation("addresses/getAll", AddressOperations.GetAll.class, operations::getAll)
                .operation("addresses/update", AddressOperations.Update.class, operations::update)
                .operation("addresses/delete", AddressOperations.Delete.class, operations::delete)
                .demoSeed(new AddressesDemoSeed(store, customers.store()));
    }
}
