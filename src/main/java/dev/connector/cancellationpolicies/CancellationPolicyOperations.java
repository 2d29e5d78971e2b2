package dev.connector.cancellationpolicies;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * cancellationPolicies/getAll, and the restricted getByRates and getByReservations: the policies of the rate group
 * a rate (or a reservation's rate) belongs to.
 */
public final class CancellationPolicyOperations {

    public record GetAll(List<UUID> enterpriseIds, List<UUID> serviceIds, List<UUID> cancellationPolicyIds,
                         List<UUID> rateGroupIds, TimeInterval updatedUtc, List<ActivityState> activityStates,
                         Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            Require.atMost(serviceIds, 100, "ServiceIds");
            RequestChecks.optionalList(cancellationPolicyIds, "CancellationPolicyIds");
            RequestChecks.optionalList(rateGroupIds, "RateGroupIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Result(List<CancellationPolicy> cancellationPolicies, UUID cursor) {
    }

    public record GetByRates(List<UUID> rateIds, Instant reservationStartUtc, Instant reservationEndUtc) {
        public GetByRates {
            RequestChecks.requiredList(rateIds, "RateIds");
            Require.atMost(rateIds, 100, "RateIds");
            Require.present(reservationStartUtc, "ReservationStartUtc");
            Require.present(reservationEndUtc, "ReservationEndUtc");
            if (reservationEndUtc.isBefore(reservationStartUtc)) {
                throw new InvalidRequest("ReservationEndUtc must not be before ReservationStartUtc.");
            }
        }
    }

    public record GetByReservations(List<UUID> reservationIds) {
        public GetByReservations {
            RequestChecks.requiredList(reservationIds, "ReservationIds");
            Require.atMost(reservationIds, 100, "ReservationIds");
        }
    }

    /** Fee extents as the granular operations name them. */
    public enum FeeExtents {
        Nothing,
        TimeUnits,
        Products,
        Everything
    }

    public record PolicyData(CancellationPolicy.Applicability applicability, List<FeeExtents> feeExtents,
                             String applicabilityOffset, Integer feeMaximumTimeUnits,
                             CancellationPolicy.CurrencyValue absoluteFee, BigDecimal relativeFee) {

        static PolicyData of(CancellationPolicy policy) {
            List<FeeExtents> extents = policy.feeExtent().isEmpty() ? List.of(FeeExtents.Nothing)
                    : policy.feeExtent().stream().map(extent -> FeeExtents.valueOf(extent.name())).toList();
            return new PolicyData(policy.applicability(), extents, policy.applicabilityOffset(),
                    policy.feeMaximumTimeUnits(), policy.absoluteFee(), policy.relativeFee());
        }
    }

    public record ByRate(UUID rateId, List<PolicyData> policies) {
    }

    public record ByRatesResult(List<ByRate> cancellationPolicies) {
    }

    public record ByReservation(UUID reservationId, List<PolicyData> policies) {
    }

    public record ByReservationsResult(List<ByReservation> cancellationPolicies) {
    }

    private final Transactions transactions;
    private final CancellationPolicyStore store;

    public CancellationPolicyOperations(Transactions transactions, CancellationPolicyStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("service_id", request.serviceIds())
                .in("id", request.cancellationPolicyIds())
                .in("rate_group_id", request.rateGroupIds())
                .within("updated_utc", request.updatedUtc())
                .eq("is_active", RequestChecks.isActive(request.activityStates(), true));
        return transactions.read(handle -> {
            Page<CancellationPolicy> page = store.page(handle, filter, request.limitation());
            return new Result(page.items(), page.cursor());
        });
    }

    ByRatesResult getByRates(GetByRates request, Caller caller) {
        return transactions.read(handle -> {
            List<ByRate> result = new ArrayList<>();
            store.groupsOfRates(handle, caller.enterpriseIds(), request.rateIds().stream().distinct().toList())
                    .forEach((rateId, groupId) -> result.add(new ByRate(rateId, policies(handle, groupId))));
            return new ByRatesResult(result);
        });
    }

    ByReservationsResult getByReservations(GetByReservations request, Caller caller) {
        return transactions.read(handle -> {
            List<UUID> reservationIds = request.reservationIds().stream().distinct().toList();
            Map<UUID, UUID> rates = store.ratesOfReservations(handle, caller.enterpriseIds(), reservationIds);
            Map<UUID, UUID> groups = store.groupsOfRates(handle, caller.enterpriseIds(),
                    rates.values().stream().distinct().toList());
            List<ByReservation> result = new ArrayList<>();
            rates.forEach((reservationId, rateId) -> result.add(new ByReservation(reservationId,
                    groups.containsKey(rateId) ? policies(handle, groups.get(rateId)) : List.of())));
            return new ByReservationsResult(result);
        });
    }

    private List<PolicyData> policies(Handle handle, UUID groupId) {
        return store.ofGroup(handle, groupId).stream().map(PolicyData::of).toList();
    }
}
