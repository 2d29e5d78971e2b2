package dev.connector.departments;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import org.jdbi.v3.core.Handle;

/** SQL for departments. */
public final class DepartmentStore {

    private final Documents documents;

    public DepartmentStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, Department department) {
        handle.createUpdate("""
                        INSERT INTO departments (id, enterprise_id, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :isActive, :createdUtc, :updatedUtc, :doc)""")
                .bind("id", department.id().toString())
                .bind("enterpriseId", department.enterpriseId().toString())
                .bind("isActive", department.isActive())
                .bind("createdUtc", department.createdUtc().toEpochMilli())
                .bind("updatedUtc", department.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(department))
                .execute();
    }

    public Page<Department> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "departments", "departments", filter, limitation,
                documents.rowMapper(Department.class), Department::id);
    }
}
