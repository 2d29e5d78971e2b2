package dev.connector.resources;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.US;
import static dev.connector.services.CatalogueTesting.ids;
import static dev.connector.services.CatalogueTesting.room;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceBlocksApiTest extends BothStoresTest {

    private ApiResponse call(String operation, ObjectNode body) {
        return client().operation(operation, body);
    }

    private ObjectNode addBody(ApiClient.Tokens tokens, UUID resourceId, Instant start, Instant end) {
        ObjectNode body = ApiClient.body(tokens);
        body.putArray("ResourceBlocks").addObject()
                .put("ResourceId", resourceId.toString())
                .put("Name", "Carpet cleaning")
                .put("Type", "InternalUse")
                .put("StartUtc", start.toString())
                .put("EndUtc", end.toString())
                .put("Notes", "Deep clean");
        return body;
    }

    private ObjectNode deleteBody(ApiClient.Tokens tokens, String blockId) {
        ObjectNode body = ApiClient.body(tokens);
        body.putArray("ResourceBlockIds").add(blockId);
        return body;
    }

    @Test
    void demo_blocks_are_listed_for_the_hotel() {
        ApiResponse response = call("resourceBlocks/getAll", limited(ApiClient.UK, 100));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceBlocks/getAll", response.json());
        JsonNode blocks = response.json().get("ResourceBlocks");
        assertThat(texts(blocks, "AssignedResourceId")).contains(room(UK, "105").toString(), room(UK, "208").toString());
        assertThat(texts(blocks, "EnterpriseId")).containsOnly(UK.toString());
    }

    @Test
    void colliding_filter_finds_blocks_overlapping_the_interval() {
        Instant now = Instant.now();
        ObjectNode body = limited(ApiClient.US, 100);
        body.putObject("CollidingUtc").put("StartUtc", now.toString()).put("EndUtc", now.plus(1, ChronoUnit.DAYS).toString());

        ApiResponse response = call("resourceBlocks/getAll", body);

        assertThat(texts(response.json().get("ResourceBlocks"), "AssignedResourceId"))
                .contains(room(US, "105").toString(), room(US, "208").toString())
                .doesNotContain(room(US, "310").toString());
    }

    @Test
    void adding_a_block_returns_it_and_emits_resource_block_updated() {
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("resourceBlocks/add",
                addBody(ApiClient.UK, room(UK, "302"), start, start.plus(2, ChronoUnit.DAYS)));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceBlocks/add", response.json());
        JsonNode block = response.json().at("/ResourceBlocks/0");
        assertThat(block.get("AssignedResourceId").asText()).isEqualTo(room(UK, "302").toString());
        assertThat(block.get("StartUtc").asText()).isEqualTo(start.toString());
        assertThat(block.get("IsActive").asBoolean()).isTrue();
        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsExactly("ResourceBlockUpdated");
        assertThat(events.get(0).entityId()).isEqualTo(block.get("Id").asText());
        assertThat(events.get(0).enterpriseId()).isEqualTo(UK.toString());
    }

    @Test
    void deleting_a_block_deactivates_it_and_emits_once() {
        Instant start = Instant.now().plus(40, ChronoUnit.DAYS);
        String blockId = call("resourceBlocks/add", addBody(ApiClient.US, room(US, "303"), start,
                start.plus(1, ChronoUnit.DAYS))).json().at("/ResourceBlocks/0/Id").asText();
        long before = OutboxRow.lastPosition(server);

        ApiResponse deleted = call("resourceBlocks/delete", deleteBody(ApiClient.US, blockId));
        ApiResponse again = call("resourceBlocks/delete", deleteBody(ApiClient.US, blockId));

        assertThat(deleted.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceBlocks/delete", deleted.json());
        assertThat(again.status()).isEqualTo(200);
        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsExactly("ResourceBlockUpdated");
        assertThat(events.get(0).entityId()).isEqualTo(blockId);

        ObjectNode active = limited(ApiClient.US, 10);
        ids(active, "ResourceBlockIds", blockId);
        ObjectNode deletedToo = limited(ApiClient.US, 10);
        ids(deletedToo, "ResourceBlockIds", blockId);
        deletedToo.putArray("ActivityStates").add("Deleted");
        assertThat(call("resourceBlocks/getAll", active).json().get("ResourceBlocks")).isEmpty();
        ApiResponse listed = call("resourceBlocks/getAll", deletedToo);
        SpecContract.assertValidResponse("resourceBlocks/getAll", listed.json());
        assertThat(listed.json().at("/ResourceBlocks/0/IsActive").asBoolean()).isFalse();
        assertThat(listed.json().at("/ResourceBlocks/0/DeletedUtc").isNull()).isFalse();
    }

    @Test
    void a_block_on_another_hotel_s_room_is_forbidden() {
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("resourceBlocks/add",
                addBody(ApiClient.UK, room(US, "101"), start, start.plus(1, ChronoUnit.DAYS)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void another_hotel_s_block_cannot_be_deleted_or_seen() {
        String usBlockId = call("resourceBlocks/getAll", limited(ApiClient.US, 1)).json().at("/ResourceBlocks/0/Id").asText();
        ObjectNode foreign = limited(ApiClient.UK, 10);
        ids(foreign, "ResourceBlockIds", usBlockId);
        long before = OutboxRow.lastPosition(server);

        assertThat(call("resourceBlocks/delete", deleteBody(ApiClient.UK, usBlockId)).status()).isEqualTo(403);
        assertThat(call("resourceBlocks/getAll", foreign).json().get("ResourceBlocks")).isEmpty();
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void a_block_must_end_after_it_starts() {
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);

        ApiResponse response = call("resourceBlocks/add", addBody(ApiClient.UK, room(UK, "101"), start, start));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void unknown_block_type_is_a_bad_request() {
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        ObjectNode body = addBody(ApiClient.UK, room(UK, "101"), start, start.plus(1, ChronoUnit.DAYS));
        ((ObjectNode) body.at("/ResourceBlocks/0")).put("Type", "Holiday");

        assertThat(call("resourceBlocks/add", body).status()).isEqualTo(400);
    }
}
