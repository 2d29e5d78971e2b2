package dev.connector.accesstokens;

import dev.connector.companions.CompanionsModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.reservations.ReservationsModule;

/** Resource access tokens: the room keys and door codes that door-lock systems read. */
public final class AccessTokensModule implements FeatureModule {

    private final ResourceAccessTokenStore store;
    private final ResourceAccessTokenOperations operations;
    private final ReservationsModule reservations;

    public AccessTokensModule(Platform platform, ReservationsModule reservations, CompanionsModule companions) {
        this.store = new ResourceAccessTokenStore(platform.documents());
        this.reservations = reservations;
        this.operations = new ResourceAccessTokenOperations(platform.transactions(), store, reservations.store(),
                companions.store(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("resourceAccessTokens/add", ResourceAccessTokenOperations.AddRequest.class,
                        operations::add)
                .operation("resourceAccessTokens/update", ResourceAccessTokenOperations.UpdateRequest.class,
                        operations::update)
                .operation("resourceAccessTokens/delete", ResourceAccessTokenOperations.DeleteRequest.class,
                        operations::delete)
                .operation("resourceAccessTokens/getAll", ResourceAccessTokenOperations.GetAllRequest.class,
                        operations::getAll)
                .demoSeed(new AccessTokensDemoSeed(store, reservations.store()));
    }
}
