package dev.connector.websockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.LiveStreamClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /admin/v1/websockets}: open connections with their counters, disconnecting one, and pushes on the live feed. */
class WebSocketsAdminTest extends BothStoresTest {

    @Test
    void an_open_connection_is_listed_with_its_application_integration_enterprises_and_frames_sent() {
        try (WsClient socket = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            markRoomDirty("resource/107");
            socket.awaitEvents(1);

            JsonNode connection = await().atMost(Duration.ofSeconds(20)).until(
                    () -> connectionOf(DemoIds.of("application/1")),
                    found -> found != null && found.get("FramesSent").asLong() >= 1);

            assertThat(connection.get("Id").asText()).matches("[0-9a-f-]{36}");
            assertThat(connection.get("IntegrationId").asText()).isNotBlank();
            assertThat(texts(connection.get("EnterpriseIds"))).containsExactly(DemoData.UK_ENTERPRISE_ID.toString());
            assertThat(connection.get("ConnectedUtc").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(connection.get("Queued").asInt()).isZero();
            assertThat(texts(connection.get("Events"))).contains("Reservation", "Resource");
        }
    }

    @Test
    void disconnecting_a_connection_closes_it_with_1012_and_it_leaves_the_list() {
        try (WsClient socket = WsClient.withCookies(server.baseUrl(), ApiClient.US, "")) {
            JsonNode connection = await().atMost(Duration.ofSeconds(20)).until(
                    () -> connectionOf(DemoIds.of("application/1"), DemoData.US_ENTERPRISE_ID), found -> found != null);
            String id = connection.get("Id").asText();

            ApiResponse disconnected = client().admin("POST", "/admin/v1/websockets/" + id + "/disconnect", null);

            assertThat(disconnected.status()).isEqualTo(200);
            assertThat(disconnected.json().get("CloseCode").asInt()).isEqualTo(1012);
            assertThat(socket.awaitClosed().code()).isEqualTo(1012);
            await().atMost(Duration.ofSeconds(20)).until(() -> !list().findValuesAsText("Id").contains(id));
            assertThat(client().admin("POST", "/admin/v1/websockets/" + id + "/disconnect", null).status())
                    .isEqualTo(404);
        }
        assertThat(client().admin("POST", "/admin/v1/websockets/nope/disconnect", null).status()).isEqualTo(400);
    }

    @Test
    void each_frame_written_appears_on_the_live_stream_as_a_websocket_push() {
        try (LiveStreamClient live = LiveStreamClient.subscribed(server.baseUrl(), "Kind=WebSocketPush");
             WsClient socket = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            markRoomDirty("resource/108");
            socket.awaitEvents(1);

            LiveStreamClient.Received push = live.await(event -> event.name().equals("WebSocketPush"));

            assertThat(push.data().get("ApplicationId").asText()).isEqualTo(DemoIds.of("application/1").toString());
            assertThat(texts(push.data().get("EnterpriseIds"))).containsExactly(DemoData.UK_ENTERPRISE_ID.toString());
            assertThat(push.data().get("Data").get("EventCount").asInt()).isPositive();
            assertThat(texts(push.data().get("Data").get("Types"))).contains("Resource");
            assertThat(socket.frames()).extracting(frame -> frame.get("Cursor").asText())
                    .contains(push.data().get("Data").get("Cursor").asText());
            assertThat(push.data().get("Data").get("Live").asBoolean()).isTrue();
        }
    }

    /** Changes a room's state twice (Clean, then Dirty), so that at least one change happens whatever it was. */
    private void markRoomDirty(String resource) {
        for (String state : List.of("Clean", "Dirty")) {
            ObjectNode update = ApiClient.body(ApiClient.UK);
            ObjectNode room = update.putArray("ResourceUpdates").addObject()
                    .put("ResourceId", CatalogueIds.of(DemoData.UK_ENTERPRISE_ID, resource).toString());
            room.putObject("State").put("Value", state);
            ApiResponse response = client().operation("resources/update", update);
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
        }
    }

    private JsonNode list() {
        ApiResponse response = client().admin("GET", "/admin/v1/websockets", null);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("WebSockets");
    }

    private JsonNode connectionOf(UUID applicationId) {
        return connectionOf(applicationId, DemoData.UK_ENTERPRISE_ID);
    }

    /** The newest connection of the application reaching exactly that one enterprise, or null. */
    private JsonNode connectionOf(UUID applicationId, UUID enterpriseId) {
        JsonNode found = null;
        for (JsonNode connection : list()) {
            if (connection.get("ApplicationId").asText().equals(applicationId.toString())
                    && texts(connection.get("EnterpriseIds")).equals(List.of(enterpriseId.toString()))) {
                found = connection;
            }
        }
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
