package dev.connector.reservations;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.customers.CustomerStore;
import dev.connector.events.Transactions;
import dev.connector.payments.AccountingState;
import dev.connector.payments.Ledger;
import dev.connector.payments.OrderItemOld;
import dev.connector.resources.Resource;
import dev.connector.resources.ResourceCategory;
import dev.connector.resources.ResourceStore;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** {@code reservations/getAll/2023-06-06}, the deprecated {@code reservations/getAll}, and {@code reservationGroups/getAll}. */
public final class QueryOperations {

    private final Transactions transactions;
    private final ReservationStore store;
    private final ResourceStore resources;
    private final Ledger ledger;
    private final CustomerStore customers;

    QueryOperations(Transactions transactions, ReservationStore store, ResourceStore resources, Ledger ledger,
                    CustomerStore customers) {
        this.transactions = transactions;
        this.store = store;
        this.resources = resources;
        this.ledger = ledger;
        this.customers = customers;
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> reservationIds,
                                List<UUID> serviceIds, List<UUID> reservationGroupIds, List<UUID> accountIds,
                                List<UUID> partnerCompanyIds, List<UUID> travelAgencyIds, List<String> numbers,
                                List<String> channelNumbers, List<UUID> assignedResourceIds,
                                List<UUID> availabilityBlockIds, TimeInterval createdUtc, TimeInterval updatedUtc,
                                TimeInterval collidingUtc, TimeInterval scheduledStartUtc, TimeInterval actualStartUtc,
                                TimeInterval actualEndUtc, TimeInterval scheduledEndUtc,
                                List<ServiceOrderState> states) {
    }

