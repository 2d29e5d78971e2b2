package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generic conventions of API Operations, over real HTTP, on operations that need no other feature. */
class ApiConventionsTest extends BothStoresTest {

    private static final String PATH = "/api/connector/v1/";
    private static final Pattern UTC = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$");

    /** Asserts the error shape: the status, a message, and the request id equal to the Request-Id header. */
    static JsonNode assertError(ApiResponse response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("Message").asText()).isNotBlank();
        assertThat(body.get("RequestId").asText()).isNotBlank().isEqualTo(response.header("Request-Id"));
        assertThat(body.has("Details")).isTrue();
        return body;
    }

    private static ObjectNode enterprisesRequest(ApiClient.Tokens tokens) {
        ObjectNode body = ApiClient.body(tokens);
        body.putObject("Limitation").put("Count", 10);
        return body;
    }

    private ApiResponse raw(String operation, String body) {
        return client().send("POST", PATH + operation, body, Map.of());
    }

    // -- paths and methods --

    @ParameterizedTest
    @ValueSource(strings = {"configuration/get/", "Configuration/get", "configuration/Get", "CONFIGURATION/GET",
            "configuration", "configuration/get/extra", "nothing/here", "configuration//get"})
    void an_inexact_path_is_404_in_the_error_shape(String path) {
        ApiResponse response = client().operation(path, ApiClient.body(ApiClient.UK));

        assertThat(assertError(response, 404).get("Message").asText()).contains(path);
    }

    @Test
    void a_path_outside_the_api_is_404_in_the_error_shape() {
        assertError(client().send("POST", "/api/connector/v2/configuration/get", "{}", Map.of()), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void another_method_on_a_known_path_is_405_allowing_post(String method) {
        ApiResponse response = client().send(method, PATH + "configuration/get",
                ApiClient.body(ApiClient.UK).toString(), Map.of());

        assertError(response, 405);
        assertThat(response.header("Allow")).isEqualTo("POST");
    }

    @Test
    void a_body_over_the_size_limit_is_413_in_the_error_shape() {
        String huge = ApiClient.body(ApiClient.UK).put("Client", "c".repeat(6_000_000)).toString();
        String justOver = ApiClient.body(ApiClient.UK).put("Client", "c".repeat((int) ApiServer.MAX_BODY_BYTES)).toString();

        assertError(raw("countries/getAll", huge), 413);
        assertThat(assertError(raw("countries/getAll", justOver), 413).get("Message").asText())
                .contains(Long.toString(ApiServer.MAX_BODY_BYTES));
    }

    @Test
    void a_body_just_under_the_size_limit_is_read() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        int items = (int) (ApiServer.MAX_BODY_BYTES - body.toString().length() - 100) / 1_003;
        var filler = body.putArray("Unknown");
        for (int i = 0; i < items; i++) {
            filler.add("u".repeat(1_000));
        }
        assertThat(body.toString().length()).isBetween((int) ApiServer.MAX_BODY_BYTES - 1_200, (int) ApiServer.MAX_BODY_BYTES);

        assertThat(client().operation("countries/getAll", body).status()).isEqualTo(200);
    }

    @Test
    void json_nested_too_deeply_is_400_saying_so() {
        String deep = "[".repeat(200) + "]".repeat(200);
        String body = ApiClient.body(ApiClient.UK).toString().replaceFirst("\\}$", ",\"Deep\":" + deep + "}");

        assertThat(assertError(raw("configuration/get", body), 400).get("Message").asText()).contains("nested too deeply");
    }

    @Test
    void a_wrong_type_is_explained_in_api_terms_without_java_names() {
        ObjectNode body = ApiClient.body(ApiClient.UK).put("LastName", "Doe").put("OverwriteExisting", false);
        body.putObject("FirstName").put("Value", "John");

        JsonNode error = assertError(client().operation("customers/add", body), 400);

        assertThat(error.get("Message").asText()).isEqualTo("FirstName must be a string.");
        assertThat(error.get("Details").asText()).isEqualTo("FirstName must be a string, but was an object.");
    }

    @Test
    void deprecated_properties_the_server_ignores_are_still_type_checked() {
        ObjectNode card = ApiClient.body(ApiClient.UK).put("LastName", "Doe").put("OverwriteExisting", false)
                .put("IdentityCard", true);
        ObjectNode passport = ApiClient.body(ApiClient.UK).put("LastName", "Doe").put("OverwriteExisting", false);
        passport.putArray("Passport").add(1);

        assertThat(assertError(client().operation("customers/add", card), 400).get("Message").asText())
                .isEqualTo("IdentityCard must be an object.");
        assertThat(assertError(client().operation("customers/add", passport), 400).get("Details").asText())
                .isEqualTo("Passport must be an object, but was an array.");
    }

    @Test
    void null_in_a_list_is_400_naming_the_list() {
        ObjectNode body = enterprisesRequest(ApiClient.UK);
        body.putArray("EnterpriseIds").addNull();

        JsonNode error = assertError(client().operation("enterprises/getAll", body), 400);

        assertThat(error.get("Message").asText()).isEqualTo("EnterpriseIds must not contain null, but EnterpriseIds[0] is null.");
        assertThat(error.get("Details").asText()).isEqualTo("EnterpriseIds[0] must be a GUID, but was null.");
    }

    @Test
    void an_unknown_enum_value_is_400_listing_the_values() {
        ObjectNode body = ApiClient.body(ApiClient.UK).put("LastName", "Doe").put("OverwriteExisting", false)
                .put("Sex", "Unknown");

        assertThat(assertError(client().operation("customers/add", body), 400).get("Message").asText())
                .isEqualTo("Sex must be one of: Male, Female.");
    }

    // -- malformed bodies --

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{not json}", "[]", "[{}]", "42", "\"text\"", "null", "true",
            "{\"Client\": \"x\"} {\"Client\": \"y\"}"})
    void a_body_that_is_not_one_json_object_is_400(String body) {
        JsonNode error = assertError(raw("configuration/get", body), 400);

        assertThat(error.get("Message").asText()).containsAnyOf("JSON", "could not be read");
    }

    @Test
    void a_missing_or_empty_client_is_400_naming_it() {
        ObjectNode missing = ApiClient.body(ApiClient.UK);
        missing.remove("Client");
        ObjectNode empty = ApiClient.body(ApiClient.UK).put("Client", " ");
        ObjectNode wrongType = ApiClient.body(ApiClient.UK);
        wrongType.put("Client", 12);

        for (ObjectNode body : List.of(missing, empty, wrongType)) {
            assertThat(assertError(client().operation("configuration/get", body), 400).get("Message").asText())
                    .contains("Client");
        }
    }

    @Test
    void language_code_without_culture_code_is_400_and_both_together_are_fine() {
        ObjectNode alone = ApiClient.body(ApiClient.UK).put("LanguageCode", "en-GB");
        ObjectNode cultureAlone = ApiClient.body(ApiClient.UK).put("CultureCode", "en-GB");
        ObjectNode both = ApiClient.body(ApiClient.UK).put("LanguageCode", "en-GB").put("CultureCode", "en-GB");

        assertThat(assertError(client().operation("configuration/get", alone), 400).get("Message").asText())
                .contains("LanguageCode", "CultureCode");
        assertError(client().operation("configuration/get", cultureAlone), 400);
        assertThat(client().operation("configuration/get", both).status()).isEqualTo(200);
    }

    @Test
    void a_value_of_the_wrong_type_is_400_naming_the_field() {
        assertBadField("configuration/get", body -> body.put("EnterpriseId", 5), "EnterpriseId");
        assertBadField("configuration/get", body -> body.put("EnterpriseId", "not-a-guid"), "EnterpriseId");
        assertBadField("configuration/get", body -> body.put("EnterpriseId", ""), "EnterpriseId");
        assertBadField("configuration/get", body -> body.putArray("EnterpriseId"), "EnterpriseId");
        assertBadField("enterprises/getAll", body -> body.put("EnterpriseIds", "abc"), "EnterpriseIds");
        assertBadField("enterprises/getAll", body -> body.putArray("EnterpriseIds").add("not-a-guid"), "EnterpriseIds");
        assertBadField("enterprises/getAll", body -> body.putArray("EnterpriseIds").add(42), "EnterpriseIds");
        assertBadField("enterprises/getAll", body -> body.putArray("ExternalIdentifiers").add(true), "ExternalIdentifiers");
        assertBadField("enterprises/getAll", body -> body.put("Limitation", "ten"), "Limitation");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation").put("Count", "ten"), "Limitation.Count");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation").put("Count", true), "Limitation.Count");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation").put("Count", 1.5), "Limitation.Count");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation").put("Count", 5_000_000_000L),
                "Limitation.Count");
        assertBadField("enterprises/getAll", body -> body.putObject("UpdatedUtc").put("StartUtc", 5), "UpdatedUtc.StartUtc");
        assertBadField("enterprises/getAll", body -> body.putObject("UpdatedUtc").put("StartUtc", "yesterday"),
                "UpdatedUtc.StartUtc");
        assertBadField("enterprises/getAll", body -> body.putArray("UpdatedUtc"), "UpdatedUtc");
    }

    @Test
    void limitation_is_required_and_checked() {
        assertBadField("enterprises/getAll", body -> body.remove("Limitation"), "Limitation");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation"), "Limitation.Count");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation").put("Count", 0), "Limitation.Count");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation").put("Count", 1001), "Limitation.Count");
        assertBadField("enterprises/getAll", body -> body.putObject("Limitation").put("Count", -1), "Limitation.Count");
        assertBadField("enterprises/getAll",
                body -> body.putObject("Limitation").put("Count", 10).put("Cursor", "abc"), "Limitation.Cursor");
        assertBadField("enterprises/getAll",
                body -> body.putObject("Limitation").put("Count", 10).put("Cursor", UUID.randomUUID().toString()),
                "Limitation.Cursor");
    }

    @Test
    void a_filter_interval_that_is_reversed_too_long_or_half_open_is_400() {
        assertBadField("enterprises/getAll", body -> body.putObject("UpdatedUtc")
                .put("StartUtc", "2026-02-01T00:00:00Z").put("EndUtc", "2026-01-01T00:00:00Z"), "UpdatedUtc");
        assertBadField("enterprises/getAll", body -> body.putObject("UpdatedUtc")
                .put("StartUtc", "2026-01-01T00:00:00Z").put("EndUtc", "2026-06-01T00:00:00Z"), "UpdatedUtc");
        assertBadField("enterprises/getAll", body -> body.putObject("LinkedUtc")
                .put("StartUtc", "2026-01-01T00:00:00Z"), "LinkedUtc.EndUtc");
    }

    private void assertBadField(String operation, Consumer<ObjectNode> change, String field) {
        ObjectNode body = enterprisesRequest(ApiClient.UK);
        change.accept(body);
        ApiResponse response = client().operation(operation, body);
        assertThat(assertError(response, 400).get("Message").asText()).as(body.toString()).contains(field);
    }

    // -- tokens --

    @Test
    void missing_or_unknown_tokens_are_401() {
        ApiClient.Tokens uk = ApiClient.UK;
        String appTwoUkAccessToken = DemoCredentials.APPLICATIONS.get(1).ukAccessToken();
        List<ObjectNode> bodies = new ArrayList<>();
        ObjectNode noClientToken = ApiClient.body(uk);
        noClientToken.remove("ClientToken");
        bodies.add(noClientToken);
        ObjectNode noAccessToken = ApiClient.body(uk);
        noAccessToken.remove("AccessToken");
        bodies.add(noAccessToken);
        bodies.add(ApiClient.body(uk).put("ClientToken", ""));
        bodies.add(ApiClient.body(uk).put("AccessToken", ""));
        bodies.add(ApiClient.body(new ApiClient.Tokens("UNKNOWN-CLIENT-TOKEN", uk.accessToken())));
        bodies.add(ApiClient.body(new ApiClient.Tokens(uk.clientToken(), "UNKNOWN-ACCESS-TOKEN")));
        bodies.add(ApiClient.body(new ApiClient.Tokens(uk.clientToken(), appTwoUkAccessToken)));
        bodies.add(ApiClient.body(new ApiClient.Tokens(uk.accessToken(), uk.clientToken())));

        for (ObjectNode body : bodies) {
            assertError(client().operation("configuration/get", body), 401);
        }
    }

    @Test
    void every_demo_application_reaches_its_two_hotels() {
        for (DemoCredentials.DemoApplication application : DemoCredentials.APPLICATIONS) {
            for (String accessToken : List.of(application.ukAccessToken(), application.usAccessToken())) {
                ApiResponse response = client().operation("configuration/get",
                        ApiClient.body(new ApiClient.Tokens(application.clientToken(), accessToken)));
                assertThat(response.status()).as(application.name()).isEqualTo(200);
            }
        }
    }

    // -- Prefer, unknown input, numbers as text --

    @Test
    void prefer_return_minimal_turns_an_empty_page_into_204_without_body() {
        ObjectNode nothing = enterprisesRequest(ApiClient.PORTFOLIO);
        nothing.putArray("ExternalIdentifiers").add("NO-SUCH-HOTEL");
        Map<String, String> minimal = Map.of("Prefer", "return=minimal");

        ApiResponse empty = client().operation("enterprises/getAll", nothing, minimal);
        ApiResponse full = client().operation("enterprises/getAll", enterprisesRequest(ApiClient.PORTFOLIO), minimal);
        ApiResponse emptyWithoutPrefer = client().operation("enterprises/getAll", nothing);

        assertThat(empty.status()).isEqualTo(204);
        assertThat(empty.raw()).isEmpty();
        assertThat(empty.header("Content-Type")).isNull();
        assertThat(empty.header("Request-Id")).isNotBlank();
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().get("Enterprises").size()).isEqualTo(2);
        assertThat(emptyWithoutPrefer.status()).isEqualTo(200);
        assertThat(emptyWithoutPrefer.json().get("Enterprises").size()).isZero();
        assertThat(emptyWithoutPrefer.json().get("Cursor").isNull()).isTrue();
    }

    @Test
    void unknown_properties_and_headers_are_ignored() {
        ObjectNode body = enterprisesRequest(ApiClient.UK);
        body.put("SomethingNew", "value");
        body.putObject("Nested").putArray("Deeper").add(1).add("two");
        ((ObjectNode) body.get("Limitation")).put("Extra", true);
        ApiResponse response = client().operation("enterprises/getAll", body,
                Map.of("X-Partner-Trace", "abc-123", "Accept-Language", "cs-CZ"));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().get("Enterprises").size()).isEqualTo(1);
    }

    @Test
    void a_numeric_string_is_accepted_for_a_number() {
        ObjectNode body = enterprisesRequest(ApiClient.PORTFOLIO);
        ((ObjectNode) body.get("Limitation")).put("Count", "1");

        ApiResponse response = client().operation("enterprises/getAll", body);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().get("Enterprises").size()).isEqualTo(1);
    }

    @Test
    void property_names_match_regardless_of_case() {
        ObjectNode body = ApiClient.body(ApiClient.PORTFOLIO);
        body.putObject("limitation").put("count", 1);

        assertThat(client().operation("enterprises/getAll", body).status()).isEqualTo(200);
    }

    // -- details and times --

    @Test
    void sandbox_errors_carry_details() {
        ObjectNode body = enterprisesRequest(ApiClient.UK);
        ((ObjectNode) body.get("Limitation")).put("Count", "ten");

        JsonNode error = assertError(client().operation("enterprises/getAll", body), 400);

        assertThat(error.get("Details").isTextual()).isTrue();
        assertThat(error.get("Details").asText()).isNotBlank();
    }

    @Test
    void every_utc_time_in_responses_is_whole_seconds_in_utc() {
        List<JsonNode> responses = List.of(
                client().operation("configuration/get", ApiClient.body(ApiClient.UK)).json(),
                client().operation("configuration/get", ApiClient.body(ApiClient.US)).json(),
                client().operation("enterprises/getAll", enterprisesRequest(ApiClient.PORTFOLIO)).json(),
                client().operation("taxEnvironments/getAll", ApiClient.body(ApiClient.UK)).json(),
                client().operation("taxations/getAll", ApiClient.body(ApiClient.UK)).json());
        List<String> times = new ArrayList<>();
        responses.forEach(response -> collectUtcTimes(response, times));

        assertThat(times).hasSizeGreaterThan(10);
        assertThat(times).allMatch(time -> UTC.matcher(time).matches());
    }

    private static void collectUtcTimes(JsonNode node, List<String> into) {
        if (node.isArray()) {
            node.forEach(item -> collectUtcTimes(item, into));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().endsWith("Utc") && field.getValue().isTextual()) {
                    into.add(field.getValue().asText());
                }
                collectUtcTimes(field.getValue(), into);
            }
        }
    }
}
