package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationsAdminTest extends BothStoresTest {

    @Test
    void registering_an_application_answers_201_with_a_new_client_token() {
        ApiResponse response = client().admin("POST", "/admin/v1/applications",
                ApiClient.JSON.createObjectNode().put("Name", "  Channel Manager Inc.  "));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Request-Id")).isNotBlank();
        JsonNode application = response.json();
        assertThat(application.get("Name").asText()).isEqualTo("Channel Manager Inc.");
        assertThat(application.get("Id").asText()).matches("[0-9a-f-]{36}");
        assertThat(application.get("ClientToken").asText()).matches("[0-9A-F]{32}-[0-9A-F]{31}");
        assertThat(application.get("CreatedUtc").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void the_list_holds_the_demo_applications_and_new_ones_in_one_plural_array() {
        String id = client().admin("POST", "/admin/v1/applications",
                ApiClient.JSON.createObjectNode().put("Name", "Listed app")).json().get("Id").asText();

        ApiResponse response = client().admin("GET", "/admin/v1/applications", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().properties()).extracting(Map.Entry::getKey).containsExactly("Applications");
        List<String> tokens = response.json().get("Applications").findValuesAsText("ClientToken");
        assertThat(tokens).containsAll(DemoCredentials.APPLICATIONS.stream()
                .map(DemoCredentials.DemoApplication::clientToken).toList());
        assertThat(response.json().get("Applications").findValuesAsText("Id")).contains(id);
    }

    @Test
    void an_application_without_a_name_is_400_naming_the_field() {
        ApiResponse missing = client().admin("POST", "/admin/v1/applications", ApiClient.JSON.createObjectNode());
        ApiResponse blank = client().admin("POST", "/admin/v1/applications",
                ApiClient.JSON.createObjectNode().put("Name", " "));
        ApiResponse number = client().admin("POST", "/admin/v1/applications",
                ApiClient.JSON.createObjectNode().put("Name", 12));

        for (ApiResponse response : List.of(missing, blank, number)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("Message").asText()).contains("Name");
            assertThat(response.json().get("RequestId").asText()).isEqualTo(response.header("Request-Id"));
        }
    }

    @Test
    void a_body_that_is_not_a_json_object_is_400() {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + dev.connector.testing.RunningConnector.ADMIN_TOKEN);

        assertThat(client().send("POST", "/admin/v1/applications", "[]", headers).status()).isEqualTo(400);
        assertThat(client().send("POST", "/admin/v1/applications", "{", headers).status()).isEqualTo(400);
        assertThat(client().send("POST", "/admin/v1/applications", null, headers).status()).isEqualTo(400);
    }

    @Test
    void every_admin_endpoint_is_401_without_the_admin_token() {
        String someId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/admin/v1/applications"},
                new String[] {"POST", "/admin/v1/applications"},
                new String[] {"GET", "/admin/v1/enterprises"},
                new String[] {"POST", "/admin/v1/enterprises"},
                new String[] {"GET", "/admin/v1/integrations"},
                new String[] {"POST", "/admin/v1/integrations"},
                new String[] {"GET", "/admin/v1/integrations/" + someId},
                new String[] {"POST", "/admin/v1/integrations/" + someId + "/disable"},
                new String[] {"POST", "/admin/v1/integrations/" + someId + "/enable"},
                new String[] {"POST", "/admin/v1/integrations/" + someId + "/cancel"},
                new String[] {"POST", "/admin/v1/integrations/" + someId + "/reinstate"},
                new String[] {"DELETE", "/admin/v1/integrations/" + someId},
                new String[] {"POST", "/admin/v1/integrations/" + someId + "/api-keys"},
                new String[] {"POST", "/admin/v1/sandbox/reset"});

        for (String[] endpoint : endpoints) {
            ApiResponse response = client().send(endpoint[0], endpoint[1], "{}", Map.of());
            assertThat(response.status()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(401);
            assertThat(response.json().get("Message").asText()).isNotBlank();
        }
    }
}
