package dev.connector.rules;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.rates.RatesModule;
import dev.connector.resources.ResourcesModule;

/** Reservation rules of services, as kiosks and booking engines read them. */
public final class RulesModule implements FeatureModule {

    private final RuleStore store;
    private final RuleOperations operations;

    public RulesModule(Platform platform, ResourcesModule resources, RatesModule rates) {
        this.store = new RuleStore(platform.documents());
        this.operations = new RuleOperations(platform.transactions(), store, rates.store(), resources.store());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("rules/getAll", RuleOperations.GetAllRequest.class, operations::getAll)
                .demoSeed(new RulesDemoSeed(store));
    }
}
