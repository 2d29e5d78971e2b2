package dev.connector.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.Conflict;
import dev.connector.events.Transactions;
import dev.connector.payments.CardPaymentOperations;
import dev.connector.payments.PaymentsModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The triggers the sandbox offers, each a script of API operations: prerequisites made as needed, then the
 * trigger's own operation with the request's Set applied. Thread-safe.
 */
final class TriggerCatalogue {

    private static final String CUSTOMER_ADDED = "CustomerAdded";
    private static final String CUSTOMER_UPDATED = "CustomerUpdated";
    private static final String SERVICE_ORDER_UPDATED = "ServiceOrderUpdated";
    private static final String PAYMENT_UPDATED = "PaymentUpdated";
    private static final String RESERVATION = "Reservation";
    private static final String RESERVATIONS = "Reservations";
    private static final String RESERVATION_ID = "ReservationId";
    private static final String RESERVATION_IDS = "ReservationIds";

    private final Prerequisites prerequisites;
    private final Transactions transactions;
    private final PaymentsModule payments;
    private final List<Trigger> triggers;

    TriggerCatalogue(Prerequisites prerequisites, Transactions transactions, PaymentsModule payments) {
        this.prerequisites = prerequisites;
        this.transactions = transactions;
        this.payments = payments;
        this.triggers = List.of(
                new Trigger("reservation-booked", "A new Confirmed reservation for tonight, for a new customer "
                        + "(or Set.CustomerId), in the first room type with a free room.",
                        newGuestAnd(SERVICE_ORDER_UPDATED), "reservations/add", RESERVATIONS,
                        run -> book(run, "Confirmed")),
                new Trigger("reservation-optional", "A new Optional reservation for tonight, for a new customer "
                        + "(or Set.CustomerId).",
                        newGuestAnd(SERVICE_ORDER_UPDATED), "reservations/add", RESERVATIONS,
                        run -> book(run, "Optional")),
                new Trigger("reservation-confirmed", "An Optional reservation (a new one, or Set.ReservationIds) "
                        + "is confirmed.",
                        newGuestAnd(SERVICE_ORDER_UPDATED), "reservations/confirm", null,
                        this::confirm),
                new Trigger("reservation-canceled", "A Confirmed reservation (a new one, or Set.ReservationIds) is "
                        + "canceled.",
                        newGuestAnd(SERVICE_ORDER_UPDATED), "reservations/cancel", null,
                        this::cancel),
                new Trigger("guest-checked-in", "The guest of a reservation for tonight (a new one, or "
                        + "Set.ReservationId) checks in.",
                        newGuestAnd(SERVICE_ORDER_UPDATED), "reservations/start", null,
                        this::checkIn),
                new Trigger("guest-checked-out", "The guest of a stay that ends today checks out after paying "
                        + "the balance; the room turns Dirty. A new stay from yesterday is booked and checked in "
                        + "first, unless Set.ReservationId names one.",
                        newGuestAnd(SERVICE_ORDER_UPDATED, PAYMENT_UPDATED, "ResourceUpdated"),
                        "reservations/process", null, this::checkOut),
                new Trigger("reservation-moved", "A reservation (a new one for tomorrow, or Set.ReservationId) "
                        + "moves one day later, or to Set.StartUtc and Set.EndUtc.",
                        newGuestAnd(SERVICE_ORDER_UPDATED), "reservations/updateInterval", null,
                        this::move),
                new Trigger("room-assigned", "A reservation (a new one for tonight, or Set.ReservationId) gets "
                        + "another free room of its room type, or Set.AssignedResourceId.",
                        newGuestAnd(SERVICE_ORDER_UPDATED), "reservations/update", null,
                        this::assignRoom),
                new Trigger("customer-added", "A new customer.",
                        newGuestAnd(), "customers/add", null, this::addCustomer),
                new Trigger("customer-updated", "A customer's profile changes (a new customer's, or "
                        + "Set.CustomerId's).",
                        newGuestAnd(), "customers/update", null, this::updateCustomer),
                new Trigger("payment-received", "An external card payment on a customer's account (a new "
                        + "customer's, or Set.AccountId's).",
                        newGuestAnd(PAYMENT_UPDATED), "payments/addExternal", null, this::receivePayment),
                new Trigger("payment-failed", "An Apple Pay payment the sandbox's processor declines at once "
                        + "(amounts from " + CardPaymentOperations.SANDBOX_DECLINE_FROM + " up are declined): "
                        + "Pending, then Failed.",
                        newGuestAnd(PAYMENT_UPDATED), "payments/addAlternative", null, this::failPayment),
                new Trigger("room-cleaned", "A Dirty room (made Dirty first when none is) becomes Clean.",
                        List.of("ResourceUpdated"), "resources/update", "ResourceUpdates", this::cleanRoom),
                new Trigger("room-out-of-order", "A free room is out of order for the next two nights (a "
                        + "resource block).",
                        List.of("ResourceBlockUpdated"), "resourceBlocks/add", "ResourceBlocks", this::blockRoom),
                new Trigger("message-received", "A message in a new message thread of the application (or "
                        + "Set.MessageThreadId).",
                        List.of("MessageAdded"), "messages/add", "Messages", this::addMessage),
                new Trigger("price-changed", "The price of a rate for the first room type changes for the "
                        + "next three nights (real-time only: PriceUpdate).",
                        List.of("PriceUpdate"), "rates/updatePrice", "PriceUpdates", this::changePrice),
                new Trigger("key-requested", "A key-cutter command for an in-house reservation (a new stay "
                        + "checked in tonight, or Set.ReservationId).",
                        newGuestAnd(SERVICE_ORDER_UPDATED, "DeviceCommand"), "commands/addKeyCutter",
                        null, this::requestKey));
    }

