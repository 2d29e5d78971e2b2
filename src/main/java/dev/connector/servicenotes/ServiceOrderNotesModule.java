package dev.connector.servicenotes;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.reservations.ReservationsModule;

/** Notes on service orders (reservations), each change announced as a ServiceOrderUpdated of the reservation. */
public final class ServiceOrderNotesModule implements FeatureModule {

    private final ServiceOrderNoteStore store;
    private final ServiceOrderNoteOperations operations;

    public ServiceOrderNotesModule(Platform platform, ReservationsModule reservations) {
        this.store = new ServiceOrderNoteStore(platform.documents());
        this.operations = new ServiceOrderNoteOperations(platform.transactions(), store, reservations.store(),
                platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("serviceOrderNotes/add", ServiceOrderNoteOperations.Add.class, operations::add)
                .operation("serviceOrderNotes/getAll", ServiceOrderNoteOperations.GetAll.class, operations::getAll)
                .operation("serviceOrderNotes/update", ServiceOrderNoteOperations.Update.class, operations::update)
                .operation("serviceOrderNotes/delete", ServiceOrderNoteOperations.Delete.class, operations::delete)
                .demoSeed(new ServiceOrderNotesDemoSeed(store));
    }
}
