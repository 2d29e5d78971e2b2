package dev.connector.rates;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** rateGroups/getAll: the rate groups of the enterprises the token reaches. */
public final class RateGroupOperations {

    public record GetAllRateGroups(List<UUID> enterpriseIds, List<UUID> rateGroupIds, List<UUID> serviceIds,
                                   List<String> externalIdentifiers, TimeInterval updatedUtc,
                                   List<ActivityState> activityStates, Limitation limitation) {
        public GetAllRateGroups {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(rateGroupIds, "RateGroupIds");
            RequestChecks.optionalList(serviceIds, "ServiceIds");
            RequestChecks.optionalList(externalIdentifiers, "ExternalIdentifiers");
            if (rateGroupIds == null && serviceIds == null) {
                throw new InvalidRequest("RateGroupIds or ServiceIds is required.");
            }
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record RateGroupResult(List<RateStore.RateGroupDetail> rateGroups, UUID cursor) {
    }

    private final Transactions transactions;
    private final RateStore store;

    public RateGroupOperations(Transactions transactions, RateStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    RateGroupResult getAll(GetAllRateGroups request, Caller caller) {
        Filter filter = Filter.where()
                .in("g.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("g.id", request.rateGroupIds())
                .in("g.service_id", request.serviceIds())
                .in("g.external_identifier", request.externalIdentifiers())
                .within("g.updated_utc", request.updatedUtc())
                .eq("g.is_active", ActivityState.isActive(request.activityStates()));
        return transactions.read(handle -> {
            Page<RateStore.RateGroupDetail> page = store.groupPage(handle, filter, request.limitation());
            return new RateGroupResult(page.items(), page.cursor());
        });
    }
}
