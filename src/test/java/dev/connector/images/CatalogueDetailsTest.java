package dev.connector.images;

import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** tasks/add and the catalogue details: room features, room type images (really served) and language texts. */
class CatalogueDetailsTest extends BothStoresTest {

    private static final UUID UK_ENTERPRISE = DemoIds.of("uk/enterprise");

    @Test
    void a_task_is_added_to_a_department_and_listed_with_its_deadline() {
        ObjectNode add = ApiClient.body(ApiClient.UK);
        Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        add.put("Name", "Replace the kettle in room 204");
        add.put("Description", "The guest reported it trips the fuse.");
        add.put("DeadlineUtc", deadline.toString());
        add.put("DepartmentId", DemoIds.of("uk/department/2").toString());
        long before = OutboxRow.lastPosition(server);

        ApiResponse added = client().operation("tasks/add", add);

        assertThat(added.status()).isEqualTo(200);
        SpecContract.assertValidResponse("tasks/add", added.json());
        String taskId = added.json().get("TaskId").asText();
        ObjectNode get = limited(ApiClient.UK, 10);
        get.putArray("TaskIds").add(taskId);
        JsonNode task = client().operation("tasks/getAll", get).json().get("Tasks").get(0);
        assertThat(task.get("Name").asText()).isEqualTo("Replace the kettle in room 204");
        assertThat(task.get("State").asText()).isEqualTo("Open");
        assertThat(Instant.parse(task.get("DeadlineUtc").asText())).isEqualTo(deadline);
        assertThat(task.get("DepartmentId").asText()).isEqualTo(DemoIds.of("uk/department/2").toString());
        assertThat(OutboxRow.after(server, before)).as("tasks have no events").isEmpty();
    }

