package dev.connector.departments;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Departments of a hotel, to which tasks are addressed. */
public final class DepartmentsModule implements FeatureModule {

    private final DepartmentStore store;
    private final DepartmentOperations operations;

    public DepartmentsModule(Platform platform) {
        this.store = new DepartmentStore(platform.documents());
        this.operations = new DepartmentOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("departments/getAll", DepartmentOperations.GetAll.class, operations::getAll)
                .demoSeed(new DepartmentsDemoSeed(store));
    }
}
