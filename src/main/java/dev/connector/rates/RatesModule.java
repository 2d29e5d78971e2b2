package dev.connector.rates;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.events.Transactions;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.services.ServicesModule;

/** Rates, their prices and the restrictions on them. */
public final class RatesModule implements FeatureModule {

    private final RateStore store;
    private final RatePricing pricing = new RatePricing();
    private final RateOperations rates;
    private final RestrictionOperations restrictions;
    private final OwnRestrictionOperations ownRestrictions;
    private final RateSetupOperations setup;
    private final Transactions transactions;
    private final RestrictionStore restrictionStore;

    public RatesModule(Platform platform, EnterprisesModule enterprises, ServicesModule services) {
        this.store = new RateStore(platform.documents());
        this.rates = new RateOperations(platform.transactions(), store, enterprises.store(), services.catalogue(),
                pricing, platform.ids());
        this.transactions = platform.transactions();
        this.setup = new RateSetupOperations(platform.transactions(), store, enterprises.store(), services.catalogue(),
                platform.ids());
        this.restrictionStore = new RestrictionStore(platform.documents());
        this.restrictions = new RestrictionOperations(platform.transactions(), restrictionStore, store,
                services.catalogue(), platform.ids());
        this.ownRestrictions = new OwnRestrictionOperations(platform.transactions(), restrictionStore, restrictions,
                enterprises.store(), services.catalogue(), platform.ids(),
                OwnRestrictionOperations.MAX_RESTRICTIONS_PER_SERVICE);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("rates/getAll", RateOperations.GetAllRates.class, rates::getAll)
                .operation("rates/getPricing", RateOperations.GetPricing.class, rates::getPricing)
                .operation("rates/updatePrice", RateOperations.UpdatePrice.class, rates::updatePrice)
                .operation("rateGroups/getAll", RateGroupOperations.GetAllRateGroups.class,
                        new RateGroupOperations(transactions, store)::getAll)
                .operation("rates/add", RateSetupOperations.AddRates.class, setup::add)
                .restrictedOperation("rates/set", RateSetupOperations.SetRates.class, setup::set)
                .operation("rates/delete", RateSetupOperations.DeleteRates.class, setup::delete)
                .operation("rates/updateCapacityOffset", RateSetupOperations.UpdateCapacityOffsets.class,
                        setup::updateCapacityOffset)
                .operation("restrictions/getAll", RestrictionOperations.GetAllRestrictions.class, restrictions::getAll)
                .deprecatedOperation("restrictions/add", RestrictionOperations.AddRestrictions.class, restrictions::add)
                .operation("restrictions/set", OwnRestrictionOperations.SetRestrictions.class, ownRestrictions::set)
                .operation("restrictions/clear", OwnRestrictionOperations.ClearRestrictions.class,
                        ownRestrictions::clear)
                .deprecatedOperation("restrictions/delete", OwnRestrictionOperations.DeleteRestrictions.class,
                        ownRestrictions::delete)
                .demoSeed(new RatesDemoSeed(store, restrictionStore));
    }

    public RateStore store() {
        return store;
    }

    /** Nightly prices of a rate, for features that price stays. */
    public RatePricing pricing() {
        return pricing;
    }
}
