package dev.connector.reservations;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.availability.Stay;
import dev.connector.enterprises.Enterprise;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.payments.Ledger;
import dev.connector.services.Catalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@code reservations/update}, {@code updateInterval} and {@code updateCustomer}. A change that moves the stay or
 * its room type is checked against availability like a new booking; an assigned room must be of the room type and
 * free for the stay; the nights are charged again when their price changes. One ServiceOrderUpdated per
 * reservation that actually changed.
 */
public final class ChangeOperations {

    private final Transactions transactions;
    private final Bookings bookings;

    ChangeOperations(Transactions transactions, Bookings bookings) {
        this.transactions = transactions;
        this.bookings = bookings;
    }

    public ReservationsResult update(ReservationUpdate request, Caller caller) {
        boolean listed = request.reservationUpdates() != null && !request.reservationUpdates().isEmpty();
        List<ReservationUpdate> updates = listed
                ? request.reservationUpdates()
                : request.reservationId() == null ? null : List.of(request);
        Require.notEmpty(updates, "ReservationUpdates");
        Require.atMost(updates, 1000, "ReservationUpdates");
        boolean reprice = !Boolean.FALSE.equals(request.reprice());
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            Enterprise enterprise = bookings.enterprise(tx.handle(), enterpriseId);
            List<Reservation> changed = new ArrayList<>();
            for (int i = 0; i < updates.size(); i++) {
                String field = listed ? "ReservationUpdates[" + i + "]." : "";
                ReservationUpdate update = Require.present(updates.get(i), "ReservationUpdates[" + i + "]");
                if (update.timeUnitPrices() != null && update.timeUnitPrices().value() != null
                        && (request.reason() == null || request.reason().isBlank())) {
                    throw new InvalidRequest("Reason is required when the price of a reservation is updated.");
                }
                changed.add(apply(tx, enterprise, update, field, reprice, caller));
            }
            Map<UUID, Boolean> children = bookings.store.childAgeCategories(tx.handle(), List.of(enterpriseId));
            return ReservationsResult.of(changed.stream().map(r -> ReservationOld.of(r, children)).toList());
        });
    }

    public record IntervalRequest(UUID enterpriseId, UUID reservationId, Instant startUtc, Instant endUtc,
                                  Boolean chargeCancellationFee) {
    }

    public Object updateInterval(IntervalRequest request, Caller caller) {
        Require.present(request.reservationId(), "ReservationId");
        Require.present(request.chargeCancellationFee(), "ChargeCancellationFee");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> apply(tx, bookings.enterprise(tx.handle(), enterpriseId),
                ReservationUpdate.interval(request.reservationId(), request.startUtc(), request.endUtc()), "", false,
                caller));
        return null;
    }

    public record CustomerRequest(UUID enterpriseId, UUID reservationId, UUID customerId) {
    }

    public Object updateCustomer(CustomerRequest request, Caller caller) {
        Require.present(request.reservationId(), "ReservationId");
        UUID customerId = Require.present(request.customerId(), "CustomerId");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            Enterprise enterprise = bookings.enterprise(tx.handle(), enterpriseId);
            Reservation reservation = bookings.require(tx.handle(), enterpriseId, request.reservationId(), "ReservationId");
            Lifecycle.require(Lifecycle.Action.CHANGE, reservation);
            bookings.requireCustomer(tx.handle(), enterprise, customerId, "CustomerId");
            if (reservation.accountId().equals(customerId)) {
                return null;
            }
            bookings.ledger.moveToAccount(tx, enterprise, reservation.id(), customerId, caller.integrationId());
            bookings.save(tx, enterpriseId, reservation.edit().accountId(customerId).updatedUtc(tx.now())
                    .updaterProfileId(caller.integrationId()).build(), Bookings.zone(enterprise));
            return null;
        });
        return null;
    }

    /** Applies one update; returns the reservation as it is afterwards (unchanged when nothing differed). */
    private Reservation apply(Tx tx, Enterprise enterprise, ReservationUpdate update, String field, boolean reprice,
                              Caller caller) {
        UUID enterpriseId = enterprise.id();
        ZoneId zone = Bookings.zone(enterprise);
        Reservation current = bookings.require(tx.handle(), enterpriseId, update.reservationId(), field + "ReservationId");
        Lifecycle.require(Lifecycle.Action.CHANGE, current);
        boolean started = current.state() == ServiceOrderState.Started;
        String name = "Reservation " + current.number();

        Instant start = required(update.startUtc(), current.scheduledStartUtc(), field + "StartUtc");
        Instant end = required(update.endUtc(), current.scheduledEndUtc(), field + "EndUtc");
        if (!end.isAfter(start)) {
            throw new InvalidRequest(field + "EndUtc must be after " + field + "StartUtc.");
        }
        if (started && !start.equals(current.scheduledStartUtc())) {
            throw new Forbidden("The guest of " + name.toLowerCase() + " has already checked in; the start of the stay"
                    + " can no longer be changed.");
        }
        UUID categoryId = required(update.requestedCategoryId(), current.requestedResourceCategoryId(),
                field + "RequestedCategoryId");
        UUID rateId = required(update.rateId(), current.rateId(), field + "RateId");
        List<PersonCount> personCounts = required(update.personCounts(), current.personCounts(), field + "PersonCounts");
        boolean categoryChanged = !categoryId.equals(current.requestedResourceCategoryId());
        boolean rateChanged = !rateId.equals(current.rateId());
        // Only a newly asked room type must still be offered; the current one stays valid for its reservation.
        Catalogue.Category category = categoryChanged
                ? bookings.category(tx.handle(), current.serviceId(), categoryId, field + "RequestedCategoryId")
                : bookings.catalogue.category(tx.handle(), categoryId).orElseThrow();
        if (rateChanged) {
            bookings.rate(tx.handle(), current.serviceId(), rateId, field + "RateId");
        }
        if (categoryChanged || update.personCounts() != null) {
            bookings.checkGuests(tx.handle(), current.serviceId(), category, personCounts, caller.languageCode(),
                    field + "PersonCounts");
        }
        Stay oldStay = Bookings.stay(current, zone);
        Stay stay = Stay.of(start, end, zone);
        boolean stayChanged = !stay.equals(oldStay);
        boolean roomRequested = update.assignedResourceId() != null
                && !Objects.equals(update.assignedResourceId().value(), current.assignedResourceId());
        if (stayChanged || categoryChanged || roomRequested) {
            Set<UUID> locked = new HashSet<>(List.of(categoryId, current.requestedResourceCategoryId()));
            bookings.availability.lockCategories(tx.handle(), locked);
        }
        if (stayChanged || categoryChanged) {
            bookings.availability.requireFree(tx.handle(), enterpriseId, categoryId, stay, zone, current.id(),
                    caller.languageCode());
        }
        boolean roomLocked = update.assignedResourceLocked() == null || update.assignedResourceLocked().value() == null
                ? current.assignedResourceLocked()
                : update.assignedResourceLocked().value();
        UUID roomId = room(tx, enterpriseId, current, update, field, categoryId, stay, zone, roomLocked,
                stayChanged || categoryChanged, caller);

        Reservation.Options options = current.options();
        if (update.options() != null && update.options().ownerCheckedIn() != null
                && update.options().ownerCheckedIn().value() != null) {
            boolean owner = update.options().ownerCheckedIn().value();
            options = new Reservation.Options(owner, options.allCompanionsCheckedIn() && owner,
                    options.anyCompanionCheckedIn() || owner, options.connectorCheckIn());
        }
        if (update.bookerId() != null && update.bookerId().value() != null) {
            bookings.requireCustomer(tx.handle(), enterprise, update.bookerId().value(), field + "BookerId");
        }
        if (update.availabilityBlockId() != null && update.availabilityBlockId().value() != null) {
            throw new InvalidRequest(field + "AvailabilityBlockId does not identify an availability block.");
        }
        Reservation next = current.edit()
                .scheduledStartUtc(start)
                .scheduledEndUtc(end)
                .requestedResourceCategoryId(categoryId)
                .rateId(rateId)
                .personCounts(personCounts)
                .assignedResourceId(roomId)
                .assignedResourceLocked(roomLocked)
                .channelNumber(UpdateValue.apply(update.channelNumber(), current.channelNumber()))
                .releasedUtc(UpdateValue.apply(update.releasedUtc(), current.releasedUtc()))
                .travelAgencyId(UpdateValue.apply(update.travelAgencyId(), current.travelAgencyId()))
                .partnerCompanyId(UpdateValue.apply(update.companyId(), current.partnerCompanyId()))
                .businessSegmentId(UpdateValue.apply(update.businessSegmentId(), current.businessSegmentId()))
                .purpose(UpdateValue.apply(update.purpose(), current.purpose()))
                .creditCardId(UpdateValue.apply(update.creditCardId(), current.creditCardId()))
                .bookerId(UpdateValue.apply(update.bookerId(), current.bookerId()))
                .availabilityBlockId(current.availabilityBlockId())
                .options(options)
                .build();
        if (next.equals(current) && update.timeUnitPrices() == null) {
            return current;
        }
        recharge(tx, enterprise, current, next, stay, update, field,
                categoryChanged || rateChanged || update.timeUnitPrices() != null || (stayChanged && reprice), stayChanged,
                caller);
        Reservation saved = next.edit().updatedUtc(tx.now()).updaterProfileId(caller.integrationId()).build();
        bookings.save(tx, enterpriseId, saved, zone);
        return saved;
    }

    /** The room after the update: as asked (checked), kept, moved to a free room, or none. */
    private UUID room(Tx tx, UUID enterpriseId, Reservation current, ReservationUpdate update, String field,
                      UUID categoryId, Stay stay, ZoneId zone, boolean roomLocked, boolean stayOrTypeChanged,
                      Caller caller) {
        boolean started = current.state() == ServiceOrderState.Started;
        UUID roomId = current.assignedResourceId();
        if (update.assignedResourceId() != null && !Objects.equals(update.assignedResourceId().value(), roomId)) {
            UUID asked = update.assignedResourceId().value();
            if (current.assignedResourceLocked() && roomLocked && roomId != null) {
                throw new Forbidden("Reservation " + current.number() + " is locked to its room; unlock it "
                        + "(AssignedResourceLocked false) to move the guest.");
            }
            if (asked == null) {
                if (started) {
                    throw new Forbidden("The guest of reservation " + current.number()
                            + " is checked in and must keep a room; assign another room instead.");
                }
                return null;
            }
            Catalogue.Room room = bookings.catalogue.room(tx.handle(), asked)
                    .filter(found -> found.enterpriseId().equals(enterpriseId) && found.isActive())
                    .orElseThrow(() -> new InvalidRequest(field + "AssignedResourceId " + asked
                            + " is not a room of the enterprise."));
            if (!categoryId.equals(room.categoryId())) {
                throw new Forbidden("Room " + room.name() + " is not a "
                        + bookings.availability.categoryName(tx.handle(), categoryId, caller.languageCode())
                        + "; assign a room of the reservation's room type.");
            }
            if (!bookings.availability.isRoomFree(tx.handle(), enterpriseId, asked, stay, zone, current.id())) {
                throw new Forbidden("Room " + room.name() + " is not free for the whole stay ("
                        + stay.firstNight() + " to " + stay.lastNight() + ").");
            }
            return asked;
        }
        if (roomId == null || !stayOrTypeChanged) {
            return roomId;
        }
        boolean sameType = bookings.catalogue.room(tx.handle(), roomId)
                .map(room -> categoryId.equals(room.categoryId()))
                .orElse(false);
        if (sameType && bookings.availability.isRoomFree(tx.handle(), enterpriseId, roomId, stay, zone, current.id())) {
            return roomId;
        }
        if (started || current.assignedResourceLocked()) {
            throw new Forbidden("The room of reservation " + current.number() + " is not free for the new stay; "
                    + "move the guest to another room first.");
        }
        return bookings.availability.freeRoom(tx.handle(), enterpriseId, categoryId, stay, zone, current.id())
                .orElse(null);
    }

    /** Charges the nights again: all of them when their price changed, else only those added to the stay. */
    private void recharge(Tx tx, Enterprise enterprise, Reservation current, Reservation next, Stay stay,
                          ReservationUpdate update, String field, boolean repriced, boolean stayChanged, Caller caller) {
        if (!repriced && !stayChanged) {
            return;
        }
        List<TimeUnitPrice> stated = update.timeUnitPrices() == null ? null : update.timeUnitPrices().value();
        String prefix = field.isEmpty() ? "" : field.substring(0, field.length() - 1);
        List<Ledger.NightCharge> nights = bookings.price(tx.handle(), enterprise, next.rateId(),
                next.requestedResourceCategoryId(), stay, null, stated, prefix);
        UUID profileId = caller.integrationId();
        Ledger.StayCharges charges = new Ledger.StayCharges(next.serviceId(), next.id(), next.accountId(), profileId);
        if (repriced) {
            bookings.ledger.cancelNights(tx, current.id(), null, profileId, false);
            bookings.ledger.chargeNights(tx, enterprise, charges, nights);
            return;
        }
        bookings.ledger.cancelNights(tx, current.id(), stay, profileId, false);
        Set<LocalDate> charged = bookings.ledger.chargedNights(tx.handle(), current.id());
        bookings.ledger.chargeNights(tx, enterprise, charges,
                nights.stream().filter(night -> !charged.contains(night.night())).toList());
    }

    /** The new value of a field that cannot be cleared, or the current one when the update leaves it out. */
    private static <T> T required(UpdateValue<T> update, T current, String field) {
        if (update == null) {
            return current;
        }
        if (update.value() == null) {
            throw new InvalidRequest(field + " cannot be cleared; send a Value.");
        }
        return update.value();
    }
}
