package dev.connector.guestjourney;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.SpecContract;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** Test data of the guest journey in the UK demo hotel: new guests and stays, and calls that must succeed. */
final class Guests {

    static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Guests() {
    }

    static UUID demo(String name) {
        return DemoIds.of("uk/" + name);
    }

    /** A customer added just now, with nothing on their bills. */
    static UUID newGuest(ApiClient client, String lastName) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("FirstName", "Kiosk");
        body.put("LastName", lastName + " " + UUID.randomUUID());
        body.put("OverwriteExisting", false);
        return UUID.fromString(ok(client, "customers/add", body).path("Id").asText());
    }

    /** A confirmed stay of two adults in a standard double, owned by {@code customerId}; its id and room. */
    static Stay newStay(ApiClient client, UUID customerId, LocalDate arrival, int nights) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", CatalogueIds.of(UK, "service/stay").toString());
        ObjectNode reservation = body.putArray("Reservations").addObject();
        reservation.put("Identifier", "kiosk-" + arrival);
        reservation.put("StartUtc", ApiJson.format(arrival.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant()));
        reservation.put("EndUtc", ApiJson.format(arrival.plusDays(nights).atTime(LocalTime.of(11, 0)).atZone(LONDON)
                .toInstant()));
        reservation.put("CustomerId", customerId.toString());
        reservation.put("RequestedCategoryId", CatalogueIds.of(UK, "resource-category/standard-double").toString());
        reservation.put("RateId", CatalogueIds.of(UK, "rate/best-available").toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", CatalogueIds.of(UK, "age-category/adult").toString()).put("Count", 2);
        JsonNode added = ok(client, "reservations/add", body).path("Reservations").get(0).path("Reservation");
        return new Stay(UUID.fromString(added.path("Id").asText()), added.path("Number").asText(),
                UUID.fromString(added.path("AssignedResourceId").asText()));
    }

    /** A reservation the tests made: its id, confirmation number and room. */
    record Stay(UUID id, String number, UUID roomId) {
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** Calls the operation, expects 200, checks the answer against the spec, returns it. */
    static JsonNode ok(ApiClient client, String operation, JsonNode body) {
        ApiResponse response = client.operation(operation, body);
        if (response.status() != 200) {
            throw new AssertionError(operation + " answered " + response.status() + ": " + response.raw());
        }
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    static ObjectNode body() {
        return ApiClient.body(ApiClient.UK);
    }

    static ObjectNode limited(int count) {
        ObjectNode body = body();
        body.putObject("Limitation").put("Count", count);
        return body;
    }

    static ArrayNode ids(ObjectNode body, String field, UUID... ids) {
        ArrayNode array = body.putArray(field);
        for (UUID id : ids) {
            array.add(id.toString());
        }
        return array;
    }
}
