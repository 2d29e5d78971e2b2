package dev.connector.companies;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Companies (corporate accounts shared by a chain's hotels). */
public final class CompaniesModule implements FeatureModule {

    private final CompanyStore store;
    private final CompanyOperations operations;

    public CompaniesModule(Platform platform) {
        this.store = new CompanyStore(platform.documents());
        this.operations = new CompanyOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("companies/getAll", CompanyOperations.GetAll.class, operations::getAll)
                .demoSeed(new CompaniesDemoSeed(store));
    }
}