    public record GetAllResult(List<RawValue> reservations, UUID cursor) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.enterpriseIds(), 1000, "EnterpriseIds");
        Require.atMost(request.reservationIds(), 1000, "ReservationIds");
        Require.atMost(request.serviceIds(), 1000, "ServiceIds");
        Require.atMost(request.reservationGroupIds(), 1000, "ReservationGroupIds");
        Require.atMost(request.accountIds(), 1000, "AccountIds");
        Require.atMost(request.assignedResourceIds(), 1000, "AssignedResourceIds");
        Require.atMost(request.numbers(), 1000, "Numbers");
        Require.atMost(request.channelNumbers(), 100, "ChannelNumbers");
        Require.atMost(request.partnerCompanyIds(), 100, "PartnerCompanyIds");
        Require.atMost(request.travelAgencyIds(), 100, "TravelAgencyIds");
        Require.atMost(request.availabilityBlockIds(), 100, "AvailabilityBlockIds");
        if (request.scheduledStartUtc() != null && request.actualStartUtc() != null) {
            throw new InvalidRequest("ScheduledStartUtc and ActualStartUtc cannot be used together.");
        }
        if (request.scheduledEndUtc() != null && request.actualEndUtc() != null) {
            throw new InvalidRequest("ScheduledEndUtc and ActualEndUtc cannot be used together.");
        }
        Filter filter = Filter.where()
                .in("r.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("r.id", request.reservationIds())
                .in("r.service_id", request.serviceIds())
                .in("r.group_id", request.reservationGroupIds())
                .in("r.account_id", request.accountIds())
                .in("r.partner_company_id", request.partnerCompanyIds())
                .in("r.travel_agency_id", request.travelAgencyIds())
                .in("r.number", request.numbers())
                .in("r.channel_number", request.channelNumbers())
                .in("r.assigned_resource_id", request.assignedResourceIds())
                .within("r.created_utc", three(request.createdUtc(), "CreatedUtc"))
                .within("r.updated_utc", three(request.updatedUtc(), "UpdatedUtc"))
                .overlapping("r.scheduled_start_utc", "r.scheduled_end_utc", three(request.collidingUtc(), "CollidingUtc"))
                .within("r.scheduled_start_utc", three(request.scheduledStartUtc(), "ScheduledStartUtc"))
                .within("r.actual_start_utc", three(request.actualStartUtc(), "ActualStartUtc"))
                .within("r.scheduled_end_utc", three(request.scheduledEndUtc(), "ScheduledEndUtc"))
                .within("r.actual_end_utc", three(request.actualEndUtc(), "ActualEndUtc"))
                .in("r.state", request.states())
                .in("r.availability_block_id", request.availabilityBlockIds() == null
                        || request.availabilityBlockIds().isEmpty() ? null : request.availabilityBlockIds());
        Page<RawValue> page = transactions.read(handle -> store.documentPage(handle, filter, limitation));
        return new GetAllResult(page.items(), page.cursor());
    }

    /** When the 2017 getAll filters by time, which instant of the reservation it looks at. */
    public enum TimeFilter {
        Colliding, Created, Updated, Start, End, Overlapping, Canceled
    }

    public record Extent(Boolean reservations, Boolean reservationGroups, Boolean customers, Boolean customerAdresses,
                         Boolean customerIdentityDocuments, Boolean services, Boolean products,
                         Boolean businessSegments, Boolean resources, Boolean resourceCategories,
                         Boolean resourceCategoryAssignments, Boolean rates, Boolean items, Boolean orderItems,
                         Boolean notes, Boolean qrCodeData, Boolean companies,
                         List<AccountingState> accountingStates) {
    }

    public record OldGetAllRequest(List<UUID> serviceIds, UUID serviceId, List<UUID> groupIds,
                                   List<UUID> reservationIds, List<UUID> customerIds, List<UUID> assignedResourceIds,
                                   List<UUID> rateIds, List<UUID> businessSegmentIds, List<String> channelNumbers,
                                   List<String> numbers, Instant startUtc, Instant endUtc, TimeFilter timeFilter,
                                   String currency, List<ServiceOrderState> states, Extent extent,
                                   Limitation limitation) {
    }

    public ReservationsResult getAllOld(OldGetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Extent extent = Require.present(request.extent(), "Extent");
        List<UUID> serviceIds = request.serviceIds() != null && !request.serviceIds().isEmpty()
                ? request.serviceIds()
                : request.serviceId() == null ? null : List.of(request.serviceId());
        Require.notEmpty(serviceIds, "ServiceIds");
        Require.atMost(serviceIds, 1000, "ServiceIds");
        Require.atMost(request.groupIds(), 1000, "GroupIds");
        Require.atMost(request.reservationIds(), 1000, "ReservationIds");
        Require.atMost(request.customerIds(), 1000, "CustomerIds");
        Require.atMost(request.assignedResourceIds(), 1000, "AssignedResourceIds");
        Require.atMost(request.rateIds(), 1000, "RateIds");
        Require.atMost(request.numbers(), 1000, "Numbers");
        Require.atMost(request.channelNumbers(), 1000, "ChannelNumbers");
        TimeInterval interval = null;
        if (request.startUtc() != null || request.endUtc() != null || request.timeFilter() != null) {
            interval = new TimeInterval(request.startUtc(), request.endUtc())
                    .validate("StartUtc/EndUtc", TimeInterval.THREE_MONTHS);
        }
        List<ServiceOrderState> states = request.states() != null && !request.states().isEmpty()
                ? request.states()
                : request.reservationIds() != null ? null
                : List.of(ServiceOrderState.Confirmed, ServiceOrderState.Started, ServiceOrderState.Processed);
        Filter filter = Filter.where()
                .in("r.enterprise_id", caller.enterpriseIds())
                .in("r.service_id", serviceIds)
                .in("r.group_id", request.groupIds())
                .in("r.id", request.reservationIds())
                .in("r.account_id", request.customerIds())
                .in("r.assigned_resource_id", request.assignedResourceIds())
                .in("r.rate_id", request.rateIds())
                .in("r.channel_number", request.channelNumbers())
                .in("r.number", request.numbers())
                .in("r.state", states);
        if (request.businessSegmentIds() != null && !request.businessSegmentIds().isEmpty()) {
            // Business segments are not kept as a filter column; no reservation is found by one.
            filter.sql("1 = 0", Map.of());
        }
        if (interval != null) {
            TimeFilter timeFilter = request.timeFilter() == null ? TimeFilter.Colliding : request.timeFilter();
            switch (timeFilter) {
                case Colliding -> filter.overlapping("r.scheduled_start_utc", "r.scheduled_end_utc", interval);
                case Created -> filter.within("r.created_utc", interval);
                case Updated -> filter.within("r.updated_utc", interval);
                case Start -> filter.within("r.scheduled_start_utc", interval);
                case End -> filter.within("r.scheduled_end_utc", interval);
                case Overlapping -> filter.sql("r.scheduled_start_utc <= :overlapStart AND r.scheduled_end_utc >= :overlapEnd",
                        Map.of("overlapStart", interval.startUtc(), "overlapEnd", interval.endUtc()));
                case Canceled -> filter.within("r.cancelled_utc", interval);
            }
        }
        return transactions.read(handle -> {
            Page<Reservation> page = store.page(handle, filter, limitation);
            List<Reservation> found = page.items();
            Map<UUID, Boolean> children = store.childAgeCategories(handle, caller.enterpriseIds());
            List<ReservationOld> reservations = on(extent.reservations())
                    ? found.stream().map(reservation -> ReservationOld.of(reservation, children)).toList() : null;
            List<ReservationsResult.GroupOld> groups = on(extent.reservationGroups())
                    ? store.groups(handle, found.stream().map(Reservation::groupId).toList()).stream()
                    .map(group -> new ReservationsResult.GroupOld(group.id(), group.name())).toList()
                    : null;
            List<Resource> rooms = on(extent.resources())
                    ? resources.find(handle, found.stream().map(Reservation::assignedResourceId)
                    .filter(Objects::nonNull).distinct().toList(), caller.enterpriseIds())
                    : null;
            List<ResourceCategory> categories = on(extent.resourceCategories())
                    ? resources.allCategories(handle, Filter.where().in("c.id",
                    found.stream().map(Reservation::requestedResourceCategoryId).distinct().toList()))
                    : null;
            List<OrderItemOld> orderItems = on(extent.orderItems())
                    ? ledger.orderItemsOf(handle, found.stream().map(Reservation::id).toList()).stream()
                    .map(OrderItemOld::of).toList()
                    : null;
            List<Object> owners = null;
            if (on(extent.customers())) {
                List<UUID> accountIds = found.stream().map(Reservation::accountId).distinct().toList();
                owners = new ArrayList<>();
                for (UUID chainId : caller.chainIds()) {
                    owners.addAll(customers.byIds(handle, chainId, accountIds));
                }
            }
            return new ReservationsResult(reservations, groups, owners, rooms, categories, orderItems, page.cursor());
        });
    }

    public record GroupsRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> reservationGroupIds,
                                TimeInterval updatedUtc) {
    }

    public record GroupsResult(List<ReservationGroup> reservationGroups, UUID cursor) {
    }

    public GroupsResult groups(GroupsRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.reservationGroupIds(), 1000, "ReservationGroupIds");
        Require.atMost(request.enterpriseIds(), 1000, "EnterpriseIds");
        if (request.reservationGroupIds() == null && request.updatedUtc() == null) {
            throw new InvalidRequest("ReservationGroupIds or UpdatedUtc is required.");
        }
        Filter filter = Filter.where()
                .in("g.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("g.id", request.reservationGroupIds())
                .within("g.updated_utc", three(request.updatedUtc(), "UpdatedUtc"));
        Page<ReservationGroup> page = transactions.read(handle -> store.groups(handle, filter, limitation));
        return new GroupsResult(page.items(), page.cursor());
    }

    private static TimeInterval three(TimeInterval interval, String field) {
        return TimeInterval.validate(interval, field, TimeInterval.THREE_MONTHS);
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
