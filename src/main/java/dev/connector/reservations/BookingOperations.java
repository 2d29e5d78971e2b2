package dev.connector.reservations;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.availability.BookableService;
import dev.connector.availability.Stay;
import dev.connector.enterprises.EnterpriseCounters;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.payments.Ledger;
import dev.connector.rates.Amount;
import dev.connector.vouchers.VoucherRedemption;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code reservations/price} and {@code reservations/add}: a stay priced night by night from its rate, and booked
 * into a reservation group when its room type has a unit left on every night (unless the partner allows
 * overbooking), with its nights charged to the guest and one ServiceOrderUpdated per reservation.
 */
public final class BookingOperations {

    /** The states a reservation may be created in. */
    private static final List<ServiceOrderState> INITIAL_STATES =
            List.of(ServiceOrderState.Inquired, ServiceOrderState.Optional, ServiceOrderState.Confirmed);

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final EnterpriseCounters counters;
    private final Bookings bookings;
    private final VoucherRedemption vouchers;
    private final Supplier<UUID> ids;

    BookingOperations(Transactions transactions, EnterpriseStore enterprises, EnterpriseCounters counters,
                      Bookings bookings, VoucherRedemption vouchers, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.counters = counters;
        this.bookings = bookings;
        this.vouchers = vouchers;
        this.ids = ids;
    }

    /**
     * One reservation to price or add. PersonCounts may be replaced by the deprecated AdultCount and ChildCount.
     * CustomerId is checked by {@code reservations/add} only: a price does not depend on who stays.
     */
    public record ReservationData(String identifier, String channelNumber, ServiceOrderState state, Instant startUtc,
                                  Instant endUtc, Instant releasedUtc, Integer adultCount, Integer childCount,
                                  List<PersonCount> personCounts, UUID customerId, UUID bookerId,
                                  UUID requestedCategoryId, UUID rateId, String voucherCode, UUID creditCardId,
                                  UUID travelAgencyId, UUID companyId, UUID businessSegmentId, String notes,
                                  AmountParameters timeUnitAmount, List<TimeUnitPrice> timeUnitPrices,
                                  List<ProductOrder> productOrders, UUID availabilityBlockId) {
        public ReservationData {
            Require.present(startUtc, "StartUtc");
            Require.present(endUtc, "EndUtc");
            if (personCounts == null && adultCount == null && childCount == null) {
                throw new InvalidRequest("PersonCounts is required.");
            }
            Require.present(requestedCategoryId, "RequestedCategoryId");
            Require.present(rateId, "RateId");
        }
    }

    /** A product ordered with a reservation; refused by this server, but read and type-checked. */
    public record ProductOrder(UUID productId, Integer count, AmountParameters unitAmount, Instant startUtc,
                               Instant endUtc, String externalIdentifier) {
    }

    public record PriceRequest(UUID enterpriseId, UUID serviceId, List<ReservationData> reservations) {
    }

    /** The deprecated total: currency and gross value, with its net and tax. */
    public record CurrencyValueOld(String currency, BigDecimal value, BigDecimal net, BigDecimal tax,
                                   BigDecimal taxRate) {
    }

    public record ReservationPrice(String identifier, Amount totalAmount, CurrencyValueOld total) {
    }

    public record PriceResult(List<ReservationPrice> reservationPrices) {
    }

    public PriceResult price(PriceRequest request, Caller caller) {
        List<ReservationData> reservations = Require.notEmpty(request.reservations(), "Reservations");
        Require.atMost(reservations, 1000, "Reservations");
        return transactions.read(handle -> {
            BookableService service = BookableService.resolve(handle, enterprises, caller, request.serviceId(),
                    request.enterpriseId());
            List<ReservationPrice> prices = new ArrayList<>();
            for (int i = 0; i < reservations.size(); i++) {
                ReservationData data = Require.present(reservations.get(i), "Reservations[" + i + "]");
                String field = "Reservations[" + i + "]";
                Stay stay = stay(data, service.zone(), field);
                bookings.category(handle, service.id(), data.requestedCategoryId(), field + ".RequestedCategoryId");
                bookings.rate(handle, service.id(), data.rateId(), field + ".RateId");
                vouchers.redeem(handle, data.voucherCode(), voucherBooking(service, data, stay), caller.now());
                Integer persons = Bookings.persons(bookings.personCounts(handle, service.id(), data.personCounts(),
                        data.adultCount(), data.childCount()));
                List<Ledger.NightCharge> nights = bookings.price(handle, service.enterprise(), data.rateId(),
                        data.requestedCategoryId(), stay, persons, data.timeUnitAmount(), data.timeUnitPrices(), field);
                Amount total = Bookings.total(service.enterprise().currencyCode(), nights);
                BigDecimal tax = total.grossValue().subtract(total.netValue());
                prices.add(new ReservationPrice(data.identifier(), total,
                        new CurrencyValueOld(total.currency(), total.grossValue(), total.netValue(), tax, null)));
            }
            return new PriceResult(prices);
        });
    }