    @Test
    void a_task_needs_a_name_and_a_deadline_and_a_department_of_the_hotel() {
        ObjectNode noDeadline = ApiClient.body(ApiClient.UK);
        noDeadline.put("Name", "Water the plants");
        ObjectNode foreignDepartment = ApiClient.body(ApiClient.UK);
        foreignDepartment.put("Name", "Water the plants");
        foreignDepartment.put("DeadlineUtc", Instant.now().toString());
        foreignDepartment.put("DepartmentId", DemoIds.of("us/department/1").toString());

        ApiResponse missing = client().operation("tasks/add", noDeadline);
        ApiResponse foreign = client().operation("tasks/add", foreignDepartment);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("Message").asText()).contains("DeadlineUtc");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("Message").asText()).contains("DepartmentId");
    }

    @Test
    void room_features_of_the_service_are_listed_with_their_rooms() {
        ObjectNode features = limited(ApiClient.UK, 100);
        features.putArray("ServiceIds").add(CatalogueIds.of(UK_ENTERPRISE, "service/stay").toString());
        features.putArray("ActivityStates").add("Active");

        ApiResponse response = client().operation("resourceFeatures/getAll", features);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceFeatures/getAll", response.json());
        assertThat(response.json().get("ResourceFeatures")).hasSize(7);
        String riverView = DemoIds.of("uk/resource-feature/RiverView").toString();
        assertThat(ids(response.json().get("ResourceFeatures"))).contains(riverView)
                .doesNotContain(DemoIds.of("uk/resource-feature/TwinBeds").toString());

        ObjectNode assignments = limited(ApiClient.UK, 100);
        assignments.putArray("ResourceFeatureIds").add(riverView);
        ApiResponse assigned = client().operation("resourceFeatureAssignments/getAll", assignments);

        assertThat(assigned.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceFeatureAssignments/getAll", assigned.json());
        JsonNode items = assigned.json().get("ResourceFeatureAssignments");
        assertThat(items).hasSize(10);
        assertThat(items.get(0).get("ResourceId").asText())
                .isEqualTo(CatalogueIds.of(UK_ENTERPRISE, "resource/201").toString());
    }

    @Test
    void room_type_images_are_listed_and_served_at_the_requested_size() throws Exception {
        ObjectNode assignments = limited(ApiClient.UK, 100);
        assignments.putArray("ResourceCategoryIds")
                .add(CatalogueIds.of(UK_ENTERPRISE, "resource-category/junior-suite").toString());
        ApiResponse listed = client().operation("resourceCategoryImageAssignments/getAll", assignments);
        assertThat(listed.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resourceCategoryImageAssignments/getAll", listed.json());
        JsonNode items = listed.json().get("ResourceCategoryImageAssignments");
        assertThat(items).hasSize(2);
        String lounge = items.get(1).get("ImageId").asText();

        ObjectNode urls = ApiClient.body(ApiClient.UK);
        ObjectNode fit = urls.putArray("Images").addObject();
        fit.put("ImageId", lounge).put("Width", 200).put("Height", 150).put("ResizeMode", "Fit");
        ObjectNode exact = ((com.fasterxml.jackson.databind.node.ArrayNode) urls.get("Images")).addObject();
        exact.put("ImageId", lounge).put("Width", 200).put("Height", 150).put("ResizeMode", "CoverExact");
        ApiResponse response = client().operation("images/getUrls", urls);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("images/getUrls", response.json());
        String fitUrl = response.json().get("ImageUrls").get(0).get("Url").asText();
        assertThat(fitUrl).startsWith("http").contains(lounge).contains("Mode=Fit");
        BufferedImage fitted = download(fitUrl);
        BufferedImage covered = download(response.json().get("ImageUrls").get(1).get("Url").asText());
        assertThat(fitted.getHeight()).as("the 600 x 800 lounge fits in 150 pixels of height").isEqualTo(150);
        assertThat(fitted.getWidth()).isLessThan(200);
        assertThat(covered.getWidth()).isEqualTo(200);
        assertThat(covered.getHeight()).isEqualTo(150);
    }

    @Test
    void image_urls_are_only_given_for_images_of_the_enterprise() {
        ObjectNode urls = ApiClient.body(ApiClient.UK);
        urls.putArray("Images").addObject().put("ImageId", DemoIds.of("us/image/deluxe-king/1").toString());

        ApiResponse response = client().operation("images/getUrls", urls);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("Images[0].ImageId");
    }

    @Test
    void texts_come_in_each_language_with_fallbacks() {
        ObjectNode request = ApiClient.body(ApiClient.UK);
        request.putArray("LanguageCodes").add("en-GB").add("cs-CZ").add("de-AT");
        request.put("Scope", "");

        ApiResponse response = client().operation("languages/getTexts", request);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("languages/getTexts", response.json());
        JsonNode texts = response.json().get("LanguageTexts");
        assertThat(texts.get(0).get("LanguageCode").asText()).isEqualTo("en-GB");
        assertThat(texts.get(0).get("Texts").get("AdultPlural").asText()).isEqualTo("Adults");
        assertThat(texts.get(1).get("Texts").get("Room").asText()).isEqualTo("Pokoj");
        assertThat(texts.get(2).get("Texts").get("Room").asText()).isEqualTo("Zimmer");

        ObjectNode unknown = ApiClient.body(ApiClient.UK);
        unknown.putArray("LanguageCodes").add("xx-XX");
        unknown.put("Scope", "");
        assertThat(client().operation("languages/getTexts", unknown).status()).isEqualTo(400);
    }

    @Test
    void occupancy_follows_blocks_and_todays_reservations() {
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        java.time.LocalDate today = java.time.LocalDate.now(london);
        ObjectNode reservation = ApiClient.JSON.createObjectNode();
        reservation.put("Identifier", "tonight");
        reservation.put("StartUtc", today.atTime(15, 0).atZone(london).toInstant().toString());
        reservation.put("EndUtc", today.plusDays(1).atTime(11, 0).atZone(london).toInstant().toString());
        reservation.put("CustomerId", DemoIds.of("uk/customer/9").toString());
        reservation.put("RequestedCategoryId", category("junior-suite"));
        reservation.put("RateId", CatalogueIds.of(UK_ENTERPRISE, "rate/best-available").toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", CatalogueIds.of(UK_ENTERPRISE, "age-category/adult").toString()).put("Count", 1);
        ObjectNode add = ApiClient.body(ApiClient.UK);
        add.put("ServiceId", CatalogueIds.of(UK_ENTERPRISE, "service/stay").toString());
        add.put("CheckOverbooking", false);
        add.putArray("Reservations").add(reservation);
        JsonNode booked = client().operation("reservations/add", add).json();
        String room = booked.path("Reservations").path(0).path("Reservation").path("AssignedResourceId").asText(null);

        ObjectNode request = ApiClient.body(ApiClient.UK);
        request.putArray("ResourceCategoryIds").add(category("deluxe-king")).add(category("junior-suite"));
        ApiResponse response = client().operation("resources/getOccupancyState", request);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("resources/getOccupancyState", response.json());
        JsonNode categories = response.json().get("ResourceCategoryOccupancyStates");
        assertThat(categories.get(0).get("ResourceOccupancyStates")).hasSize(10);
        JsonNode room208 = stateOf(categories.get(0), CatalogueIds.of(UK_ENTERPRISE, "resource/208").toString());
        assertThat(room208.get("OccupancyState").asText()).isEqualTo("OutOfOrder");
        assertThat(room208.get("ResourceState").asText()).isEqualTo("OutOfOrder");
        if (room != null) {
            assertThat(stateOf(categories.get(1), room).get("OccupancyState").asText()).startsWith("Reserved");
        }

        ObjectNode outOfOrder = ApiClient.body(ApiClient.UK);
        outOfOrder.putArray("ResourceCategoryIds").add(category("deluxe-king"));
        outOfOrder.putArray("OccupancyStates").add("OutOfOrder");
        JsonNode only = client().operation("resources/getOccupancyState", outOfOrder).json()
                .get("ResourceCategoryOccupancyStates").get(0).get("ResourceOccupancyStates");
        assertThat(only).hasSize(1);

        ObjectNode foreign = ApiClient.body(ApiClient.UK);
        foreign.putArray("ResourceCategoryIds")
                .add(CatalogueIds.of(DemoIds.of("us/enterprise"), "resource-category/deluxe-king").toString());
        assertThat(client().operation("resources/getOccupancyState", foreign).status()).isEqualTo(400);
    }

    private static String category(String key) {
        return CatalogueIds.of(UK_ENTERPRISE, "resource-category/" + key).toString();
    }

    private static JsonNode stateOf(JsonNode category, String resourceId) {
        for (JsonNode state : category.get("ResourceOccupancyStates")) {
            if (state.get("ResourceId").asText().equals(resourceId)) {
                return state;
            }
        }
        throw new AssertionError("No occupancy state for " + resourceId + " in " + category);
    }

    private static BufferedImage download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/png"));
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }
}
