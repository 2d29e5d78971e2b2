package dev.connector.companions;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.availability.Stay;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationGroup;
import dev.connector.reservations.ReservationOld;
import dev.connector.reservations.ReservationStore;
import dev.connector.reservations.ServiceOrderState;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code reservations/addCompanion}, {@code reservations/deleteCompanion} and {@code companionships/getAll}. A
 * reservation holds as many guests as its person counts say; the owner always takes one place, whether or not
 * they are listed as a companion. Changes touch the reservation and write its ServiceOrderUpdated.
 */
public final class CompanionOperations {

    private final Transactions transactions;
    private final CompanionshipStore store;
    private final ReservationStore reservations;
    private final CustomerStore customers;
    private final EnterpriseStore enterprises;
    private final Supplier<UUID> ids;

    public CompanionOperations(Transactions transactions, CompanionshipStore store, ReservationStore reservations,
                               CustomerStore customers, EnterpriseStore enterprises, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.reservations = reservations;
        this.customers = customers;
        this.enterprises = enterprises;
        this.ids = ids;
    }

    public record AddRequest(UUID enterpriseId, UUID reservationId, UUID customerId) {
        public AddRequest {
            Require.present(reservationId, "ReservationId");
            Require.present(customerId, "CustomerId");
        }
    }

    public record AddResult(UUID companionshipId) {
    }

