package dev.connector.devices;

import dev.connector.customers.CustomersModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.reservations.ReservationsModule;
import dev.connector.services.ServicesModule;

/** Devices (printers, key cutters, payment terminals) and the commands partners add for them. */
public final class DevicesModule implements FeatureModule {

    private final DeviceStore store;
    private final CommandSubjects subjects;
    private final DeviceOperations devices;
    private final CommandOperations commands;

    public DevicesModule(Platform platform, EnterprisesModule enterprises, ServicesModule services,
                         CustomersModule customers, ReservationsModule reservations) {
        this.store = new DeviceStore(platform.documents());
        this.subjects = new CommandSubjects(
                new ReservationKeys(reservations.store(), enterprises.store(), customers.store(), services.catalogue()),
                new ChainCustomers(enterprises.store(), customers.store()));
        this.devices = new DeviceOperations(platform.transactions(), store);
        this.commands = new CommandOperations(platform.transactions(), store, subjects, platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("devices/getAll", DeviceOperations.GetAll.class, devices::getAll)
                .operation("commands/getAllActive", CommandOperations.GetAllActive.class, commands::getAllActive)
                .operation("commands/getAllByIds", CommandOperations.GetAllByIds.class, commands::getAllByIds)
                .operation("commands/addPrinter", CommandOperations.AddPrinter.class, commands::addPrinter)
                .operation("commands/addKeyCutter", CommandOperations.AddKeyCutter.class, commands::addKeyCutter)
                .operation("commands/addPaymentTerminal", CommandOperations.AddPaymentTerminal.class,
                        commands::addPaymentTerminal)
                .operation("commands/update", CommandOperations.Update.class, commands::update)
                .demoSeed(new DevicesDemoSeed(store, subjects.customers()));
    }

    /** The devices and their commands, for features that add devices of their own (fiscal machines). */
    public DeviceStore store() {
        return store;
    }
}
