package dev.connector.tasks;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Tasks for a hotel's departments. */
public final class TasksModule implements FeatureModule {

    private final TaskStore store;
    private final TaskOperations operations;

    public TasksModule(Platform platform) {
        this.store = new TaskStore(platform.documents());
        this.operations = new TaskOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("tasks/getAll", TaskOperations.GetAll.class, operations::getAll)
                .demoSeed(new TasksDemoSeed(store));
    }
}
