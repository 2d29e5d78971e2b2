package dev.connector.businesssegments;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Limitation;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** businessSegments/getAll: the business segments of the enterprises the token reaches. */
public final class BusinessSegmentOperations {

    public record GetAll(List<UUID> enterpriseIds, List<UUID> ids, List<UUID> serviceIds, TimeInterval updatedUtc,
                         List<ActivityState> activityStates, Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(ids, "Ids");
            RequestChecks.optionalList(serviceIds, "ServiceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Result(List<BusinessSegment> businessSegments, UUID cursor) {
    }

    private final Transactions transactions;
    private final BusinessSegmentStore store;

    public BusinessSegmentOperations(Transactions transactions, BusinessSegmentStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("id", request.ids())
                .in("service_id", request.serviceIds())
                .within("updated_utc", request.updatedUtc())
                .eq("is_active", ActivityState.isActive(request.activityStates()));
        return transactions.read(handle -> {
            Page<BusinessSegment> page = store.page(handle, filter, request.limitation());
            return new Result(page.items(), page.cursor());
        });
    }
}