    /** The events of a new customer (added, then its profile written), followed by {@code others}. */
    private static List<String> newGuestAnd(String... others) {
        List<String> events = new ArrayList<>(List.of(CUSTOMER_ADDED, CUSTOMER_UPDATED));
        events.addAll(List.of(others));
        return events;
    }

    List<Trigger> all() {
        return triggers;
    }

    Optional<Trigger> named(String name) {
        return triggers.stream().filter(trigger -> trigger.name().equals(name)).findFirst();
    }

    // -- reservations --

    private void book(TriggerRun run, String state) {
        Prerequisites.Hotel hotel = prerequisites.hotel(run, run.setId("ServiceId"));
        Instant start = orElse(run.setInstant("StartUtc"), run.at(run.today(), hotel.checkIn()));
        Instant end = orElse(run.setInstant("EndUtc"), run.at(start.atZone(run.zone()).toLocalDate().plusDays(1),
                hotel.checkOut()));
        UUID categoryId = run.set("RequestedCategoryId") != null
                ? null : prerequisites.categoryWithFreeRoom(run, hotel.serviceId(), start, end);
        UUID customerId = run.set("CustomerId") != null ? null : prerequisites.newCustomer(run);
        ObjectNode body = run.body().put("ServiceId", hotel.serviceId().toString());
        ObjectNode reservation = body.putArray(RESERVATIONS).addObject()
                .put("Identifier", "sandbox-trigger")
                .put("State", state)
                .put("StartUtc", start.toString())
                .put("EndUtc", end.toString())
                .put("RateId", hotel.rateId().toString());
        if (run.set("PersonCounts") == null && run.set("ChildCount") == null) {
            reservation.put("AdultCount", 1);
        }
        if (categoryId != null) {
            reservation.put("RequestedCategoryId", categoryId.toString());
        }
        if (customerId != null) {
            reservation.put("CustomerId", customerId.toString());
        }
        JsonNode booked = prerequisites.booked(run, run.callMain("reservations/add", body));
        run.entity("Customer", TriggerRun.id(booked.get("CustomerId")));
    }

    private void confirm(TriggerRun run) {
        ObjectNode body = run.body();
        if (run.set(RESERVATION_IDS) == null) {
            UUID id = TriggerRun.id(prerequisites.book(run, "Optional", run.today(), 1).get("Id"));
            body.putArray(RESERVATION_IDS).add(id.toString());
        }
        JsonNode confirmed = run.callMain("reservations/confirm", body);
        confirmed.path(RESERVATION_IDS).forEach(id -> run.entity(RESERVATION, TriggerRun.id(id)));
    }

    private void cancel(TriggerRun run) {
        ObjectNode body = run.body().put("Notes", "Canceled by a sandbox trigger.");
        if (run.set(RESERVATION_IDS) == null && run.set(RESERVATION_ID) == null) {
            UUID id = TriggerRun.id(prerequisites.book(run, "Confirmed", run.today().plusDays(1), 1).get("Id"));
            body.putArray(RESERVATION_IDS).add(id.toString());
        }
        JsonNode canceled = run.callMain("reservations/cancel", body);
        canceled.path(RESERVATION_IDS).forEach(id -> run.entity(RESERVATION, TriggerRun.id(id)));
    }

    private void checkIn(TriggerRun run) {
        UUID reservationId = reservation(run, run.today(), 1);
        run.callMain("reservations/start", run.body().put(RESERVATION_ID, String.valueOf(reservationId)));
    }

