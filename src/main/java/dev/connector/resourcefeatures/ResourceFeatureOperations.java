package dev.connector.resourcefeatures;

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

/** {@code resourceFeatures/getAll} and {@code resourceFeatureAssignments/getAll}: read-only catalogue details. */
public final class ResourceFeatureOperations {

    public record GetAllFeatures(Limitation limitation, List<UUID> enterpriseIds, List<UUID> resourceFeatureIds,
                          List<UUID> serviceIds, TimeInterval updatedUtc, List<ActivityState> activityStates) {
        public GetAllFeatures {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(resourceFeatureIds, "ResourceFeatureIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record FeatureResult(List<ResourceFeature> resourceFeatures, UUID cursor) {
    }

    public record GetAllAssignments(Limitation limitation, List<UUID> enterpriseIds, List<UUID> resourceFeatureAssignmentIds,
                             List<UUID> resourceFeatureIds, TimeInterval updatedUtc,
                             List<ActivityState> activityStates) {
        public GetAllAssignments {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(resourceFeatureAssignmentIds, "ResourceFeatureAssignmentIds");
            RequestChecks.requiredList(resourceFeatureIds, "ResourceFeatureIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record AssignmentResult(List<ResourceFeatureAssignment> resourceFeatureAssignments, UUID cursor) {
    }

    private final Transactions transactions;
    private final ResourceFeatureStore store;

    ResourceFeatureOperations(Transactions transactions, ResourceFeatureStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    FeatureResult features(GetAllFeatures request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("service_id", request.serviceIds())
                .in("id", request.resourceFeatureIds())
                .within("updated_utc", request.updatedUtc())
                .eq("is_active", RequestChecks.isActive(request.activityStates(), null));
        Page<ResourceFeature> page = transactions.read(handle -> store.features(handle, filter, request.limitation()));
        return new FeatureResult(page.items(), page.cursor());
    }

    AssignmentResult assignments(GetAllAssignments request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("feature_id", request.resourceFeatureIds())
                .in("id", request.resourceFeatureAssignmentIds())
                .within("updated_utc", request.updatedUtc())
                .eq("is_active", RequestChecks.isActive(request.activityStates(), null));
        Page<ResourceFeatureAssignment> page = transactions.read(handle ->
                store.assignments(handle, filter, request.limitation()));
        return new AssignmentResult(page.items(), page.cursor());
    }
}
