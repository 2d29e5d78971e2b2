package dev.connector.overbooking;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.services.ServicesModule;

/** Service overbooking limits: how far a service may be sold beyond its units. */
public final class OverbookingModule implements FeatureModule {

    private final OverbookingLimitOperations operations;

    public OverbookingModule(Platform platform, EnterprisesModule enterprises, ServicesModule services) {
        this.operations = new OverbookingLimitOperations(platform.transactions(),
                new OverbookingLimitStore(platform.documents()), enterprises.store(), services.catalogue(),
                platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.restrictedOperation("serviceOverbookingLimits/getAll", OverbookingLimitOperations.GetAll.class,
                        operations::getAll)
                .restrictedOperation("serviceOverbookingLimits/set", OverbookingLimitOperations.SetLimits.class,
                        operations::set)
                .restrictedOperation("serviceOverbookingLimits/clear", OverbookingLimitOperations.ClearLimits.class,
                        operations::clear);
    }
}
