package dev.connector.companions;

import dev.connector.customers.CustomersModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.reservations.ReservationsModule;

/** Companions: the customers who stay with a reservation besides (or including) its owner. */
public final class CompanionsModule implements FeatureModule {

    private final CompanionshipStore store;
    private final CompanionOperations operations;
    private final ReservationsModule reservations;

    public CompanionsModule(Platform platform, EnterprisesModule enterprises, CustomersModule customers,
                            ReservationsModule reservations) {
        this.store = new CompanionshipStore(platform.documents());
        this.reservations = reservations;
        this.operations = new CompanionOperations(platform.transactions(), store, reservations.store(),
                customers.store(), enterprises.store(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("reservations/addCompanion", CompanionOperations.AddRequest.class, operations::add)
                .operation("reservations/deleteCompanion", CompanionOperations.DeleteRequest.class, operations::delete)
                .operation("companionships/getAll", CompanionOperations.GetAllRequest.class, operations::getAll)
                .demoSeed(new CompanionsDemoSeed(store, reservations.store()));
    }

    public CompanionshipStore store() {
        return store;
    }
}
