package dev.connector.loyalty;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Loyalty programs of a chain. */
public final class LoyaltyModule implements FeatureModule {

    private final LoyaltyProgramStore store;
    private final LoyaltyProgramOperations operations;

    public LoyaltyModule(Platform platform) {
        this.store = new LoyaltyProgramStore(platform.documents());
        this.operations = new LoyaltyProgramOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("loyaltyPrograms/getAll", LoyaltyProgramOperations.GetAll.class, operations::getAll)
                .demoSeed(new LoyaltyDemoSeed(store));
    }
}
