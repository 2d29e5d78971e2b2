package dev.connector.availabilityblocks;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.baseRate;
import static dev.connector.services.CatalogueTesting.category;
import static dev.connector.services.CatalogueTesting.id;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BlockPickupTest extends BothStoresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private JsonNode ok(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static String midnight(LocalDate day) {
        return ApiJson.format(day.atStartOfDay(LONDON).toInstant());
    }

    /** Public availability of the category on the night. */
    private int available(LocalDate night, String categoryKey) {
        ObjectNode get = ApiClient.body(ApiClient.UK);
        get.put("ServiceId", stayService(UK).toString())
                .put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night));
        for (JsonNode availability : ok("services/getAvailability", get).get("CategoryAvailabilities")) {
            if (availability.get("CategoryId").asText().equals(category(UK, categoryKey).toString())) {
                return availability.get("Availabilities").get(0).asInt();
            }
        }
        throw new AssertionError("No availability of " + categoryKey);
    }

    private UUID addBlock(LocalDate night, String state) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putArray("AvailabilityBlocks").addObject()
                .put("ServiceId", stayService(UK).toString())
                .put("RateId", baseRate(UK).toString())
                .put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night))
                .put("Name", "Test block " + night)
                .put("State", state);
        JsonNode block = ok("availabilityBlocks/add", body).at("/AvailabilityBlocks/0");
        assertThat(block.get("ReleaseStrategy").asText()).isEqualTo("None");
        return UUID.fromString(block.get("Id").asText());
    }

    private void allocate(UUID blockId, LocalDate night, String categoryKey, int units) {
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ServiceId", stayService(UK).toString());
        ObjectNode item = update.putArray("AvailabilityUpdates").addObject();
        item.put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night))
                .put("ResourceCategoryId", category(UK, categoryKey).toString())
                .put("AvailabilityBlockId", blockId.toString());
        item.putObject("UnitCountAdjustment").put("Value", units);
        ok("services/updateAvailability", update);
    }

    private ApiResponse book(UUID blockId, LocalDate night, String categoryKey, int guest) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", stayService(UK).toString());
        ObjectNode reservation = body.putArray("Reservations").addObject();
        reservation.put("Identifier", "block-" + guest)
                .put("StartUtc", ApiJson.format(night.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant()))
                .put("EndUtc", ApiJson.format(night.plusDays(1).atTime(LocalTime.of(11, 0)).atZone(LONDON).toInstant()))
                .put("CustomerId", DemoIds.of("uk/customer/" + guest).toString())
                .put("RequestedCategoryId", category(UK, categoryKey).toString())
                .put("RateId", baseRate(UK).toString())
                .put("AvailabilityBlockId", blockId.toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", id(UK, "age-category/adult").toString()).put("Count", 1);
        return client().operation("reservations/add", body);
    }

    private void release(UUID blockId, Instant at) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        ObjectNode update = body.putArray("AvailabilityBlocks").addObject();
        update.put("AvailabilityBlockId", blockId.toString());
        update.putObject("ReleasedUtc").put("Value", ApiJson.format(at));
        JsonNode block = ok("availabilityBlocks/update", body).at("/AvailabilityBlocks/0");
        assertThat(block.get("ReleaseStrategy").asText()).isEqualTo("FixedRelease");
    }

    @Test
    void a_block_holds_units_its_reservations_use_and_its_release_returns_the_rest() {
        LocalDate night = LocalDate.now(LONDON).plusDays(240);
        int before = available(night, "deluxe-king");
        UUID blockId = addBlock(night, "Confirmed");

        allocate(blockId, night, "deluxe-king", 5);
        assertThat(available(night, "deluxe-king")).isEqualTo(before - 5);

        for (int guest = 1; guest <= 3; guest++) {
            ApiResponse booked = book(blockId, night, "deluxe-king", guest);
            assertThat(booked.status()).as(booked.raw()).isEqualTo(200);
        }
        assertThat(available(night, "deluxe-king")).isEqualTo(before - 5);
        ObjectNode inBlock = limited(ApiClient.UK, 10);
        inBlock.putArray("AvailabilityBlockIds").add(blockId.toString());
        assertThat(ok("reservations/getAll/2023-06-06", inBlock).get("Reservations")).hasSize(3);

        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("AvailabilityBlockIds").add(blockId.toString());
        ApiResponse refused = client().operation("availabilityBlocks/delete", delete);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("Message").asText()).contains("3 reservation(s)");
        assertThat(available(night, "deluxe-king")).isEqualTo(before - 5);

        release(blockId, Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(available(night, "deluxe-king")).isEqualTo(before - 3);
    }

    @Test
    void a_block_takes_no_more_reservations_than_its_units_and_optional_blocks_none() {
        LocalDate night = LocalDate.now(LONDON).plusDays(245);
        UUID confirmed = addBlock(night, "Confirmed");
        UUID optional = addBlock(night, "Optional");
        allocate(confirmed, night, "junior-suite", 1);
        allocate(optional, night, "junior-suite", 1);

        assertThat(book(confirmed, night, "junior-suite", 4).status()).isEqualTo(200);
        ApiResponse full = book(confirmed, night, "junior-suite", 5);
        ApiResponse notConfirmed = book(optional, night, "junior-suite", 6);

        assertThat(full.status()).isEqualTo(403);
        assertThat(full.json().get("Message").asText()).contains("availability block has no");
        assertThat(notConfirmed.status()).isEqualTo(403);
    }

    @Test
    void an_empty_block_is_deleted_and_gives_its_units_back() {
        LocalDate night = LocalDate.now(LONDON).plusDays(250);
        int before = available(night, "standard-double");
        UUID blockId = addBlock(night, "Confirmed");
        allocate(blockId, night, "standard-double", 4);
        assertThat(available(night, "standard-double")).isEqualTo(before - 4);

        ObjectNode adjustments = limited(ApiClient.UK, 1000);
        JsonNode listed = ok("availabilityAdjustments/getAll", adjustments).get("AvailabilityAdjustments");
        assertThat(listed.findValuesAsText("AvailabilityBlockId")).contains(blockId.toString());

        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("AvailabilityBlockIds").add(blockId.toString());
        ok("availabilityBlocks/delete", delete);

        assertThat(available(night, "standard-double")).isEqualTo(before);
        ObjectNode blocks = limited(ApiClient.UK, 10);
        blocks.putObject("Extent").put("AvailabilityBlocks", true);
        blocks.putArray("AvailabilityBlockIds").add(blockId.toString());
        blocks.putArray("ActivityStates").add("Deleted");
        assertThat(ok("availabilityBlocks/getAll", blocks).get("AvailabilityBlocks")).hasSize(1);
    }

    @Test
    void a_rolling_release_frees_nights_that_are_close_enough() {
        LocalDate night = LocalDate.now(LONDON).plusDays(2);
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putArray("AvailabilityBlocks").addObject()
                .put("ServiceId", stayService(UK).toString())
                .put("RateId", baseRate(UK).toString())
                .put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night.plusDays(10)))
                .put("RollingReleaseOffset", "P0M-5DT0H0M0S")
                .put("State", "Confirmed");
        UUID blockId = UUID.fromString(ok("availabilityBlocks/add", body).at("/AvailabilityBlocks/0/Id").asText());
        int nearBefore = available(night, "junior-suite");
        int farBefore = available(night.plusDays(10), "junior-suite");
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ServiceId", stayService(UK).toString());
        ObjectNode item = update.putArray("AvailabilityUpdates").addObject();
        item.put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night.plusDays(10)))
                .put("ResourceCategoryId", category(UK, "junior-suite").toString())
                .put("AvailabilityBlockId", blockId.toString());
        item.putObject("UnitCountAdjustment").put("Value", 2);
        ok("services/updateAvailability", update);

        assertThat(available(night, "junior-suite")).isEqualTo(nearBefore);
        assertThat(available(night.plusDays(10), "junior-suite")).isEqualTo(farBefore - 2);
    }

    @Test
    void the_demo_wedding_block_has_picked_up_reservations() {
        ObjectNode inBlock = limited(ApiClient.UK, 10);
        inBlock.putArray("AvailabilityBlockIds").add(DemoIds.of("uk/availability-block/1").toString());

        JsonNode reservations = ok("reservations/getAll/2023-06-06", inBlock).get("Reservations");

        assertThat(reservations).isNotEmpty();
        assertThat(reservations.get(0).get("AvailabilityBlockId").asText())
                .isEqualTo(DemoIds.of("uk/availability-block/1").toString());
    }
}
