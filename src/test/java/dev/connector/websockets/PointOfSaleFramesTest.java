package dev.connector.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A product service order is no reservation: orders/add sends no Reservation frame. */
class PointOfSaleFramesTest extends BothStoresTest {

    @Test
    void an_order_sends_no_reservation_frame_while_a_later_change_still_arrives() {
        try (WsClient socket = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            ObjectNode guest = ApiClient.body(ApiClient.UK).put("FirstName", "Frame").put("LastName", "Guest")
                    .put("OverwriteExisting", false);
            String guestId = ok("customers/add", guest).path("Id").asText();
            ObjectNode order = ApiClient.body(ApiClient.UK)
                    .put("ServiceId", DemoIds.of("uk/service/restaurant").toString()).put("AccountId", guestId);
            order.putArray("ProductOrders").addObject().put("ProductId", DemoIds.of("uk/product/espresso").toString());
            ok("orders/add", order);
            // A marker committed after the order: frames keep commit order, so a frame for the order would come first.
            ObjectNode update = ApiClient.body(ApiClient.UK);
            ObjectNode room = update.putArray("ResourceUpdates").addObject()
                    .put("ResourceId", CatalogueIds.of(DemoData.UK_ENTERPRISE_ID, "resource/106").toString());
            room.putObject("State").put("Value", "Dirty");
            ok("resources/update", update);

            List<JsonNode> events = socket.awaitEvents(1);
            assertThat(events).extracting(event -> event.get("Type").asText()).containsExactly("Resource");
        }
    }

    private JsonNode ok(String operation, JsonNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        return response.json();
    }
}
