package dev.connector.tasks;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** {@code tasks/getAll}: the tasks of the enterprises the token reaches. */
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

    private final Transactions transactions;
    private final TaskStore store;

    public TaskOperations(Transactions transactions, TaskStore store) {
        this.transactions = transactions;
        this.store = store;
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
