package dev.connector.departments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.Limitation;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import org.jdbi.v3.core.Handle;

/** SQL for departments. */
public final class DepartmentStore {

    private final ObjectMapper json;

    public DepartmentStore(ObjectMapper json) {
        this.json = json;
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
                .bind("doc", write(department))
                .execute();
    }

    public Page<Department> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "departments", "departments", filter, limitation,
                (rs, ctx) -> read(rs.getString("doc")), Department::id);
    }

    private String write(Department department) {
        try {
            return json.writeValueAsString(department);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise department " + department.id(), e);
        }
    }

    private Department read(String doc) {
        try {
            return json.readValue(doc, Department.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored department: " + doc, e);
        }
    }
}
