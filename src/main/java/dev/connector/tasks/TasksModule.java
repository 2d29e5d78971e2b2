package dev.connector.tasks;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.reservations.ReservationsModule;

/** Tasks for a hotel's departments. */
public final class TasksModule implements FeatureModule {

    private final TaskStore store;
    private final TaskOperations operations;

    public TasksModule(Platform platform, ReservationsModule reservations) {
        this.store = new TaskStore(platform.documents());
        this.operations = new TaskOperations(platform.transactions(), store, reservations.store(), platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("tasks/getAll", TaskOperations.GetAll.class, operations::getAll)
                .operation("tasks/add", TaskOperations.Add.class, operations::add)
                .demoSeed(new TasksDemoSeed(store));
    }
}