    public AddResult add(AddRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprise(tx, enterpriseId);
            Reservation reservation = reservation(tx, enterpriseId, request.reservationId());
            requireChangeable(reservation);
            Customer customer = customers.find(tx.handle(), List.of(enterprise.chainId()), request.customerId())
                    .filter(Customer::isActive)
                    .orElseThrow(() -> new InvalidRequest("CustomerId " + request.customerId()
                            + " is not a customer of " + enterprise.name() + "."));
            List<Companionship> current = store.ofReservation(tx.handle(), reservation.id());
            if (current.stream().anyMatch(companion -> companion.customerId().equals(customer.id()))) {
                throw new Forbidden(customer.lastName() + " is already a companion on reservation "
                        + reservation.number() + ".");
            }
            boolean ownerListed = current.stream().anyMatch(c -> c.customerId().equals(reservation.accountId()));
            int taken = current.size() + (ownerListed ? 0 : 1);
            boolean isOwner = customer.id().equals(reservation.accountId());
            if (!isOwner && taken >= reservation.guestCount()) {
                throw new Forbidden("Reservation " + reservation.number() + " is for " + reservation.guestCount()
                        + " guest(s) and every place is taken; add a person to the reservation first.");
            }
            Companionship companionship = new Companionship(ids.get(), customer.id(), reservation.groupId(),
                    reservation.id());
            store.insert(tx.handle(), enterpriseId, companionship, tx.now());
            touch(tx, enterprise, reservation, caller);
            return new AddResult(companionship.id());
        });
    }

    public record DeleteRequest(UUID enterpriseId, UUID reservationId, UUID customerId) {
        public DeleteRequest {
            Require.present(reservationId, "ReservationId");
            Require.present(customerId, "CustomerId");
        }
    }

    public Object delete(DeleteRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = enterprise(tx, enterpriseId);
            Reservation reservation = reservation(tx, enterpriseId, request.reservationId());
            requireChangeable(reservation);
            Companionship companionship = store.find(tx.handle(), reservation.id(), request.customerId())
                    .orElseThrow(() -> new InvalidRequest("CustomerId " + request.customerId()
                            + " is not a companion on reservation " + reservation.number() + "."));
            store.delete(tx.handle(), companionship.id());
            touch(tx, enterprise, reservation, caller);
            return null;
        });
    }

    public record Extent(Boolean reservations, Boolean reservationGroups, Boolean customers) {
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> companionshipIds,
                                Extent extent, List<UUID> reservationIds, List<UUID> customerIds,
                                List<UUID> reservationGroupIds, TimeInterval updatedUtc) {
        public GetAllRequest {
            Limitation.required(limitation);
            Require.present(extent, "Extent");
            Require.atMost(enterpriseIds, 1000, "EnterpriseIds");
            Require.atMost(companionshipIds, 1000, "CompanionshipIds");
            Require.atMost(reservationIds, 1000, "ReservationIds");
            Require.atMost(customerIds, 1000, "CustomerIds");
            Require.atMost(reservationGroupIds, 1000, "ReservationGroupIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            if (companionshipIds == null && reservationIds == null && customerIds == null
                    && reservationGroupIds == null && updatedUtc == null) {
                throw new InvalidRequest("One of CompanionshipIds, CustomerIds, ReservationIds, ReservationGroupIds "
                        + "or UpdatedUtc is required.");
            }
        }
    }

    public record GetAllResult(List<Companionship> companionships, List<ReservationOld> reservations,
                               List<GroupOld> reservationGroups, List<Customer> customers, UUID cursor) {
    }

    /** A reservation group in the shape companionships return it. */
    public record GroupOld(UUID id, String name) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        List<UUID> enterpriseIds = caller.enterprises(request.enterpriseIds());
        Filter filter = Filter.where()
                .in("c.enterprise_id", enterpriseIds)
                .in("c.id", request.companionshipIds())
                .in("c.reservation_id", request.reservationIds())
                .in("c.customer_id", request.customerIds())
                .in("c.group_id", request.reservationGroupIds())
                .within("c.updated_utc", request.updatedUtc());
        Extent extent = request.extent();
        return transactions.read(handle -> {
            Page<Companionship> page = store.page(handle, filter, limitation);
            List<Companionship> items = page.items();
            List<ReservationOld> reservationsOld = null;
            List<GroupOld> groups = null;
            List<Customer> people = null;
            if (Boolean.TRUE.equals(extent.reservations()) || Boolean.TRUE.equals(extent.reservationGroups())) {
                List<UUID> reservationIds = items.stream().map(Companionship::reservationId).distinct().toList();
                List<Reservation> found = new ArrayList<>();
                for (UUID enterpriseId : enterpriseIds) {
                    found.addAll(reservations.find(handle, enterpriseId, reservationIds));
                }
                if (Boolean.TRUE.equals(extent.reservations())) {
                    Map<UUID, Boolean> children = reservations.childAgeCategories(handle, enterpriseIds);
                    reservationsOld = found.stream().map(reservation -> ReservationOld.of(reservation, children)).toList();
                }
                if (Boolean.TRUE.equals(extent.reservationGroups())) {
                    groups = reservations.groups(handle, found.stream().map(Reservation::groupId).toList()).stream()
                            .map((ReservationGroup group) -> new GroupOld(group.id(), group.name()))
                            .toList();
                }
            }
            if (Boolean.TRUE.equals(extent.customers())) {
                List<UUID> customerIds = items.stream().map(Companionship::customerId).distinct().toList();
                people = new ArrayList<>();
                for (UUID chainId : caller.chainIds()) {
                    people.addAll(customers.byIds(handle, chainId, customerIds));
                }
            }
            return new GetAllResult(items, reservationsOld, groups, people, page.cursor());
        });
    }

    private Enterprise enterprise(Tx tx, UUID enterpriseId) {
        return enterprises.find(tx.handle(), enterpriseId)
                .orElseThrow(() -> new IllegalStateException("Enterprise in scope but not stored: " + enterpriseId));
    }

    private Reservation reservation(Tx tx, UUID enterpriseId, UUID reservationId) {
        return reservations.find(tx.handle(), enterpriseId, reservationId)
                .orElseThrow(() -> new InvalidRequest("ReservationId " + reservationId
                        + " is not a reservation of the enterprise."));
    }

    private static void requireChangeable(Reservation reservation) {
        if (reservation.state() == ServiceOrderState.Canceled || reservation.state() == ServiceOrderState.Processed) {
            throw new Forbidden("Reservation " + reservation.number() + " is " + reservation.state().name()
                    + "; its companions can no longer change.");
        }
    }

    /** Marks the reservation changed and writes its ServiceOrderUpdated. */
    private void touch(Tx tx, Enterprise enterprise, Reservation reservation, Caller caller) {
        Reservation changed = reservation.edit().updatedUtc(tx.now()).updaterProfileId(caller.integrationId()).build();
        ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
        reservations.update(tx.handle(), changed,
                Stay.of(changed.scheduledStartUtc(), changed.scheduledEndUtc(), zone));
        tx.emit(new DomainEvent.ServiceOrderUpdated(enterprise.id(), changed.id(), changed.state().name(),
                changed.startUtc(), changed.endUtc(), changed.assignedResourceId()));
    }
}
