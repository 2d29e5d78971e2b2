package dev.connector.reservations;

import dev.connector.api.Forbidden;
import dev.connector.availability.Stay;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseCounters;
import dev.connector.events.Tx;
import dev.connector.payments.ExternalPaymentType;
import dev.connector.payments.Ledger;
import dev.connector.services.CatalogueIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * About sixty reservations per demo hotel, from 30 days ago to 60 days ahead: past stays checked out (or canceled),
 * stays under way checked in, future ones confirmed, optional or inquired (some canceled); all owned by the demo
 * customers {@code customer/1..50}, with their nights charged and many of them paid. Deterministic; writes no
 * events (the demo world is there before anyone listens).
 */
final class ReservationDemoSeed implements DemoSeed {

    static final int RESERVATIONS = 60;
    static final int CUSTOMERS = 50;
    private static final LocalTime CHECK_IN = LocalTime.of(15, 0);
    private static final LocalTime CHECK_OUT = LocalTime.of(11, 0);

    private final Bookings bookings;
    private final EnterpriseCounters counters;

    ReservationDemoSeed(Bookings bookings, EnterpriseCounters counters) {
        this.bookings = bookings;
        this.counters = counters;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Enterprise enterprise = hotel.enterprise();
        ZoneId zone = Bookings.zone(enterprise);
        LocalDate today = tx.now().atZone(zone).toLocalDate();
        UUID serviceId = hotel.serviceId();
        List<UUID> categories = bookings.catalogue.categoryIds(tx.handle(), serviceId);
        UUID bestAvailable = CatalogueIds.of(enterprise.id(), "rate/best-available");
        UUID nonRefundable = CatalogueIds.of(enterprise.id(), "rate/non-refundable");
        UUID adults = bookings.catalogue.ageCategoryId(tx.handle(), serviceId, "Adult").orElseThrow();
        UUID children = bookings.catalogue.ageCategoryId(tx.handle(), serviceId, "Child").orElseThrow();
        UUID frontDesk = hotel.id("profile/front-desk");
        int[] ledgerIds = {0};
        Ledger ledger = bookings.ledger.withIds(() -> hotel.id("ledger/" + ledgerIds[0]++));
        Random random = new Random(hotel.key().hashCode() * 31L + 20260);
        int made = 0;
        for (int attempt = 0; made < RESERVATIONS && attempt < RESERVATIONS * 3; attempt++) {
            LocalDate arrival = today.plusDays(random.nextInt(90) - 29);
            int nights = 1 + random.nextInt(5);
            LocalDate departure = arrival.plusDays(nights);
            UUID categoryId = categories.get(random.nextInt(categories.size()));
            UUID rateId = random.nextInt(4) == 0 ? nonRefundable : bestAvailable;
            UUID customerId = hotel.id("customer/" + (1 + random.nextInt(CUSTOMERS)));
            Instant start = arrival.atTime(CHECK_IN).atZone(zone).toInstant();
            Instant end = departure.atTime(CHECK_OUT).atZone(zone).toInstant();
            Stay stay = Stay.of(start, end, zone);
            boolean afterNoon = tx.now().atZone(zone).getHour() >= 12;
            ServiceOrderState state = state(random, today, arrival, departure, afterNoon);
            boolean holdsRoom = state != ServiceOrderState.Canceled;
            if (holdsRoom && !free(tx, enterprise, categoryId, stay, zone)) {
                continue;
            }
            List<Ledger.NightCharge> prices;
            try {
                prices = bookings.price(tx.handle(), enterprise, rateId, categoryId, stay, null, null, "");
            } catch (Forbidden noPrice) {
                continue;
            }
            UUID roomId = holdsRoom
                    ? bookings.availability.freeRoom(tx.handle(), enterprise.id(), categoryId, stay, zone, null).orElse(null)
                    : null;
            if ((state == ServiceOrderState.Started || state == ServiceOrderState.Processed) && roomId == null) {
                continue;
            }
            made++;
            book(tx, hotel, made, state, customerId, categoryId, rateId, roomId, start, end, stay, prices,
                    random, ledger, frontDesk, adults, children);
        }
    }

