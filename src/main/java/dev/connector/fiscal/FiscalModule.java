package dev.connector.fiscal;

import dev.connector.devices.DevicesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.payments.PaymentsModule;

/** Fiscal machine commands: bills to fiscalise, read by the integration the fiscal machine is linked to. */
public final class FiscalModule implements FeatureModule {

    private final FiscalCommandStore store;
    private final FiscalCommandOperations operations;
    private final FiscalDemoSeed seed;

    public FiscalModule(Platform platform, DevicesModule devices, PaymentsModule payments) {
        this.store = new FiscalCommandStore(platform.documents());
        this.operations = new FiscalCommandOperations(platform.transactions(), store);
        this.seed = new FiscalDemoSeed(devices.store(), payments.store(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.restrictedOperation("fiscalMachineCommands/getAll", FiscalCommandOperations.GetAll.class,
                        operations::getAll)
                .demoSeed(seed);
    }
}
