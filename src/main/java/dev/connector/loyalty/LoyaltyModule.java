package dev.connector.loyalty;

import dev.connector.accounts.AccountsModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Loyalty programs of a chain, their tiers and the memberships of accounts in them. */
public final class LoyaltyModule implements FeatureModule {

    private final LoyaltyProgramStore store;
    private final LoyaltyTierStore tierStore;
    private final LoyaltyMembershipStore membershipStore;
    private final LoyaltyProgramOperations operations;
    private final LoyaltyTierOperations tiers;
    private final LoyaltyMembershipOperations memberships;

    public LoyaltyModule(Platform platform, AccountsModule accounts) {
        this.store = new LoyaltyProgramStore(platform.documents());
        this.tierStore = new LoyaltyTierStore(platform.documents());
        this.membershipStore = new LoyaltyMembershipStore(platform.documents());
        this.operations = new LoyaltyProgramOperations(platform.transactions(), store, tierStore, membershipStore,
                accounts.directory().scope(), platform.ids());
        this.tiers = new LoyaltyTierOperations(platform.transactions(), tierStore, store, membershipStore,
                accounts.directory().scope(), platform.ids());
        this.memberships = new LoyaltyMembershipOperations(platform.transactions(), membershipStore, store, tierStore,
                accounts.directory(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("loyaltyPrograms/getAll", LoyaltyProgramOperations.GetAll.class, operations::getAll)
                .operation("loyaltyPrograms/add", LoyaltyProgramOperations.Add.class, operations::add)
                .operation("loyaltyPrograms/update", LoyaltyProgramOperations.Update.class, operations::update)
                .operation("loyaltyPrograms/delete", LoyaltyProgramOperations.Delete.class, operations::delete)
                .operation("loyaltyTiers/add", LoyaltyTierOperations.Add.class, tiers::add)
                .operation("loyaltyTiers/getAll", LoyaltyTierOperations.GetAll.class, tiers::getAll)
                .operation("loyaltyTiers/update", LoyaltyTierOperations.Update.class, tiers::update)
                .operation("loyaltyTiers/delete", LoyaltyTierOperations.Delete.class, tiers::delete)
                .operation("loyaltyMemberships/add", LoyaltyMembershipOperations.Add.class, memberships::add)
                .operation("loyaltyMemberships/getAll", LoyaltyMembershipOperations.GetAll.class, memberships::getAll)
                .operation("loyaltyMemberships/update", LoyaltyMembershipOperations.Update.class, memberships::update)
                .operation("loyaltyMemberships/delete", LoyaltyMembershipOperations.Delete.class, memberships::delete)
                .demoSeed(new LoyaltyDemoSeed(store, tierStore, membershipStore));
    }
}
