package dev.connector.routingrules;

import dev.connector.companies.CompaniesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.services.ServicesModule;

/** Routing rules of companies; the ledger reads them through {@link BillRouting} when it posts nights. */
public final class RoutingRulesModule implements FeatureModule {

    private final RoutingRuleStore store;
    private final RoutingRuleOperations operations;

    public RoutingRulesModule(Platform platform, ServicesModule services, CompaniesModule companies) {
        this.store = new RoutingRuleStore(platform.documents());
        this.operations = new RoutingRuleOperations(platform.transactions(), store, services.store(),
                companies.store(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("routingRules/add", RoutingRuleOperations.Add.class, operations::add)
                .operation("routingRules/getAll", RoutingRuleOperations.GetAll.class, operations::getAll)
                .operation("routingRules/update", RoutingRuleOperations.Update.class, operations::update)
                .operation("routingRules/delete", RoutingRuleOperations.Delete.class, operations::delete)
                .demoSeed(new RoutingRulesDemoSeed(store));
    }
}
