package dev.connector.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.Conflict;
import dev.connector.api.InvalidRequest;
import dev.connector.availability.Availability;
import dev.connector.availability.Stay;
import dev.connector.events.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What triggers need before their own change, made through the same API operations a partner would call: the
 * hotel's bookable service, rate and a room type with a free room, new guests, stays and check-ins. Stateless
 * between runs; thread-safe.
 */
final class Prerequisites {

    private static final String[] FIRST_NAMES = {"Alice", "Bruno", "Chiara", "Daniel", "Elena", "Farid", "Grace",
        "Hugo"};

    private final Transactions transactions;
    private final Availability availability;
    private final Supplier<UUID> ids;

    Prerequisites(Transactions transactions, Availability availability, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.availability = availability;
        this.ids = ids;
    }

    /** The hotel's stay: its bookable service, the times a stay starts and ends, and its first own-priced rate. */
    record Hotel(UUID serviceId, LocalTime checkIn, LocalTime checkOut, UUID rateId) {
    }

    /** The body of a stay to book, before the trigger's Set is applied. */
    record Booking(ObjectNode body, ObjectNode reservation) {
    }

    Hotel hotel(TriggerRun run, UUID serviceId) {
        ObjectNode services = run.page(100);
        JsonNode service = null;
        for (JsonNode candidate : run.call("services/getAll", services).path("Services")) {
            boolean bookable = "Bookable".equals(candidate.path("Data").path("Discriminator").asText());
            boolean wanted = serviceId == null
                    ? bookable && candidate.path("IsActive").asBoolean()
                    : serviceId.equals(TriggerRun.id(candidate.get("Id")));
            if (wanted) {
                service = candidate;
                break;
            }
        }
        if (service == null) {
            if (serviceId != null) {
                throw new InvalidRequest("Set.ServiceId " + serviceId + " is not a service of the enterprise.");
            }
            throw new Conflict("The enterprise has no active bookable service to book a stay in.");
        }
        UUID id = TriggerRun.id(service.get("Id"));
        ObjectNode rates = run.page(100);
        rates.putArray("ServiceIds").add(id.toString());
        JsonNode rate = null;
        for (JsonNode candidate : run.call("rates/getAll", rates).path("Rates")) {
            boolean own = candidate.path("BaseRateId").isNull() || candidate.path("BaseRateId").isMissingNode();
            if (own && candidate.path("IsActive").asBoolean() && candidate.path("IsEnabled").asBoolean(true)) {
                rate = candidate;
                break;
            }
        }
        if (rate == null) {
            throw new Conflict("The service " + id + " has no active rate with prices of its own.");
        }
        return new Hotel(id, time(service.path("StartTime").asText(), LocalTime.of(15, 0)),
                time(service.path("EndTime").asText(), LocalTime.of(11, 0)), TriggerRun.id(rate.get("Id")));
    }

    /** The active room types of the service, in the hotel's order. */
    List<UUID> categories(TriggerRun run, UUID serviceId) {
        ObjectNode body = run.page(100);
        body.putArray("ServiceIds").add(serviceId.toString());
        List<JsonNode> found = new ArrayList<>();
        run.call("resourceCategories/getAll", body).path("ResourceCategories").forEach(found::add);
        return found.stream()
                .filter(category -> category.path("IsActive").asBoolean())
                .sorted(Comparator.comparingInt(category -> category.path("Ordering").asInt()))
                .map(category -> TriggerRun.id(category.get("Id")))
                .toList();
    }

    /** The first room type of the service with a room free on every night of the stay; 409 when none has one. */
    UUID categoryWithFreeRoom(TriggerRun run, UUID serviceId, Instant start, Instant end) {
        for (UUID categoryId : categories(run, serviceId)) {
            if (freeRoom(run, categoryId, start, end).isPresent()) {
                return categoryId;
            }
        }
        throw new Conflict("No room type of the service has a room free from " + start + " to " + end
                + "; set StartUtc and EndUtc to other days.");
    }

    /** A room of the room type free on every night of the stay (not assigned, not blocked), if there is one. */
    Optional<UUID> freeRoom(TriggerRun run, UUID categoryId, Instant start, Instant end) {
        Stay stay = Stay.of(start, end, run.zone());
        return transactions.read(handle -> availability.freeRoom(handle, run.enterpriseId(), categoryId, stay,
                run.zone(), null));
    }

    /** A new customer of the enterprise's chain. */
    UUID newCustomer(TriggerRun run) {
        return run.entity("Customer", TriggerRun.id(run.call("customers/add", newCustomerBody(run)).get("Id")));
    }

    /** The {@code customers/add} body of a new guest with a name and e-mail address of their own. */
    ObjectNode newCustomerBody(TriggerRun run) {
        String suffix = ids.get().toString().substring(0, 8);
        String firstName = FIRST_NAMES[Math.floorMod(suffix.hashCode(), FIRST_NAMES.length)];
        return run.body()
                .put("FirstName", firstName)
                .put("LastName", "Sandbox " + suffix)
                .put("Email", firstName.toLowerCase(Locale.ROOT) + "." + suffix + "@guest.example.com")
                .put("OverwriteExisting", false);
    }

    /**
     * A stay of {@code nights} nights from {@code arrival} in the first room type with a free room, for a new customer,
     * in {@code state}; the body only, so that the caller may apply its Set before booking.
     */
    Booking stay(TriggerRun run, Hotel hotel, String state, LocalDate arrival, int nights, UUID customerId) {
        Instant start = run.at(arrival, hotel.checkIn());
        Instant end = run.at(arrival.plusDays(nights), hotel.checkOut());
        ObjectNode body = run.body().put("ServiceId", hotel.serviceId().toString());
        ObjectNode reservation = body.putArray("Reservations").addObject()
                .put("Identifier", "sandbox-trigger")
                .put("State", state)
                .put("StartUtc", start.toString())
                .put("EndUtc", end.toString())
                .put("RequestedCategoryId", categoryWithFreeRoom(run, hotel.serviceId(), start, end).toString())
                .put("RateId", hotel.rateId().toString())
                .put("AdultCount", 1);
        if (customerId != null) {
            reservation.put("CustomerId", customerId.toString());
        }
        return new Booking(body, reservation);
    }

    /** Books a stay as {@link #stay} describes it, for a new customer; returns the reservation as the API answers. */
    JsonNode book(TriggerRun run, String state, LocalDate arrival, int nights) {
        Hotel hotel = hotel(run, null);
        UUID customerId = newCustomer(run);
        Booking booking = stay(run, hotel, state, arrival, nights, customerId);
        return booked(run, run.call("reservations/add", booking.body()));
    }

    /** The reservation that {@code reservations/add} answered with, noted as an entity. */
    JsonNode booked(TriggerRun run, JsonNode added) {
        JsonNode reservation = added.path("Reservations").path(0).path("Reservation");
        run.entity("Reservation", TriggerRun.id(reservation.get("Id")));
        return reservation;
    }

    /** Checks the guest of the reservation in. */
    void checkIn(TriggerRun run, UUID reservationId) {
        run.call("reservations/start", run.body().put("ReservationId", reservationId.toString()));
    }

    private static LocalTime time(String text, LocalTime fallback) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
