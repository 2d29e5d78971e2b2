package dev.connector.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Calls of the triggers endpoint and the API reads that show what a trigger created, as the UK demo integration. */
final class TriggerCalls {

    static final String PATH = "/admin/v1/sandbox/triggers";

    private final ApiClient client;

    TriggerCalls(ApiClient client) {
        this.client = client;
    }

    /** Runs {@code trigger} with {@code set} (null for none); returns the answer, whatever its status. */
    ApiResponse post(String trigger, ObjectNode set) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("Trigger", trigger);
        if (set != null) {
            body.set("Set", set);
        }
        return client.admin("POST", PATH, body);
    }

    /** Runs {@code trigger} and expects 201. */
    JsonNode run(String trigger, ObjectNode set) {
        ApiResponse response = post(trigger, set);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json();
    }

    static ObjectNode set() {
        return ApiClient.JSON.createObjectNode();
    }

    /** The ids of the answer's entities of {@code type}. */
    static List<String> entities(JsonNode outcome, String type) {
        List<String> ids = new ArrayList<>();
        outcome.path("Entities").forEach(entity -> {
            if (entity.path("Type").asText().equals(type)) {
                ids.add(entity.path("Id").asText());
            }
        });
        return ids;
    }

    static String entity(JsonNode outcome, String type) {
        List<String> ids = entities(outcome, type);
        assertThat(ids).as("%s in %s", type, outcome).isNotEmpty();
        return ids.get(0);
    }

    /** The entity as its API {@code getAll} operation returns it; fails when that operation does not return it. */
    JsonNode read(String type, String id, JsonNode outcome) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putObject("Limitation").put("Count", 10);
        String operation;
        String list;
        switch (type) {
            case "Reservation" -> {
                operation = "reservations/getAll/2023-06-06";
                list = "Reservations";
                body.putArray("ReservationIds").add(id);
            }
            case "Customer" -> {
                operation = "customers/getAll";
                list = "Customers";
                body.putArray("CustomerIds").add(id);
                body.putObject("Extent").put("Customers", true);
            }
            case "Payment" -> {
                operation = "payments/getAll";
                list = "Payments";
                body.putArray("PaymentIds").add(id);
            }
            case "Resource" -> {
                operation = "resources/getAll";
                list = "Resources";
                body.putArray("ResourceIds").add(id);
                body.putObject("Extent").put("Resources", true);
            }
            case "ResourceBlock" -> {
                operation = "resourceBlocks/getAll";
                list = "ResourceBlocks";
                body.putArray("ResourceBlockIds").add(id);
            }
            case "MessageThread" -> {
                operation = "messageThreads/getAll";
                list = "MessageThreads";
                body.putArray("MessageThreadIds").add(id);
            }
            case "Message" -> {
                operation = "messages/getAll";
                list = "Messages";
                body.putArray("MessageThreadIds").add(entity(outcome, "MessageThread"));
            }
            case "Rate" -> {
                operation = "rates/getAll";
                list = "Rates";
                body.putArray("RateIds").add(id);
                body.putArray("ServiceIds").add(CatalogueIds.of(DemoData.UK_ENTERPRISE_ID, "service/stay").toString());
            }
            case "DeviceCommand" -> {
                operation = "commands/getAllByIds";
                list = "Commands";
                body.putArray("CommandIds").add(id);
            }
            default -> throw new AssertionError("No getAll known for entities of type " + type);
        }
        ApiResponse response = client.operation(operation, body);
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        for (JsonNode item : response.json().path(list)) {
            if (item.path("Id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(operation + " does not return the " + type + " " + id + ": " + response.raw());
    }

    static UUID uuid(JsonNode node) {
        return UUID.fromString(node.asText());
    }
}
