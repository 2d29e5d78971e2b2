package dev.connector.accounts;

import dev.connector.companies.CompaniesModule;
import dev.connector.customers.ChainScope;
import dev.connector.customers.CustomersModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Accounts: customers and companies seen together (updates with update values, merges). */
public final class AccountsModule implements FeatureModule {

    private final AccountDirectory directory;
    private final AccountOperations operations;
    private final AccountMerge merge;

    public AccountsModule(Platform platform, EnterprisesModule enterprises, CustomersModule customers,
                          CompaniesModule companies) {
        this.directory = new AccountDirectory(customers.store(), companies.store(), companies.operations(),
                new ChainScope(enterprises.store()), platform.storedJson());
        this.operations = new AccountOperations(platform.transactions(), directory, customers.store(),
                companies.store(), companies.operations(), platform.storedJson());
        this.merge = new AccountMerge(platform.transactions(), directory, new AccountMergeStore());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("accounts/update", AccountUpdate.class, operations::update)
                .operation("accounts/merge", AccountMerge.Request.class, merge::merge)
                .deprecatedOperation("customers/merge", AccountMerge.CustomerRequest.class, merge::mergeCustomers);
    }

    /** Looks accounts up for the features about them (addresses, notes, loyalty). */
    public AccountDirectory directory() {
        return directory;
    }
}
