package dev.connector.resources;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.US;
import static dev.connector.services.CatalogueTesting.category;
import static dev.connector.services.CatalogueTesting.ids;
import static dev.connector.services.CatalogueTesting.room;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourcesApiTest extends BothStoresTest {

    private ApiResponse call(String operation, ObjectNode body) {
        return client().operation(operation, body);
    }

    private JsonNode resource(ApiClient.Tokens tokens, UUID resourceId) {
        ObjectNode body = limited(tokens, 10);
        ids(body, "ResourceIds", resourceId);
        JsonNode resources = call("resources/getAll", body).json().get("Resources");
        return resources.isEmpty() ? null : resources.get(0);
    }

    private ObjectNode stateUpdate(ApiClient.Tokens tokens, UUID resourceId, String state) {
        ObjectNode body = ApiClient.body(tokens);
        ObjectNode update = body.putArray("ResourceUpdates").addObject();
        update.put("ResourceId", resourceId.toString());
        update.putObject("State").put("Value", state);
        return body;
    }

    @Test
    void resource_categories_are_the_three_room_types_of_the_service() {
        ObjectNode body = limited(ApiClient.UK, 10);
        ids(body, "ServiceIds", stayService(UK));

        ApiResponse response = call("resourceCategories/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceCategories/getAll", response.json());
        JsonNode categories = response.json().get("ResourceCategories");
        assertThat(texts(categories, "Capacity")).containsExactly("2", "2", "3");
        assertThat(texts(categories, "Type")).containsOnly("Room");
        assertThat(categories.get(0).at("/Names/en-GB").asText()).isEqualTo("Standard Double");
    }

    @Test
    void resource_categories_of_another_hotel_s_service_are_not_returned() {
        ObjectNode body = limited(ApiClient.UK, 10);
        ids(body, "ServiceIds", stayService(US));

        ApiResponse response = call("resourceCategories/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("ResourceCategories")).isEmpty();
    }

    @Test
    void resource_categories_require_service_ids() {
        assertThat(call("resourceCategories/getAll", limited(ApiClient.UK, 10)).status()).isEqualTo(400);
    }

    @Test
    void assignments_link_ten_rooms_to_each_category() {
        ObjectNode body = limited(ApiClient.US, 100);
        ids(body, "ResourceCategoryIds", category(US, "deluxe-king"));

        ApiResponse response = call("resourceCategoryAssignments/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceCategoryAssignments/getAll", response.json());
        JsonNode assignments = response.json().get("ResourceCategoryAssignments");
        assertThat(assignments).hasSize(10);
        assertThat(texts(assignments, "ResourceId")).contains(room(US, "201").toString(), room(US, "210").toString());
    }

    @Test
    void assignments_of_another_hotel_are_not_returned() {
        ObjectNode body = limited(ApiClient.UK, 100);
        ids(body, "ResourceCategoryIds", category(US, "deluxe-king"));

        ApiResponse response = call("resourceCategoryAssignments/getAll", body);

        assertThat(response.json().get("ResourceCategoryAssignments")).isEmpty();
    }

    @Test
    void resources_page_through_all_thirty_rooms() {
        Set<String> seen = new HashSet<>();
        ObjectNode body = limited(ApiClient.UK, 12);
        for (int page = 0; page < 4; page++) {
            ApiResponse response = call("resources/getAll", body);
            SpecContract.assertValidResponse("resources/getAll", response.json());
            response.json().get("Resources").forEach(resource -> seen.add(resource.get("Name").asText()));
            if (response.json().get("Cursor").isNull()) {
                break;
            }
            ((ObjectNode) body.get("Limitation")).put("Cursor", response.json().get("Cursor").asText());
        }

        assertThat(seen).hasSize(30).contains("101", "110", "201", "310");
    }

    @Test
    void resources_extent_adds_the_deprecated_parts_when_asked() {
        ObjectNode body = limited(ApiClient.UK, 5);
        body.putObject("Extent").put("Resources", true).put("ResourceCategories", true)
                .put("ResourceCategoryAssignments", true).put("ResourceFeatures", true);

        ApiResponse response = call("resources/getAll", body);
        ApiResponse plain = call("resources/getAll", limited(ApiClient.UK, 5));

        SpecContract.assertValidResponse("resources/getAll", response.json());
        assertThat(response.json().get("Resources")).hasSize(5);
        assertThat(response.json().get("ResourceCategories")).hasSize(3);
        assertThat(response.json().get("ResourceCategoryAssignments")).hasSize(5);
        assertThat(response.json().get("ResourceFeatures")).isEmpty();
        assertThat(plain.json().get("ResourceCategories").isNull()).isTrue();
    }

    @Test
    void resources_filter_by_name_and_stay_within_the_hotel() {
        ObjectNode body = limited(ApiClient.UK, 10);
        body.putArray("Names").add("101").add("102");
        ObjectNode foreign = limited(ApiClient.UK, 10);
        ids(foreign, "ResourceIds", room(US, "101"));

        ApiResponse byName = call("resources/getAll", body);
        ApiResponse other = call("resources/getAll", foreign);

        assertThat(texts(byName.json().get("Resources"), "Id"))
                .containsExactlyInAnyOrder(room(UK, "101").toString(), room(UK, "102").toString());
        assertThat(other.json().get("Resources")).isEmpty();
    }

    @Test
    void demo_rooms_out_of_order_have_that_state() {
        assertThat(resource(ApiClient.UK, room(UK, "105")).get("State").asText()).isEqualTo("OutOfOrder");
        assertThat(resource(ApiClient.US, room(US, "208")).get("State").asText()).isEqualTo("OutOfOrder");
    }

    @Test
    void state_change_is_saved_and_emits_resource_updated_in_the_outbox() {
        UUID roomId = room(UK, "103");
        String next = "Dirty".equals(resource(ApiClient.UK, roomId).get("State").asText()) ? "Clean" : "Dirty";
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("resources/update", stateUpdate(ApiClient.UK, roomId, next));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resources/update", response.json());
        assertThat(resource(ApiClient.UK, roomId).get("State").asText()).isEqualTo(next);
        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo("ResourceUpdated");
        assertThat(events.get(0).entityId()).isEqualTo(roomId.toString());
        assertThat(events.get(0).enterpriseId()).isEqualTo(UK.toString());
        assertThat(events.get(0).payload()).contains(next);
    }

    @Test
    void update_that_changes_nothing_emits_no_event() {
        UUID roomId = room(UK, "104");
        String current = resource(ApiClient.UK, roomId).get("State").asText();
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("resources/update", stateUpdate(ApiClient.UK, roomId, current));

        assertThat(response.status()).isEqualTo(200);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void name_and_floor_can_be_updated() {
        UUID roomId = room(US, "109");
        ObjectNode body = ApiClient.body(ApiClient.US);
        ObjectNode update = body.putArray("ResourceUpdates").addObject();
        update.put("ResourceId", roomId.toString());
        update.putObject("Name").put("Value", "109A");
        ObjectNode data = update.putObject("Data").put("Discriminator", "Space");
        data.putObject("Value").putObject("FloorNumber").put("Value", "1");
        ((ObjectNode) data.get("Value")).putObject("LocationNotes").put("Value", "Next to the lift");

        ApiResponse response = call("resources/update", body);

        assertThat(response.status()).isEqualTo(200);
        JsonNode updated = resource(ApiClient.US, roomId);
        assertThat(updated.get("Name").asText()).isEqualTo("109A");
        assertThat(updated.at("/Data/Value/LocationNotes").asText()).isEqualTo("Next to the lift");
    }

    @Test
    void another_hotel_s_resource_cannot_be_updated() {
        UUID roomId = room(US, "102");
        String state = resource(ApiClient.US, roomId).get("State").asText();
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("resources/update", stateUpdate(ApiClient.UK, roomId, "OutOfService"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(resource(ApiClient.US, roomId).get("State").asText()).isEqualTo(state);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void unknown_state_is_a_bad_request_and_changes_nothing() {
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("resources/update", stateUpdate(ApiClient.UK, room(UK, "106"), "Sparkling"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("State");
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void a_failing_item_rolls_back_the_whole_update() {
        UUID roomId = room(UK, "107");
        String state = resource(ApiClient.UK, roomId).get("State").asText();
        ObjectNode body = stateUpdate(ApiClient.UK, roomId, "Dirty".equals(state) ? "Inspected" : "Dirty");
        ObjectNode foreign = ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("ResourceUpdates")).addObject();
        foreign.put("ResourceId", room(US, "101").toString());
        foreign.putObject("State").put("Value", "Dirty");
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("resources/update", body);

        assertThat(response.status()).isEqualTo(403);
        assertThat(resource(ApiClient.UK, roomId).get("State").asText()).isEqualTo(state);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }
}