    private void checkOut(TriggerRun run) {
        UUID reservationId = run.setId(RESERVATION_ID);
        UUID roomId = null;
        if (run.set(RESERVATION_ID) == null) {
            JsonNode stay = prerequisites.book(run, "Confirmed", run.today().minusDays(1), 1);
            reservationId = TriggerRun.id(stay.get("Id"));
            roomId = TriggerRun.id(stay.get("AssignedResourceId"));
            prerequisites.checkIn(run, reservationId);
            payBalance(run, TriggerRun.id(stay.get("CustomerId")), reservationId);
        } else {
            run.entity(RESERVATION, reservationId);
        }
        run.callMain("reservations/process", run.body().put(RESERVATION_ID, String.valueOf(reservationId)));
        if (roomId != null) {
            run.entity("Resource", roomId);
        }
    }

    /** Pays what the guest has consumed so far, so that the stay may be checked out. */
    private void payBalance(TriggerRun run, UUID accountId, UUID reservationId) {
        BigDecimal owed = transactions.read(handle -> payments.ledger().consumedBalance(handle, run.enterpriseId(),
                accountId, run.now()));
        if (owed.signum() <= 0) {
            return;
        }
        ObjectNode body = run.body()
                .put("AccountId", accountId.toString())
                .put("ReservationId", reservationId.toString())
                .put("Type", "CreditCard")
                .put("Notes", "Paid at check-out (sandbox trigger).");
        body.putObject("Amount").put("Currency", run.enterprise().currencyCode()).put("GrossValue", owed);
        JsonNode paid = run.call("payments/addExternal", body);
        run.entity("Payment", TriggerRun.id(paid.get("ExternalPaymentId")));
    }

    private void move(TriggerRun run) {
        UUID reservationId = run.setId(RESERVATION_ID);
        Instant start;
        Instant end;
        if (run.set(RESERVATION_ID) == null) {
            Prerequisites.Hotel hotel = prerequisites.hotel(run, null);
            LocalDate arrival = run.today().plusDays(1);
            start = run.at(arrival, hotel.checkIn());
            end = run.at(arrival.plusDays(1), hotel.checkOut());
            // The room type must have a room free on the nights before and after the move.
            UUID categoryId = prerequisites.categoryWithFreeRoom(run, hotel.serviceId(), start,
                    end.plus(Duration.ofDays(1)));
            UUID customerId = prerequisites.newCustomer(run);
            Prerequisites.Booking booking = prerequisites.stay(run, hotel, "Confirmed", arrival, 1, customerId);
            booking.reservation().put("RequestedCategoryId", categoryId.toString());
            reservationId = TriggerRun.id(prerequisites.booked(run, run.call("reservations/add", booking.body()))
                    .get("Id"));
        } else {
            JsonNode current = existing(run, reservationId);
            start = Instant.parse(current.path("ScheduledStartUtc").asText());
            end = Instant.parse(current.path("ScheduledEndUtc").asText());
            run.entity(RESERVATION, reservationId);
        }
        ObjectNode body = run.body()
                .put(RESERVATION_ID, reservationId.toString())
                .put("StartUtc", start.plus(Duration.ofDays(1)).toString())
                .put("EndUtc", end.plus(Duration.ofDays(1)).toString())
                .put("ChargeCancellationFee", false);
        run.callMain("reservations/updateInterval", body);
    }

    private void assignRoom(TriggerRun run) {
        UUID reservationId = reservation(run, run.today(), 1);
        ObjectNode body = run.body().put(RESERVATION_ID, String.valueOf(reservationId));
        if (run.set("AssignedResourceId") == null) {
            JsonNode current = existing(run, reservationId);
            UUID categoryId = TriggerRun.id(current.get("RequestedResourceCategoryId"));
            UUID roomId = prerequisites.freeRoom(run, categoryId, Instant.parse(current.path("ScheduledStartUtc")
                            .asText()), Instant.parse(current.path("ScheduledEndUtc").asText()))
                    .orElseThrow(() -> new Conflict("No other room of the reservation's room type is free for its "
                            + "stay; set AssignedResourceId."));
            body.putObject("AssignedResourceId").put("Value", roomId.toString());
            run.entity("Resource", roomId);
        }
        run.callMain("reservations/update", body);
    }

    /** Set.ReservationId (noted), or a new Confirmed stay of {@code nights} from {@code arrival}. */
    private UUID reservation(TriggerRun run, LocalDate arrival, int nights) {
        if (run.set(RESERVATION_ID) != null) {
            UUID id = run.setId(RESERVATION_ID);
            return id == null ? null : run.entity(RESERVATION, id);
        }
        return TriggerRun.id(prerequisites.book(run, "Confirmed", arrival, nights).get("Id"));
    }

