package dev.connector.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every operation we serve accepts the spec's own request example (with demo tokens) without a 5xx, and when
 * it answers 200 the body matches the response schema. Written once for all operations, current and future.
 */
class SpecExamplesTest extends BothStoresTest {

    @Test
    void every_operation_is_described_by_the_spec() {
        SpecContract.instance();
        List<String> unknown = server.connector().operationPaths().stream()
                .filter(path -> !SpecContract.describes(path))
                .toList();

        assertThat(unknown).as("operations we serve that the spec does not describe").isEmpty();
    }

    @Test
    void spec_request_examples_never_get_a_server_error_and_successes_match_the_schema() {
        SpecContract.instance();
        List<String> failures = new ArrayList<>();
        for (String path : server.connector().operationPaths()) {
            for (ApiClient.Tokens tokens : List.of(ApiClient.UK, ApiClient.PORTFOLIO)) {
                Optional<ObjectNode> example = SpecContract.requestExample(path, tokens);
                if (example.isEmpty()) {
                    continue;
                }
                ApiResponse response = client().operation(path, example.get());
                if (response.status() >= 500) {
                    failures.add(path + " answered " + response.status() + ": " + response.raw());
                } else if (response.status() == 200) {
                    var errors = SpecContract.instance().validateResponse(path, response.json());
                    if (!errors.isEmpty()) {
                        failures.add(path + " 200 does not match the schema: " + errors);
                    }
                } else {
                    assertThat(response.json().has("Message")).as(path + " error shape").isTrue();
                }
            }
        }

        assertThat(failures).isEmpty();
    }
}
