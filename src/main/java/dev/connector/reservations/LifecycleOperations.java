package dev.connector.reservations;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.enterprises.Enterprise;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.resources.Resource;
import dev.connector.resources.ResourceStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code reservations/confirm}, {@code start} (check-in), {@code process} (check-out) and {@code cancel}: each
 * moves reservations along {@link Lifecycle} in one transaction, all or nothing, with a ServiceOrderUpdated per
 * reservation (and a ResourceUpdated for the room a check-out leaves dirty).
 */
public final class LifecycleOperations {

    static final String DIRTY = "Dirty";

    private final Transactions transactions;
    private final Bookings bookings;
    private final ResourceStore resources;

    LifecycleOperations(Transactions transactions, Bookings bookings, ResourceStore resources) {
        this.transactions = transactions;
        this.bookings = bookings;
        this.resources = resources;
    }

    public record ConfirmRequest(UUID enterpriseId, List<UUID> reservationIds, Boolean sendConfirmationEmail) {
    }

    /** The reservations an operation changed. */
    public record ReservationIdsResult(List<UUID> reservationIds) {
    }

    public ReservationIdsResult confirm(ConfirmRequest request, Caller caller) {
        List<UUID> ids = Require.notEmpty(request.reservationIds(), "ReservationIds");
        Require.atMost(ids, 1000, "ReservationIds");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            ZoneId zone = Bookings.zone(bookings.enterprise(tx.handle(), enterpriseId));
            List<UUID> changed = new ArrayList<>();
            for (Reservation reservation : bookings.requireAll(tx.handle(), enterpriseId, ids, "ReservationIds")) {
                ServiceOrderState next = Lifecycle.require(Lifecycle.Action.CONFIRM, reservation);
                bookings.save(tx, enterpriseId, reservation.edit().state(next).updatedUtc(tx.now())
                        .updaterProfileId(caller.integrationId()).build(), zone);
                changed.add(reservation.id());
            }
            return new ReservationIdsResult(changed);
        });
    }

    public record StartRequest(UUID enterpriseId, UUID reservationId) {
        public StartRequest {
            Require.present(reservationId, "ReservationId");
        }
    }

    public Object start(StartRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            ZoneId zone = Bookings.zone(bookings.enterprise(tx.handle(), enterpriseId));
            Reservation reservation = bookings.require(tx.handle(), enterpriseId, request.reservationId(), "ReservationId");
            ServiceOrderState next = Lifecycle.require(Lifecycle.Action.START, reservation);
            LocalDate today = tx.now().atZone(zone).toLocalDate();
            LocalDate arrival = reservation.scheduledStartUtc().atZone(zone).toLocalDate();
            if (today.isBefore(arrival)) {
                throw new Forbidden("Reservation " + reservation.number() + " starts on " + arrival
                        + "; the guest cannot check in before the day of arrival (today is " + today + ").");
            }
            if (reservation.assignedResourceId() == null) {
                throw new Forbidden("Reservation " + reservation.number()
                        + " has no room assigned; assign a room before checking the guest in.");
            }
            Reservation.Options checkedIn = new Reservation.Options(true, true, true, true);
            bookings.save(tx, enterpriseId, reservation.edit().state(next).actualStartUtc(tx.now())
                    .options(checkedIn).updatedUtc(tx.now()).updaterProfileId(caller.integrationId()).build(), zone);
            return null;
        });
        return null;
    }

    public record ProcessRequest(UUID enterpriseId, UUID reservationId, Boolean closeBills, Boolean allowOpenBalance,
                                 String notes) {
        public ProcessRequest {
            Require.present(reservationId, "ReservationId");
        }
    }

    public Object process(ProcessRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        boolean allowOpenBalance = Boolean.TRUE.equals(request.allowOpenBalance());
        if (allowOpenBalance && (request.notes() == null || request.notes().isBlank())) {
            throw new InvalidRequest("Notes are required when AllowOpenBalance is true: say why the bill stays open.");
        }
        transactions.write(tx -> {
            Enterprise enterprise = bookings.enterprise(tx.handle(), enterpriseId);
            ZoneId zone = Bookings.zone(enterprise);
            Reservation reservation = bookings.require(tx.handle(), enterpriseId, request.reservationId(), "ReservationId");
            ServiceOrderState next = Lifecycle.require(Lifecycle.Action.PROCESS, reservation);
            LocalDate today = tx.now().atZone(zone).toLocalDate();
            LocalDate departure = reservation.scheduledEndUtc().atZone(zone).toLocalDate();
            if (today.isBefore(departure)) {
                throw new Forbidden("Reservation " + reservation.number() + " ends on " + departure
                        + "; the guest cannot be checked out before the last day of the stay (today is " + today
                        + "). Shorten the stay first.");
            }
            if (!allowOpenBalance) {
                BigDecimal owed = bookings.ledger.consumedBalance(tx.handle(), enterpriseId, reservation.accountId(),
                        tx.now());
                if (owed.signum() != 0) {
                    throw new Forbidden("The guest's balance is " + owed.toPlainString() + " "
                            + enterprise.currencyCode() + "; settle it (for example with payments/addExternal) or "
                            + "check out with AllowOpenBalance and a note.");
                }
            }
            if (Boolean.TRUE.equals(request.closeBills())) {
                for (UUID paymentId : bookings.ledger.closeSettledBills(tx, enterpriseId, reservation.accountId())) {
                    tx.emit(new DomainEvent.PaymentUpdated(enterpriseId, paymentId));
                }
            }
            bookings.save(tx, enterpriseId, reservation.edit().state(next).actualEndUtc(tx.now()).updatedUtc(tx.now())
                    .updaterProfileId(caller.integrationId()).build(), zone);
            if (reservation.assignedResourceId() != null) {
                leaveDirty(tx, enterpriseId, reservation.assignedResourceId());
            }
            return null;
        });
        return null;
    }

    /** The room a guest left needs cleaning. */
    private void leaveDirty(Tx tx, UUID enterpriseId, UUID roomId) {
        Resource room = resources.find(tx.handle(), roomId).orElse(null);
        if (room == null || DIRTY.equals(room.state())) {
            return;
        }
        resources.update(tx.handle(), room.withState(DIRTY, tx.now()));
        tx.emit(new DomainEvent.ResourceUpdated(enterpriseId, roomId, DIRTY));
    }

    public record CancelRequest(UUID enterpriseId, List<UUID> reservationIds, UUID reservationId,
                                Boolean postCancellationFee, Boolean sendEmail, String notes) {
    }

    public ReservationIdsResult cancel(CancelRequest request, Caller caller) {
        List<UUID> ids = request.reservationIds() != null && !request.reservationIds().isEmpty()
                ? request.reservationIds()
                : request.reservationId() == null ? null : List.of(request.reservationId());
        Require.notEmpty(ids, "ReservationIds");
        Require.atMost(ids, 1000, "ReservationIds");
        Require.text(request.notes(), "Notes");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            ZoneId zone = Bookings.zone(bookings.enterprise(tx.handle(), enterpriseId));
            List<UUID> changed = new ArrayList<>();
            for (Reservation reservation : bookings.requireAll(tx.handle(), enterpriseId, ids, "ReservationIds")) {
                ServiceOrderState next = Lifecycle.require(Lifecycle.Action.CANCEL, reservation);
                bookings.save(tx, enterpriseId, reservation.edit().state(next).cancelledUtc(tx.now())
                        .cancellationReason(CancellationReason.Other).updatedUtc(tx.now())
                        .updaterProfileId(caller.integrationId()).build(), zone);
                bookings.ledger.cancelNights(tx, reservation.id(), null, caller.integrationId(), true);
                changed.add(reservation.id());
            }
            return new ReservationIdsResult(changed);
        });
    }
}
