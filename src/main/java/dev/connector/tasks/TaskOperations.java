package dev.connector.tasks;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.reservations.ReservationStore;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code tasks/getAll}: the tasks of the enterprises the token reaches; {@code tasks/add}: a new open task of the
 * token's enterprise, optionally addressed to a department and linked with a reservation. Tasks have no events.
 */
public final class TaskOperations {

    /** Request of {@code tasks/getAll}; DepartmentIds narrows other filters and cannot be used alone. */
    public record GetAll(List<UUID> enterpriseIds, TimeInterval createdUtc, TimeInterval closedUtc,
                         TimeInterval deadlineUtc, List<UUID> taskIds, List<UUID> departmentIds,
                         List<UUID> serviceOrderIds, Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(enterpriseIds, Limitation.MAX_COUNT, "EnterpriseIds");
            Require.atMost(taskIds, Limitation.MAX_COUNT, "TaskIds");
            Require.atMost(departmentIds, Limitation.MAX_COUNT, "DepartmentIds");
            Require.atMost(serviceOrderIds, Limitation.MAX_COUNT, "ServiceOrderIds");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(closedUtc, "ClosedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(deadlineUtc, "DeadlineUtc", TimeInterval.THREE_MONTHS);
            boolean otherFilter = createdUtc != null || closedUtc != null || deadlineUtc != null || taskIds != null
                    || serviceOrderIds != null;
            if (departmentIds != null && !otherFilter) {
                throw new InvalidRequest("DepartmentIds must be combined with another filter (TaskIds, ServiceOrderIds, "
                        + "CreatedUtc, ClosedUtc or DeadlineUtc).");
            }
        }
    }

    public record Result(List<Task> tasks, UUID cursor) {
    }

    /** Request of {@code tasks/add}. */
    public record Add(UUID departmentId, UUID serviceOrderId, String name, String description, Instant deadlineUtc) {
        public Add {
            Require.text(name, "Name");
            Require.present(deadlineUtc, "DeadlineUtc");
        }
    }

    public record AddResult(UUID taskId) {
    }

    private final Transactions transactions;
    private final TaskStore store;
    private final ReservationStore reservations;
    private final Supplier<UUID> ids;

    public TaskOperations(Transactions transactions, TaskStore store, ReservationStore reservations,
                          Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.reservations = reservations;
        this.ids = ids;
    }

    public AddResult add(Add request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId();
        return transactions.write(tx -> {
            if (request.departmentId() != null) {
                Boolean active = store.departmentActive(tx.handle(), enterpriseId, request.departmentId())
                        .orElseThrow(() -> new InvalidRequest("DepartmentId " + request.departmentId()
                                + " is not a department of the enterprise."));
                if (!active) {
                    throw new Forbidden("The department " + request.departmentId()
                            + " is no longer in use; address the task to another department.");
                }
            }
            if (request.serviceOrderId() != null
                    && reservations.find(tx.handle(), enterpriseId, request.serviceOrderId()).isEmpty()) {
                throw new InvalidRequest("ServiceOrderId " + request.serviceOrderId()
                        + " is not a service order of the enterprise.");
            }
            Task task = new Task(ids.get(), enterpriseId, request.name(), Task.State.Open, request.description(),
                    request.departmentId(), request.serviceOrderId(), tx.now(), request.deadlineUtc(), tx.now());
            store.insert(tx.handle(), task);
            return new AddResult(task.id());
        });
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("id", request.taskIds())
                .in("department_id", request.departmentIds())
                .in("service_order_id", request.serviceOrderIds())
                .within("created_utc", request.createdUtc())
                .within("closed_utc", request.closedUtc())
                .within("deadline_utc", request.deadlineUtc());
        Page<Task> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }
}
