package dev.connector.tasks;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for tasks. The closed_utc column is set only for closed tasks, so that the ClosedUtc filter finds only them. */
public final class TaskStore {

    private final Documents documents;

    public TaskStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, Task task) {
        boolean closed = task.state() == Task.State.Closed;
        handle.createUpdate("""
                        INSERT INTO tasks (id, enterprise_id, department_id, service_order_id, state, created_utc,
                            deadline_utc, closed_utc, doc)
                        VALUES (:id, :enterpriseId, :departmentId, :serviceOrderId, :state, :createdUtc, :deadlineUtc,
                            :closedUtc, :doc)""")
                .bind("id", task.id().toString())
                .bind("enterpriseId", task.enterpriseId().toString())
                .bind("departmentId", task.departmentId() == null ? null : task.departmentId().toString())
                .bind("serviceOrderId", task.serviceOrderId() == null ? null : task.serviceOrderId().toString())
                .bind("state", task.state().name())
                .bind("createdUtc", task.createdUtc().toEpochMilli())
                .bind("deadlineUtc", task.deadlineUtc().toEpochMilli())
                .bind("closedUtc", closed ? task.closedUtc().toEpochMilli() : null)
                .bind("doc", documents.write(task))
                .execute();
    }

    /**
     * Whether the department of the enterprise is active; empty when the enterprise has no such department. Read
     * here rather than through the departments feature, which offers no look-up of one department.
     */
    public Optional<Boolean> departmentActive(Handle handle, UUID enterpriseId, UUID departmentId) {
        return handle.createQuery("SELECT is_active FROM departments WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", departmentId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .mapTo(Boolean.class)
                .findFirst();
    }

    public Page<Task> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "tasks", "tasks", filter, limitation,
                documents.rowMapper(Task.class), Task::id);
    }
}