    public record AddRequest(UUID enterpriseId, UUID serviceId, UUID groupId, String groupName,
                             List<ReservationData> reservations, Boolean checkRateApplicability,
                             Boolean checkOverbooking, Boolean sendConfirmationEmail) {
        public AddRequest {
            for (int i = 0; reservations != null && i < reservations.size(); i++) {
                Require.present(reservations.get(i).customerId(), "Reservations[" + i + "].CustomerId");
            }
        }
    }

    public record AddedReservation(String identifier, ReservationOld reservation) {
    }

    public record AddResult(List<AddedReservation> reservations) {
    }

    public AddResult add(AddRequest request, Caller caller) {
        List<ReservationData> reservations = Require.notEmpty(request.reservations(), "Reservations");
        Require.atMost(reservations, 1000, "Reservations");
        boolean checkOverbooking = !Boolean.FALSE.equals(request.checkOverbooking());
        return transactions.write(tx -> {
            BookableService service = BookableService.resolve(tx.handle(), enterprises, caller, request.serviceId(),
                    request.enterpriseId());
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < reservations.size(); i++) {
                candidates.add(validate(tx, service, Require.present(reservations.get(i), "Reservations[" + i + "]"),
                        "Reservations[" + i + "]", caller));
            }
            ReservationGroup group = group(tx, service, request);
            bookings.availability.lockCategories(tx.handle(),
                    candidates.stream().map(candidate -> candidate.data().requestedCategoryId()).toList());
            Map<UUID, Boolean> children = bookings.store.childAgeCategories(tx.handle(), List.of(service.enterpriseId()));
            List<AddedReservation> added = new ArrayList<>();
            for (Candidate candidate : candidates) {
                Reservation reservation = book(tx, service, group, candidate, checkOverbooking, caller);
                added.add(new AddedReservation(candidate.data().identifier(), ReservationOld.of(reservation, children)));
            }
            return new AddResult(added);
        });
    }

    /** A validated reservation to add, with its nights and their prices. */
    private record Candidate(ReservationData data, Stay stay, List<PersonCount> personCounts,
                             List<Ledger.NightCharge> nights, UUID voucherId) {
    }

    private Candidate validate(Tx tx, BookableService service, ReservationData data, String field, Caller caller) {
        bookings.requireCustomer(tx.handle(), service.enterprise(), data.customerId(), field + ".CustomerId");
        if (data.bookerId() != null) {
            bookings.requireCustomer(tx.handle(), service.enterprise(), data.bookerId(), field + ".BookerId");
        }
        if (data.state() != null && !INITIAL_STATES.contains(data.state())) {
            throw new InvalidRequest(field + ".State must be Inquired (Enquired), Optional or Confirmed.");
        }
        if (data.productOrders() != null && !data.productOrders().isEmpty()) {
            throw new Forbidden("Products cannot be ordered together with a reservation here; book the stay alone.");
        }
        Stay stay = stay(data, service.zone(), field);
        var category = bookings.category(tx.handle(), service.id(), data.requestedCategoryId(),
                field + ".RequestedCategoryId");
        bookings.rate(tx.handle(), service.id(), data.rateId(), field + ".RateId");
        // A voucher code gives access to its rates: the reservation is priced with the rate it names.
        UUID voucherId = vouchers.redeem(tx.handle(), data.voucherCode(), voucherBooking(service, data, stay),
                tx.now());
        List<PersonCount> personCounts = bookings.personCounts(tx.handle(), service.id(), data.personCounts(),
                data.adultCount(), data.childCount());
        bookings.checkGuests(tx.handle(), service.id(), category, personCounts, caller.languageCode(),
                field + ".PersonCounts");
        List<Ledger.NightCharge> nights = bookings.price(tx.handle(), service.enterprise(), data.rateId(),
                data.requestedCategoryId(), stay, Bookings.persons(personCounts), data.timeUnitAmount(),
                data.timeUnitPrices(), field);
        return new Candidate(data, stay, personCounts, nights, voucherId);
    }

    private ReservationGroup group(Tx tx, BookableService service, AddRequest request) {
        if (request.groupId() != null) {
            ReservationGroup group = bookings.store.group(tx.handle(), service.enterpriseId(), request.groupId())
                    .orElseThrow(() -> new InvalidRequest("GroupId " + request.groupId()
                            + " is not a reservation group of the enterprise."));
            bookings.store.touch(tx.handle(), group.id(), tx.now());
            return group;
        }
        String name = request.groupName() == null || request.groupName().isBlank()
                ? "Booking " + tx.now().atZone(service.zone()).toLocalDate()
                : request.groupName();
        ReservationGroup group = new ReservationGroup(ids.get(), service.enterpriseId(), name, null, null);
        bookings.store.insert(tx.handle(), group, tx.now());
        return group;
    }

    private Reservation book(Tx tx, BookableService service, ReservationGroup group, Candidate candidate,
                             boolean checkOverbooking, Caller caller) {
        ReservationData data = candidate.data();
        UUID categoryId = data.requestedCategoryId();
        ZoneId zone = service.zone();
        if (data.availabilityBlockId() != null) {
            bookings.availability.requireBlockFree(tx.handle(), service.id(), data.availabilityBlockId(), categoryId,
                    candidate.stay(), zone, null, caller.languageCode(), "AvailabilityBlockId");
        } else if (checkOverbooking) {
            bookings.availability.requireFree(tx.handle(), service.enterpriseId(), categoryId, candidate.stay(), zone,
                    null, caller.languageCode());
        }
        UUID roomId = bookings.availability.freeRoom(tx.handle(), service.enterpriseId(), categoryId, candidate.stay(),
                zone, null).orElse(null);
        UUID id = ids.get();
        String number = String.valueOf(counters.next(tx.handle(), service.enterpriseId(), "reservation"));
        Reservation reservation = new Reservation.Builder()
                .id(id)
                .serviceId(service.id())
                .accountId(data.customerId())
                .creatorProfileId(caller.integrationId())
                .updaterProfileId(caller.integrationId())
                .bookerId(data.bookerId())
                .number(number)
                .state(data.state() == null ? ServiceOrderState.Confirmed : data.state())
                .origin(ReservationOrigin.Connector)
                .createdUtc(tx.now())
                .updatedUtc(tx.now())
                .businessSegmentId(data.businessSegmentId())
                .rateId(data.rateId())
                .voucherId(candidate.voucherId())
                .creditCardId(data.creditCardId())
                .groupId(group.id())
                .requestedResourceCategoryId(categoryId)
                .assignedResourceId(roomId)
                .partnerCompanyId(data.companyId())
                .travelAgencyId(data.travelAgencyId())
                .channelNumber(data.channelNumber())
                .availabilityBlockId(data.availabilityBlockId())
                .releasedUtc(data.releasedUtc())
                .scheduledStartUtc(data.startUtc())
                .scheduledEndUtc(data.endUtc())
                .personCounts(candidate.personCounts())
                .build();
        bookings.insert(tx, service.enterpriseId(), reservation, zone);
        bookings.ledger.chargeNights(tx, service.enterprise(),
                new Ledger.StayCharges(service.id(), id, data.customerId(), caller.integrationId(), data.companyId(),
                        data.travelAgencyId()), candidate.nights());
        return reservation;
    }

    private static VoucherRedemption.Booking voucherBooking(BookableService service, ReservationData data, Stay stay) {
        return new VoucherRedemption.Booking(service.enterpriseId(), service.id(), data.rateId(), stay.firstNight(),
                stay.lastNight(), service.zone());
    }

    private static Stay stay(ReservationData data, ZoneId zone, String field) {
        Instant start = Require.present(data.startUtc(), field + ".StartUtc");
        Instant end = Require.present(data.endUtc(), field + ".EndUtc");
        if (!end.isAfter(start)) {
            throw new InvalidRequest(field + ".EndUtc must be after " + field + ".StartUtc.");
        }
        return Stay.of(start, end, zone);
    }
}