    /** A reservation of the enterprise as {@code reservations/getAll/2023-06-06} returns it. */
    private static JsonNode existing(TriggerRun run, UUID reservationId) {
        ObjectNode query = run.page(1);
        query.putArray(RESERVATION_IDS).add(reservationId.toString());
        JsonNode found = run.call("reservations/getAll/2023-06-06", query).path(RESERVATIONS).path(0);
        if (found.isMissingNode()) {
            throw new dev.connector.api.InvalidRequest("Set.ReservationId " + reservationId
                    + " is not a reservation of the enterprise.");
        }
        return found;
    }

    // -- customers and payments --

    private void addCustomer(TriggerRun run) {
        ObjectNode body = prerequisites.newCustomerBody(run);
        JsonNode added = run.callMain("customers/add", body);
        run.entity("Customer", TriggerRun.id(added.get("Id")));
    }

    private void updateCustomer(TriggerRun run) {
        UUID customerId = run.set("CustomerId") != null ? run.setId("CustomerId") : prerequisites.newCustomer(run);
        ObjectNode body = run.body()
                .put("CustomerId", String.valueOf(customerId))
                .put("Notes", "Updated by a sandbox trigger at " + run.now() + ".");
        JsonNode updated = run.callMain("customers/update", body);
        run.entity("Customer", TriggerRun.id(updated.get("Id")));
    }

    private void receivePayment(TriggerRun run) {
        ObjectNode body = run.body()
                .put("Type", "CreditCard")
                .put("Notes", "Received through a sandbox trigger.");
        body.putObject("Amount").put("Currency", run.enterprise().currencyCode()).put("GrossValue", 100);
        if (run.set("AccountId") == null && run.set("CustomerId") == null) {
            body.put("AccountId", prerequisites.newCustomer(run).toString());
        }
        JsonNode paid = run.callMain("payments/addExternal", body);
        run.entity("Payment", TriggerRun.id(paid.get("ExternalPaymentId")));
    }

    private void failPayment(TriggerRun run) {
        ObjectNode body = run.bareBody();
        body.putObject("Amount").put("Currency", run.enterprise().currencyCode())
                .put("GrossValue", CardPaymentOperations.SANDBOX_DECLINE_FROM);
        if (run.set("Data") == null && run.set("Method") == null) {
            body.putObject("Data").put("Discriminator", "ApplePay");
        }
        if (run.set("CustomerId") == null) {
            body.put("CustomerId", prerequisites.newCustomer(run).toString());
        }
        JsonNode added = run.callMain("payments/addAlternative", body);
        UUID paymentId = run.entity("Payment", TriggerRun.id(added.get("PaymentId")));
        // The processor answers at once instead of after its usual delay, so the failure is part of this change.
        payments.alternativePayments().answerNow(paymentId);
    }

    // -- rooms --

    private void cleanRoom(TriggerRun run) {
        ObjectNode body = run.bareBody();
        ObjectNode update = body.putArray("ResourceUpdates").addObject();
        update.putObject("State").put("Value", "Clean");
        if (run.set("ResourceId") == null) {
            UUID roomId = dirtyRoom(run);
            update.put("ResourceId", roomId.toString());
            run.entity("Resource", roomId);
        } else {
            run.entity("Resource", run.setId("ResourceId"));
        }
        run.callMain("resources/update", body);
    }

    /** The first Dirty room; when none is, the first active room is made Dirty. */
    private static UUID dirtyRoom(TriggerRun run) {
        ObjectNode query = run.page(1000);
        query.putObject("Extent").put("Resources", true);
        JsonNode rooms = run.call("resources/getAll", query).path("Resources");
        UUID first = null;
        for (JsonNode room : rooms) {
            if (!room.path("IsActive").asBoolean(true)) {
                continue;
            }
            if ("Dirty".equals(room.path("State").asText())) {
                return TriggerRun.id(room.get("Id"));
            }
            first = first == null ? TriggerRun.id(room.get("Id")) : first;
        }
        if (first == null) {
            throw new Conflict("The enterprise has no active room to clean.");
        }
        ObjectNode dirty = run.bareBody();
        ObjectNode update = dirty.putArray("ResourceUpdates").addObject().put("ResourceId", first.toString());
        update.putObject("State").put("Value", "Dirty");
        run.call("resources/update", dirty);
        return first;
    }

