package dev.connector.companies;

import dev.connector.addresses.AddressStore;
import dev.connector.customers.ChainScope;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Companies (corporate accounts shared by a chain's hotels). */
public final class CompaniesModule implements FeatureModule {

    private final CompanyStore store;
    private final CompanyOperations operations;

    public CompaniesModule(Platform platform, EnterprisesModule enterprises) {
        this.store = new CompanyStore(platform.documents());
        this.operations = new CompanyOperations(platform.transactions(), store, new AddressStore(platform.documents()),
                new ChainScope(enterprises.store()), platform.storedJson(), platform.ids());
    }

    public CompanyStore store() {
        return store;
    }

    public CompanyOperations operations() {
        return operations;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("companies/getAll", CompanyOperations.GetAll.class, operations::getAll)
                .operation("companies/add", CompanyOperations.Add.class, operations::add)
                .operation("companies/update", CompanyOperations.Update.class, operations::update)
                .operation("companies/delete", CompanyOperations.Delete.class, operations::delete)
                .demoSeed(new CompaniesDemoSeed(store));
    }
}
