package dev.connector.websockets;

import static dev.connector.services.CatalogueTesting.baseRate;
import static dev.connector.services.CatalogueTesting.category;
import static dev.connector.services.CatalogueTesting.room;
import static dev.connector.websockets.WebSocketEventsTest.fieldNames;
import static dev.connector.websockets.WebSocketEventsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The events of real API Operations and admin actions, as a WebSocket client sees them. */
class WebSocketApiChangesTest extends BothStoresTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String UK_PRINTER = DemoIds.of("uk/device/printer").toString();
    private static final ApiClient.Tokens SECOND_APP_UK = new ApiClient.Tokens(
            DemoCredentials.APPLICATIONS.get(1).clientToken(), DemoCredentials.APPLICATIONS.get(1).ukAccessToken());

    private ApiResponse call(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    @Test
    void a_housekeeping_change_through_resources_update_arrives_as_a_resource_event() {
        UUID roomId = room(UK, "105");
        try (WsClient uk = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "");
             WsClient us = WsClient.withCookies(server.baseUrl(), ApiClient.US, "")) {
            ObjectNode body = ApiClient.body(ApiClient.UK);
            ObjectNode update = body.putArray("ResourceUpdates").addObject();
            update.put("ResourceId", roomId.toString());
            update.putObject("State").put("Value", "OutOfService");

            call("resources/update", body);

            JsonNode event = uk.awaitEvents(1).get(0);
            assertThat(fieldNames(event)).containsExactly("Type", "Id", "State");
            assertThat(event.get("Type").asText()).isEqualTo("Resource");
            assertThat(event.get("Id").asText()).isEqualTo(roomId.toString());
            assertThat(event.get("State").asText()).isEqualTo("OutOfService");
            assertThat(us.frames()).isEmpty();
        }
    }

    @Test
    void a_price_change_through_rates_update_price_arrives_as_a_price_update() {
        LocalDate first = LocalDate.now(LONDON).plusDays(40);
        LocalDate last = first.plusDays(1);
        UUID rate = baseRate(UK);
        UUID deluxe = category(UK, "deluxe-king");
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            ObjectNode body = ApiClient.body(ApiClient.UK);
            body.put("RateId", rate.toString());
            ObjectNode update = body.putArray("PriceUpdates").addObject();
            update.put("CategoryId", deluxe.toString());
            update.put("Value", new BigDecimal("210"));
            update.put("FirstTimeUnitStartUtc", midnight(first).toString());
            update.put("LastTimeUnitStartUtc", midnight(last).toString());

            call("rates/updatePrice", body);

            JsonNode event = client.awaitEvents(1).get(0);
            assertThat(fieldNames(event)).containsExactly("Type", "Id", "StartUtc", "EndUtc", "RateId", "ResourceCategoryId");
            assertThat(event.get("Type").asText()).isEqualTo("PriceUpdate");
            assertThat(event.get("Id").asText()).matches("[0-9a-f-]{36}");
            assertThat(event.get("StartUtc").asText()).isEqualTo(midnight(first).toString());
            assertThat(event.get("EndUtc").asText()).isEqualTo(midnight(last).toString());
            assertThat(event.get("RateId").asText()).isEqualTo(rate.toString());
            assertThat(event.get("ResourceCategoryId").asText()).isEqualTo(deluxe.toString());
        }
    }

    @Test
    void a_printer_command_and_its_progress_reach_only_the_integration_of_the_printer() {
        try (WsClient owner = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "");
             WsClient other = WsClient.withCookies(server.baseUrl(), SECOND_APP_UK, "")) {
            ObjectNode add = ApiClient.body(SECOND_APP_UK);
            add.put("PrinterId", UK_PRINTER).put("CopyCount", 1).put("Data", "JVBERi0xLjQKJSVFT0YK");
            String commandId = call("commands/addPrinter", add).json().get("CommandId").asText();
            ObjectNode progress = ApiClient.body(ApiClient.UK);
            progress.put("CommandId", commandId).put("State", "Processing");
            call("commands/update", progress);

            List<JsonNode> events = owner.awaitEvents(2);
            assertThat(ids(events)).containsExactly(commandId, commandId);
            assertThat(events).extracting(event -> event.get("Type").asText()).containsOnly("DeviceCommand");
            assertThat(events).extracting(event -> event.get("State").asText()).containsExactly("Pending", "Processing");
            assertThat(other.frames()).isEmpty();
        }
    }

    @Test
    void disabling_an_integration_through_the_admin_api_closes_its_sockets_at_once() {
        JsonNode created = createIntegration();
        ApiClient.Tokens tokens = new ApiClient.Tokens(ApiClient.UK.clientToken(), created.get("AccessToken").asText());
        try (WsClient client = WsClient.withCookies(server.baseUrl(), tokens, "")) {
            long started = System.nanoTime();
            ApiResponse disabled = client().admin("POST", "/admin/v1/integrations/" + created.get("Id").asText() + "/disable", null);
            assertThat(disabled.status()).as(disabled.raw()).isEqualTo(200);

            WsClient.Closed closed = client.awaitClosed();

            assertThat(closed.code()).isEqualTo(1008);
            assertThat(closed.reason()).contains("disabled");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void deleting_an_integration_closes_its_sockets() {
        JsonNode created = createIntegration();
        ApiClient.Tokens tokens = new ApiClient.Tokens(ApiClient.UK.clientToken(), created.get("AccessToken").asText());
        try (WsClient client = WsClient.withCookies(server.baseUrl(), tokens, "")) {
            ApiResponse deleted = client().admin("DELETE", "/admin/v1/integrations/" + created.get("Id").asText(), null);
            assertThat(deleted.status()).as(deleted.raw()).isIn(200, 204);

            WsClient.Closed closed = client.awaitClosed();

            assertThat(closed.code()).isEqualTo(1008);
            assertThat(closed.reason()).contains("deleted");
        }
    }

    private JsonNode createIntegration() {
        ObjectNode body = ApiClient.JSON.createObjectNode()
                .put("ApplicationId", DemoIds.of("application/1").toString())
                .put("Name", "Door locks " + UUID.randomUUID());
        body.putArray("EnterpriseIds").add(UK.toString());
        ApiResponse response = client().admin("POST", "/admin/v1/integrations", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json();
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }
}