    private void blockRoom(TriggerRun run) {
        Instant start = orElse(run.setInstant("StartUtc"), run.at(run.today().plusDays(1), LocalTime.MIDNIGHT));
        Instant end = orElse(run.setInstant("EndUtc"), start.atZone(run.zone()).plusDays(2).toInstant());
        ObjectNode body = run.bareBody();
        ObjectNode block = body.putArray("ResourceBlocks").addObject()
                .put("Name", "Out of order (sandbox)")
                .put("Type", "OutOfOrder")
                .put("StartUtc", start.toString())
                .put("EndUtc", end.toString())
                .put("Notes", "Blocked by a sandbox trigger.");
        if (run.set("ResourceId") == null) {
            UUID serviceId = prerequisites.hotel(run, null).serviceId();
            UUID categoryId = prerequisites.categoryWithFreeRoom(run, serviceId, start, end);
            UUID roomId = prerequisites.freeRoom(run, categoryId, start, end).orElseThrow();
            block.put("ResourceId", roomId.toString());
        }
        JsonNode added = run.callMain("resourceBlocks/add", body);
        for (JsonNode created : added.path("ResourceBlocks")) {
            run.entity("ResourceBlock", TriggerRun.id(created.get("Id")));
            run.entity("Resource", TriggerRun.id(created.get("AssignedResourceId")));
        }
    }

    // -- messages, prices, devices --

    private void addMessage(TriggerRun run) {
        ObjectNode body = run.bareBody();
        ObjectNode message = body.putArray("Messages").addObject()
                .put("Text", "Hello! Could we have a late check-out tomorrow?")
                .put("Identifier", "sandbox-trigger");
        if (run.set("MessageThreadId") == null) {
            ObjectNode thread = run.body().put("OriginalSender", "Sandbox Guest").put("Subject", "Late check-out");
            UUID threadId = TriggerRun.id(run.call("messageThreads/add", thread).path("MessageThreads").path(0)
                    .get("Id"));
            run.entity("MessageThread", threadId);
            message.put("MessageThreadId", threadId.toString());
        }
        JsonNode added = run.callMain("messages/add", body);
        for (JsonNode created : added.path("Messages")) {
            run.entity("Message", TriggerRun.id(created.path("Message").get("Id")));
        }
    }

    private void changePrice(TriggerRun run) {
        Prerequisites.Hotel hotel = prerequisites.hotel(run, null);
        Instant first = run.at(run.today().plusDays(1), LocalTime.MIDNIGHT);
        ObjectNode body = run.bareBody().put("RateId", hotel.rateId().toString());
        ObjectNode update = body.putArray("PriceUpdates").addObject()
                .put("Value", new BigDecimal("99.00"))
                .put("FirstTimeUnitStartUtc", first.toString())
                .put("LastTimeUnitStartUtc", first.atZone(run.zone()).plusDays(2).toInstant().toString());
        if (run.set("CategoryId") == null) {
            List<UUID> categories = prerequisites.categories(run, hotel.serviceId());
            if (!categories.isEmpty()) {
                update.put("CategoryId", categories.get(0).toString());
            }
        }
        run.callMain("rates/updatePrice", body);
        JsonNode rateId = run.set("RateId");
        run.entity("Rate", rateId == null ? hotel.rateId() : TriggerRun.id(rateId));
    }

    private void requestKey(TriggerRun run) {
        UUID reservationId;
        if (run.set(RESERVATION_ID) == null) {
            reservationId = TriggerRun.id(prerequisites.book(run, "Confirmed", run.today(), 1).get("Id"));
            prerequisites.checkIn(run, reservationId);
        } else {
            reservationId = run.entity(RESERVATION, run.setId(RESERVATION_ID));
        }
        ObjectNode body = run.body().put(RESERVATION_ID, String.valueOf(reservationId)).put("KeyCount", 1);
        if (run.set("KeyCutterId") == null) {
            body.put("KeyCutterId", keyCutter(run).toString());
        }
        JsonNode added = run.callMain("commands/addKeyCutter", body);
        run.entity("DeviceCommand", TriggerRun.id(added.get("CommandId")));
    }

    private static UUID keyCutter(TriggerRun run) {
        for (JsonNode device : run.call("devices/getAll", run.bareBody()).path("Devices")) {
            if ("KeyCutter".equals(device.path("Type").asText())) {
                return TriggerRun.id(device.get("Id"));
            }
        }
        throw new Conflict("The acting integration of the enterprise has no key cutter device; set KeyCutterId.");
    }

    private static Instant orElse(Instant value, Instant fallback) {
        return value == null ? fallback : value;
    }
}
