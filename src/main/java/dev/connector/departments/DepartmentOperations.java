package dev.connector.departments;

import dev.connector.api.Caller;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** {@code departments/getAll}: the departments of the enterprises the token reaches. */
public final class DepartmentOperations {

    public record GetAll(List<UUID> enterpriseIds, List<UUID> departmentIds, TimeInterval updatedUtc,
                         Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(enterpriseIds, Limitation.MAX_COUNT, "EnterpriseIds");
            Require.atMost(departmentIds, Limitation.MAX_COUNT, "DepartmentIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Result(List<Department> departments, UUID cursor) {
    }

    private final Transactions transactions;
    private final DepartmentStore store;

    public DepartmentOperations(Transactions transactions, DepartmentStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("id", request.departmentIds())
                .within("updated_utc", request.updatedUtc());
        Page<Department> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }
}
