package dev.connector.companycontracts;

import dev.connector.companies.CompaniesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Travel agency contracts between companies and the enterprises' services. */
public final class CompanyContractsModule implements FeatureModule {

    private final CompanyContractStore store;
    private final CompanyContractOperations operations;

    public CompanyContractsModule(Platform platform, CompaniesModule companies) {
        this.store = new CompanyContractStore(platform.documents());
        this.operations = new CompanyContractOperations(platform.transactions(), store, companies.store(),
                platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("companyContracts/add", CompanyContractOperations.Add.class, operations::add)
                .operation("companyContracts/getAll", CompanyContractOperations.GetAll.class, operations::getAll)
                .operation("companyContracts/update", CompanyContractOperations.Update.class, operations::update)
                .operation("companyContracts/delete", CompanyContractOperations.Delete.class, operations::delete)
                .demoSeed(new CompanyContractsDemoSeed(store));
    }
}
