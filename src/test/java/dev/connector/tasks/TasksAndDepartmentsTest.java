package dev.connector.tasks;

import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TasksAndDepartmentsTest extends BothStoresTest {

    @Test
    void the_departments_of_the_hotel_are_listed_as_the_spec_describes() {
        ApiResponse response = client().operation("departments/getAll", limited(ApiClient.UK, 100));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("departments/getAll", response.json());
        assertThat(names(response.json().get("Departments"))).containsExactly("Housekeeping", "Maintenance", "Reception");
        assertThat(response.json().get("Departments").get(0).get("EnterpriseId").asText()).isEqualTo(id("uk/enterprise"));
    }

    @Test
    void departments_are_filtered_by_id_and_scoped_by_enterprise() {
        ObjectNode byId = limited(ApiClient.PORTFOLIO, 100);
        byId.putArray("DepartmentIds").add(id("us/department/2"));
        ObjectNode foreign = limited(ApiClient.UK, 100);
        foreign.putArray("EnterpriseIds").add(id("us/enterprise"));

        assertThat(ids(client().operation("departments/getAll", byId).json().get("Departments")))
                .containsExactly(id("us/department/2"));
        assertThat(client().operation("departments/getAll", foreign).status()).isEqualTo(403);
        assertThat(client().operation("departments/getAll", limited(ApiClient.PORTFOLIO, 100)).json().get("Departments"))
                .hasSize(6);
    }

    @Test
    void the_tasks_of_the_hotel_are_listed_as_the_spec_describes() {
        ApiResponse response = client().operation("tasks/getAll", limited(ApiClient.US, 100));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("tasks/getAll", response.json());
        JsonNode tasks = response.json().get("Tasks");
        assertThat(tasks).hasSize(8);
        assertThat(tasks.get(0).get("State").asText()).isEqualTo("Closed");
        assertThat(tasks.get(2).get("State").asText()).isEqualTo("Open");
        assertThat(tasks.get(0).get("DepartmentId").asText()).isEqualTo(id("us/department/1"));
        assertThat(response.json().get("Cursor").asText()).isEqualTo(id("us/task/8"));
    }

    @Test
    void tasks_are_paged_by_cursor() {
        JsonNode first = client().operation("tasks/getAll", limited(ApiClient.UK, 5)).json();
        ObjectNode next = limited(ApiClient.UK, 5);
        ((ObjectNode) next.get("Limitation")).put("Cursor", first.get("Cursor").asText());
        JsonNode second = client().operation("tasks/getAll", next).json();

        assertThat(ids(first.get("Tasks"))).hasSize(5);
        assertThat(ids(second.get("Tasks"))).hasSize(3).doesNotContainAnyElementsOf(ids(first.get("Tasks")));
    }

    @Test
    void tasks_are_filtered_by_closing_time_and_department() {
        Instant now = Instant.now();
        ObjectNode closed = limited(ApiClient.UK, 100);
        interval(closed, "ClosedUtc", now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)));
        ObjectNode housekeepingDueSoon = limited(ApiClient.UK, 100);
        interval(housekeepingDueSoon, "DeadlineUtc", now, now.plus(Duration.ofDays(2)));
        housekeepingDueSoon.putArray("DepartmentIds").add(id("uk/department/1"));

        assertThat(ids(client().operation("tasks/getAll", closed).json().get("Tasks")))
                .containsExactly(id("uk/task/1"), id("uk/task/2"), id("uk/task/6"));
        assertThat(ids(client().operation("tasks/getAll", housekeepingDueSoon).json().get("Tasks")))
                .containsExactly(id("uk/task/5"), id("uk/task/8"));
    }

    @Test
    void departments_alone_are_not_a_task_filter() {
        ObjectNode body = limited(ApiClient.UK, 100);
        body.putArray("DepartmentIds").add(id("uk/department/1"));

        ApiResponse response = client().operation("tasks/getAll", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("DepartmentIds");
    }

    @Test
    void tasks_of_the_other_hotel_are_not_returned() {
        ObjectNode body = limited(ApiClient.UK, 100);
        body.putArray("TaskIds").add(id("us/task/1")).add(id("uk/task/1"));

        assertThat(ids(client().operation("tasks/getAll", body).json().get("Tasks"))).containsExactly(id("uk/task/1"));
    }

    private static void interval(ObjectNode body, String name, Instant start, Instant end) {
        body.putObject(name).put("StartUtc", start.toString()).put("EndUtc", end.toString());
    }

    private static String id(String name) {
        return DemoIds.of(name).toString();
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("Name").asText()));
        return names;
    }
}
