package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.ApiJson;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binding failures answered in the API's terms: path as written, what the property must be, what was sent. */
class RequestBodiesTest {

    enum Color { Red, Green }

    record Item(UUID itemId, Integer count) {
        Item {
            Require.present(itemId, "ItemId");
        }
    }

    record Sample(String name, UUID id, List<UUID> ids, List<Color> colors, Instant at, Integer count, Long total,
                  BigDecimal amount, Boolean flag, LocalDate date, Map<String, Boolean> hours, UpdateValue<Color> state,
                  Limitation limitation, List<Item> items) {
    }

    private final ObjectMapper json = ApiJson.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"Name": {}} | Name must be a string. | Name must be a string, but was an object.
            {"name": [1]} | name must be a string. | name must be a string, but was an array.
            {"Id": "x"} | Id must be a GUID. | Id must be a GUID, but was a string ("x").
            {"Id": ""} | Id must be a GUID. | Id must be a GUID, but was an empty string.
            {"Ids": {}} | Ids must be an array. | Ids must be an array, but was an object.
            {"Ids": [null]} | Ids must not contain null, but Ids[0] is null. | Ids[0] must be a GUID, but was null.
            {"Colors": ["Blue"]} | Colors[0] must be one of: Red, Green. | Colors[0] must be one of: Red, Green, but was a string ("Blue").
            {"At": 5} | At must be an ISO 8601 date and time. | At must be an ISO 8601 date and time, but was a number (5).
            {"Count": 1.5} | Count must be an integer. | Count must be an integer, but was a number (1.5).
            {"Count": true} | Count must be an integer. | Count must be an integer, but was true.
            {"Count": ""} | Count must be an integer. | Count must be an integer, but was an empty string.
            {"Flag": ""} | Flag must be true or false. | Flag must be true or false, but was an empty string.
            {"Amount": "ten"} | Amount must be a number. | Amount must be a number, but was a string ("ten").
            {"Flag": "true"} | Flag must be true or false. | Flag must be true or false, but was a string ("true").
            {"Date": 5} | Date must be an ISO 8601 date. | Date must be an ISO 8601 date, but was a number (5).
            {"Hours": {"Zero": null}} | Hours must not contain null, but Hours.Zero is null. | Hours.Zero must be true or false, but was null.
            {"State": {"Value": 2}} | State.Value must be one of: Red, Green. | State.Value must be one of: Red, Green, but was a number (2).
            {"Limitation": {"Count": []}} | Limitation.Count must be an integer. | Limitation.Count must be an integer, but was an empty array.
            """)
    void a_value_of_the_wrong_type_or_form_is_named_and_explained(String body, String message, String details) {
        InvalidRequest error = bindFailure(body);

        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.details()).isEqualTo(details);
    }

    @Test
    void a_number_out_of_range_is_named_with_the_range() {
        InvalidRequest error = bindFailure("{\"Count\": 5000000000}");

        assertThat(error.getMessage()).isEqualTo("Count must be an integer from -2147483648 to 2147483647.");
        assertThat(error.details()).endsWith(", but was a number (5000000000).");
    }

    @Test
    void the_path_goes_through_items_of_lists() {
        InvalidRequest error = bindFailure("{\"Items\": [{\"ItemId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\"}, {\"Count\": \"x\"}]}");

        assertThat(error.getMessage()).isEqualTo("Items[1].Count must be an integer.");
        assertThat(error.details()).isEqualTo("Items[1].Count must be an integer, but was a string (\"x\").");
    }

    @Test
    void a_nested_record_names_its_own_property_and_the_binder_says_where_it_sits() {
        InvalidRequest error = bindFailure("{\"Items\": [{\"ItemId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\"}, {}]}");

        assertThat(error.getMessage()).isEqualTo("Items[1].ItemId is required.");
    }

    @Test
    void a_message_that_already_names_its_place_is_kept() {
        assertThat(bindFailure("{\"Limitation\": {\"Count\": 0}}").getMessage())
                .isEqualTo("Limitation.Count must be between 1 and 1000, but was 0.");
    }

    @Test
    void a_long_text_is_described_by_its_length() {
        InvalidRequest error = bindFailure("{\"Id\": \"" + "x".repeat(100) + "\"}");

        assertThat(error.details()).isEqualTo("Id must be a GUID, but was a string of 100 characters.");
    }

    @Test
    void json_that_is_not_well_formed_is_described_without_java_names() {
        for (String body : List.of("{", "{not json}", "{} {}", "{\"a\": NaN}", "{\"a\": 01}")) {
            InvalidRequest error = catchThrowableOfType(InvalidRequest.class,
                    () -> RequestBodies.readObject(json, body.getBytes(StandardCharsets.UTF_8)));

            assertThat(error.getMessage()).as(body).isEqualTo("The request body is not valid JSON.");
            assertThat(error.details()).as(body).contains("line 1").doesNotContain("`", "java.", "Json");
        }
    }

    @Test
    void json_nested_too_deeply_is_refused_with_a_message_that_says_so() {
        String deep = "[".repeat(ApiJson.MAX_NESTING_DEPTH + 1) + "]".repeat(ApiJson.MAX_NESTING_DEPTH + 1);

        InvalidRequest error = catchThrowableOfType(InvalidRequest.class,
                () -> RequestBodies.readObject(json, ("{\"A\": " + deep + "}").getBytes(StandardCharsets.UTF_8)));

        assertThat(error.getMessage()).contains("nested too deeply");
    }

    private InvalidRequest bindFailure(String body) {
        JsonNode tree = RequestBodies.readObject(json, body.getBytes(StandardCharsets.UTF_8));
        return catchThrowableOfType(InvalidRequest.class, () -> RequestBodies.bind(json, tree, Sample.class));
    }
}
