package dev.connector.accounting;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Accounting set-up and reports: accounting and product categories, counters, exchange rates, ledger balances. */
public final class AccountingModule implements FeatureModule {

    private final AccountingStore store;
    private final AccountingOperations operations;

    public AccountingModule(Platform platform, EnterprisesModule enterprises) {
        this.store = new AccountingStore(platform.documents());
        this.operations = new AccountingOperations(platform.transactions(), store, enterprises.store(),
                enterprises.settings());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("accountingCategories/getAll", AccountingOperations.AccountingCategoriesRequest.class,
                        operations::accountingCategories)
                .operation("productCategories/getAll", AccountingOperations.ProductCategoriesRequest.class,
                        operations::productCategories)
                .operation("counters/getAll", AccountingOperations.CountersRequest.class, operations::counters)
                .operation("exchangeRates/getAll", AccountingOperations.ExchangeRatesRequest.class,
                        operations::exchangeRates)
                .operation("ledgerBalances/getAll", AccountingOperations.LedgerBalancesRequest.class,
                        operations::ledgerBalances)
                .demoSeed(new AccountingDemoSeed(store));
    }

    public AccountingStore store() {
        return store;
    }
}
