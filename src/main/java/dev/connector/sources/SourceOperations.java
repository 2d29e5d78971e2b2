package dev.connector.sources;

import dev.connector.api.Caller;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** sources/getAll, sourceAssignments/getAll (by reservation group) and its restricted 2024-09-20 version. */
public final class SourceOperations {

    public record GetAllSources(List<UUID> sourceIds, TimeInterval updatedUtc, Limitation limitation) {
        public GetAllSources {
            Limitation.required(limitation);
            RequestChecks.optionalList(sourceIds, "SourceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record SourceResult(List<Source> sources, UUID cursor) {
    }

    public record GetAllAssignments(List<UUID> enterpriseIds, List<UUID> reservationGroupIds, TimeInterval updatedUtc,
                                    Limitation limitation) {
        public GetAllAssignments {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(reservationGroupIds, "ReservationGroupIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record GroupAssignment(UUID id, UUID reservationGroupId, UUID sourceId, boolean isPrimary) {
    }

    public record AssignmentResult(List<GroupAssignment> sourceAssignments, UUID cursor) {
    }

    public record GetAllReservationAssignments(List<UUID> enterpriseIds, List<UUID> reservationIds,
                                               Limitation limitation) {
        public GetAllReservationAssignments {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            Require.atMost(reservationIds, 100, "ReservationIds");
        }
    }

    public record ReservationAssignment(UUID id, UUID reservationId, UUID sourceId, boolean isPrimary) {
    }

    public record ReservationAssignmentResult(List<ReservationAssignment> sourceAssignments, String cursor) {
    }

    private final Transactions transactions;
    private final SourceStore store;

    public SourceOperations(Transactions transactions, SourceStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    SourceResult getAll(GetAllSources request, Caller caller) {
        Filter filter = Filter.where().in("id", request.sourceIds()).within("updated_utc", request.updatedUtc());
        return transactions.read(handle -> {
            Page<Source> page = store.sources(handle, filter, request.limitation());
            return new SourceResult(page.items(), page.cursor());
        });
    }

    AssignmentResult getAllAssignments(GetAllAssignments request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("reservation_group_id", request.reservationGroupIds())
                .within("updated_utc", request.updatedUtc());
        return transactions.read(handle -> {
            Page<SourceStore.Assignment> page = store.assignments(handle, filter, request.limitation());
            return new AssignmentResult(page.items().stream().map(assignment -> new GroupAssignment(assignment.id(),
                    assignment.reservationGroupId(), assignment.sourceId(), assignment.isPrimary())).toList(),
                    page.cursor());
        });
    }

    ReservationAssignmentResult getAllByReservation(GetAllReservationAssignments request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("reservation_id", request.reservationIds() == null || request.reservationIds().isEmpty() ? null
                        : request.reservationIds());
        return transactions.read(handle -> {
            Page<SourceStore.Assignment> page = store.assignments(handle, filter, request.limitation());
            return new ReservationAssignmentResult(page.items().stream().map(assignment -> new ReservationAssignment(
                    assignment.id(), assignment.reservationId(), assignment.sourceId(), assignment.isPrimary()))
                    .toList(), page.cursor() == null ? null : page.cursor().toString());
        });
    }
}