    private void book(Tx tx, DemoHotel hotel, int number, ServiceOrderState state, UUID customerId, UUID categoryId,
                      UUID rateId, UUID roomId, Instant start, Instant end, Stay stay, List<Ledger.NightCharge> prices,
                      Random random, Ledger ledger, UUID frontDesk, UUID adults, UUID children) {
        Enterprise enterprise = hotel.enterprise();
        ZoneId zone = Bookings.zone(enterprise);
        Instant now = tx.now();
        Instant created = min(now, start.minus(Duration.ofDays(1 + random.nextInt(20))).minus(Duration.ofMinutes(random.nextInt(600))));
        UUID groupId = hotel.id("reservation-group/" + number);
        bookings.store.insert(tx.handle(), new ReservationGroup(groupId, enterprise.id(),
                "Booking " + created.atZone(zone).toLocalDate(), null, null), created);
        int guests = 1 + random.nextInt(2);
        List<PersonCount> people = random.nextInt(6) == 0
                ? List.of(new PersonCount(adults, guests), new PersonCount(children, 1))
                : List.of(new PersonCount(adults, guests));
        Instant actualStart = state == ServiceOrderState.Started || state == ServiceOrderState.Processed
                ? min(now.minus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(random.nextInt(240))))
                : null;
        Instant actualEnd = state == ServiceOrderState.Processed
                ? min(now.minus(Duration.ofMinutes(10)), end.minus(Duration.ofMinutes(random.nextInt(120))))
                : null;
        Instant cancelled = state == ServiceOrderState.Canceled ? min(now, max(created, start.minus(Duration.ofDays(2))))
                : null;
        Instant updated = max(created, max(actualStart, max(actualEnd, cancelled)));
        boolean checkedIn = actualStart != null;
        UUID id = hotel.id("reservation/" + number);
        ReservationOrigin origin = ReservationOrigin.values()[random.nextInt(ReservationOrigin.values().length)];
        Reservation reservation = new Reservation.Builder()
                .id(id)
                .serviceId(hotel.serviceId())
                .accountId(customerId)
                .creatorProfileId(frontDesk)
                .updaterProfileId(frontDesk)
                .number(String.valueOf(counters.next(tx.handle(), enterprise.id(), "reservation")))
                .state(state)
                .origin(origin)
                .commanderOrigin(origin == ReservationOrigin.Commander ? CommanderOrigin.Phone : null)
                .createdUtc(created)
                .updatedUtc(updated)
                .cancelledUtc(cancelled)
                .cancellationReason(cancelled == null ? null : CancellationReason.RequestedByGuest)
                .options(new Reservation.Options(checkedIn, checkedIn, checkedIn, false))
                .rateId(rateId)
                .groupId(groupId)
                .requestedResourceCategoryId(categoryId)
                .assignedResourceId(roomId)
                .scheduledStartUtc(start)
                .scheduledEndUtc(end)
                .actualStartUtc(actualStart)
                .actualEndUtc(actualEnd)
                .purpose(random.nextInt(3) == 0 ? ReservationPurpose.Business : ReservationPurpose.Leisure)
                .personCounts(people)
                .build();
        bookings.store.insert(tx.handle(), enterprise.id(), reservation, stay);
        ledger.chargeNights(tx, enterprise, new Ledger.StayCharges(hotel.serviceId(), id, customerId, frontDesk), prices);
        BigDecimal total = Bookings.total(enterprise.currencyCode(), prices).grossValue();
        switch (state) {
            case Canceled -> ledger.cancelNights(tx, id, null, frontDesk, true);
            case Processed -> {
                pay(tx, ledger, enterprise, customerId, id, total, ExternalPaymentType.CreditCard);
                ledger.closeSettledBills(tx, enterprise.id(), customerId);
            }
            case Started -> {
                if (random.nextBoolean()) {
                    pay(tx, ledger, enterprise, customerId, id, prices.get(0).amount().grossValue(),
                            ExternalPaymentType.Cash);
                }
            }
            case Confirmed -> {
                if (random.nextInt(3) == 0) {
                    pay(tx, ledger, enterprise, customerId, id, total, ExternalPaymentType.Prepayment);
                }
            }
            case Inquired, Requested, Optional -> {
            }
        }
    }

    private static void pay(Tx tx, Ledger ledger, Enterprise enterprise, UUID customerId, UUID reservationId,
                            BigDecimal value, ExternalPaymentType type) {
        ledger.addExternalPayment(tx, enterprise, new Ledger.NewExternalPayment(customerId, null, reservationId, null,
                value, type, null, "Demo payment"));
    }

    /**
     * Past stays are checked out (a few canceled), current ones checked in (today's arrivals only once it is past
     * noon), future ones in every earlier state.
     */
    private static ServiceOrderState state(Random random, LocalDate today, LocalDate arrival, LocalDate departure,
                                           boolean afterNoon) {
        int roll = random.nextInt(100);
        if (departure.isBefore(today)) {
            return roll < 85 ? ServiceOrderState.Processed : ServiceOrderState.Canceled;
        }
        if (!arrival.isAfter(today)) {
            return arrival.isBefore(today) || (afterNoon && roll < 70)
                    ? ServiceOrderState.Started : ServiceOrderState.Confirmed;
        }
        if (roll < 50) {
            return ServiceOrderState.Confirmed;
        }
        if (roll < 70) {
            return ServiceOrderState.Optional;
        }
        if (roll < 85) {
            return ServiceOrderState.Inquired;
        }
        return ServiceOrderState.Canceled;
    }

    private boolean free(Tx tx, Enterprise enterprise, UUID categoryId, Stay stay, ZoneId zone) {
        var counts = bookings.availability.count(tx.handle(), enterprise.id(), categoryId, stay.firstNight(),
                stay.lastNight(), zone, null);
        for (int i = 0; i < counts.nights(); i++) {
            if (counts.available(i) < 1) {
                return false;
            }
        }
        return true;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The later of two instants; a null one is ignored. */
    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
