package dev.connector.reservations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.events.Outbox;
import dev.connector.events.StoredEvent;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Ids of the demo hotels' standard setup, request bodies for stays, and the outbox, for reservation tests. */
final class Stays {

    static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    static final UUID US = DemoData.US_ENTERPRISE_ID;
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Stays() {
    }

    static UUID service(UUID enterpriseId) {
        return CatalogueIds.of(enterpriseId, "service/stay");
    }

    static UUID category(UUID enterpriseId, String key) {
        return CatalogueIds.of(enterpriseId, "resource-category/" + key);
    }

    static UUID room(UUID enterpriseId, String name) {
        return CatalogueIds.of(enterpriseId, "resource/" + name);
    }

    static UUID rate(UUID enterpriseId) {
        return CatalogueIds.of(enterpriseId, "rate/best-available");
    }

    static UUID adults(UUID enterpriseId) {
        return CatalogueIds.of(enterpriseId, "age-category/adult");
    }

    /** One of the hotel's fifty demo customers. */
    static UUID guest(UUID enterpriseId) {
        String hotel = enterpriseId.equals(UK) ? "uk" : "us";
        return DemoIds.of(hotel + "/customer/" + ThreadLocalRandom.current().nextInt(1, 51));
    }

    /** A customer added just now (with nothing on their bills yet) in the token's chain. */
    static UUID newGuest(ApiClient client, ApiClient.Tokens tokens) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("FirstName", "Test");
        body.put("LastName", "Guest " + UUID.randomUUID());
        body.put("OverwriteExisting", false);
        ApiResponse response = client.operation("customers/add", body);
        if (response.status() != 200) {
            throw new AssertionError("customers/add answered " + response.status() + ": " + response.raw());
        }
        return UUID.fromString(response.json().path("Id").asText());
    }

    static LocalDate today(ZoneId zone) {
        return LocalDate.now(zone);
    }

    /** Check-in time (15:00) of a day, in UTC as the API writes it. */
    static String arrival(LocalDate day, ZoneId zone) {
        return ApiJson.format(day.atTime(LocalTime.of(15, 0)).atZone(zone).toInstant());
    }

    /** Check-out time (11:00) of a day, in UTC as the API writes it. */
    static String departure(LocalDate day, ZoneId zone) {
        return ApiJson.format(day.atTime(LocalTime.of(11, 0)).atZone(zone).toInstant());
    }

    static String midnight(LocalDate day, ZoneId zone) {
        return ApiJson.format(day.atStartOfDay(zone).toInstant());
    }

    /** One reservation for two adults in the UK hotel. */
    static ObjectNode reservation(UUID enterpriseId, ZoneId zone, LocalDate arrival, int nights, String categoryKey,
                                  UUID customerId) {
        ObjectNode reservation = ApiClient.JSON.createObjectNode();
        reservation.put("Identifier", "stay-" + arrival);
        reservation.put("StartUtc", arrival(arrival, zone));
        reservation.put("EndUtc", departure(arrival.plusDays(nights), zone));
        reservation.put("CustomerId", customerId.toString());
        reservation.put("RequestedCategoryId", category(enterpriseId, categoryKey).toString());
        reservation.put("RateId", rate(enterpriseId).toString());
        ArrayNode people = reservation.putArray("PersonCounts");
        people.addObject().put("AgeCategoryId", adults(enterpriseId).toString()).put("Count", 2);
        return reservation;
    }

    /** A reservations/add body with one reservation in the given state. */
    static ObjectNode add(ApiClient.Tokens tokens, UUID enterpriseId, ZoneId zone, LocalDate arrival, int nights,
                          String categoryKey, UUID customerId, String state) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("ServiceId", service(enterpriseId).toString());
        ObjectNode reservation = reservation(enterpriseId, zone, arrival, nights, categoryKey, customerId);
        if (state != null) {
            reservation.put("State", state);
        }
        body.putArray("Reservations").add(reservation);
        return body;
    }

    static ObjectNode withIds(ObjectNode body, String field, UUID... ids) {
        ArrayNode array = body.putArray(field);
        for (UUID id : ids) {
            array.add(id.toString());
        }
        return body;
    }

    static UUID addedId(JsonNode addResponse) {
        return UUID.fromString(addResponse.path("Reservations").get(0).path("Reservation").path("Id").asText());
    }

    /** The outbox of a running server. */
    static final class Events {
        private final RunningConnector server;
        private final Outbox outbox;

        Events(RunningConnector server) {
            this.server = server;
            this.outbox = new Outbox(ApiJson.create(), server.connector().database().dialect());
        }

        long last() {
            return server.connector().database().jdbi().withHandle(outbox::lastPosition);
        }

        List<StoredEvent> after(long position) {
            return server.connector().database().jdbi().withHandle(handle -> outbox.after(handle, position, 10_000));
        }
    }

    static Instant instant(String text) {
        return ApiJson.parse(text);
    }
}
