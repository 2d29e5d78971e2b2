package dev.connector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.demo.DemoData;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.LiveStreamClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ApiFaultsTest extends FaultsTest {

    private ApiResponse configuration() {
        return client().operation("configuration/get", ApiClient.body(ApiClient.UK));
    }

    private ApiResponse services() {
        return client().operation("services/getAll", ApiClient.limited(ApiClient.UK, 10));
    }

    @Test
    void a_429_is_answered_in_the_error_shape_with_retry_after_and_names_the_rule() {
        JsonNode rule = add(rule("Api", "Status").put("Status", 429).put("Operation", "configuration/get"));

        ApiResponse response = configuration();

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.json().get("Message").asText()).contains(rule.get("Id").asText());
        assertThat(response.json().get("RequestId").asText()).isEqualTo(response.header("Request-Id"));
        assertThat(response.json().has("Details")).isTrue();
    }

    @Test
    void a_fired_rule_shows_on_the_live_stream_with_its_id() {
        try (LiveStreamClient live = LiveStreamClient.subscribed(server.baseUrl(), "Kind=Fault")) {
            JsonNode rule = add(rule("Api", "Status").put("Status", 503).put("Count", 1)
                    .put("Operation", "configuration/get"));

            assertThat(configuration().status()).isEqualTo(503);

            LiveStreamClient.Received fired = live.await(event -> event.name().equals("Fault"));
            JsonNode data = fired.data().get("Data");
            assertThat(data.get("RuleId").asText()).isEqualTo(rule.get("Id").asText());
            assertThat(data.get("Target").asText()).isEqualTo("Api");
            assertThat(data.get("Fault").asText()).isEqualTo("Status");
            assertThat(data.get("Operation").asText()).isEqualTo("configuration/get");
        }
    }

    @Test
    void each_server_status_is_answered_with_its_code_and_the_rule_in_the_message() {
        for (int status : new int[] {500, 503, 408}) {
            JsonNode rule = add(rule("Api", "Status").put("Status", status).put("Count", 1));

            ApiResponse response = configuration();

            assertThat(response.status()).isEqualTo(status);
            assertThat(response.json().get("Message").asText()).contains(rule.get("Id").asText());
            assertThat(response.json().get("Details").asText()).contains(rule.get("Id").asText());
        }
        assertThat(configuration().status()).isEqualTo(200);
        assertThat(injectedMetric("Api", "Status")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_count_is_spent_once_per_request_and_then_the_operation_runs_again() {
        JsonNode rule = add(rule("Api", "Status").put("Status", 503).put("Count", 2));

        assertThat(configuration().status()).isEqualTo(503);
        assertThat(stored(rule).get("Remaining").asInt()).isEqualTo(1);
        assertThat(configuration().status()).isEqualTo(503);
        assertThat(configuration().status()).isEqualTo(200);
        JsonNode spent = stored(rule);
        assertThat(spent.get("Remaining").asInt()).isZero();
        assertThat(spent.get("Injected").asInt()).isEqualTo(2);
    }

    @Test
    void concurrent_requests_spend_a_count_exactly() throws Exception {
        add(rule("Api", "Status").put("Status", 500).put("Count", 5).put("Operation", "configuration/get"));
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 24; i++) {
                answers.add(callers.submit(() -> configuration().status()));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }

        assertThat(statuses).filteredOn(status -> status == 500).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(19);
    }

    @Test
    void a_rule_for_one_operation_leaves_the_others_alone() {
        add(rule("Api", "Status").put("Status", 500).put("Operation", "services/getAll"));

        assertThat(configuration().status()).isEqualTo(200);
        assertThat(services().status()).isEqualTo(500);
    }

    @Test
    void a_rule_for_another_application_or_enterprise_leaves_the_caller_alone() {
        add(rule("Api", "Status").put("Status", 500).put("ApplicationId", newApplication().toString()));
        add(rule("Api", "Status").put("Status", 500).put("EnterpriseId", DemoData.US_ENTERPRISE_ID.toString()));

        assertThat(configuration().status()).isEqualTo(200);
        assertThat(client().operation("configuration/get", ApiClient.body(ApiClient.US)).status()).isEqualTo(500);
    }

    @Test
    void probability_zero_never_applies_and_probability_one_always_does() {
        JsonNode never = add(rule("Api", "Status").put("Status", 500).put("Probability", 0)
                .put("Operation", "configuration/get"));
        for (int i = 0; i < 10; i++) {
            assertThat(configuration().status()).isEqualTo(200);
        }
        assertThat(stored(never).get("Injected").asInt()).isZero();

        JsonNode always = add(rule("Api", "Status").put("Status", 503).put("Probability", 1)
                .put("Operation", "services/getAll"));
        for (int i = 0; i < 10; i++) {
            assertThat(services().status()).isEqualTo(503);
        }
        assertThat(stored(always).get("Injected").asInt()).isEqualTo(10);
        assertThat(stored(always).get("Remaining").isNull()).isTrue();
    }

    @Test
    void a_delay_answers_normally_and_counts_as_injected() {
        JsonNode rule = add(rule("Api", "Delay").put("DelayMs", 300).put("Count", 1));
        double before = injectedMetric("Api", "Delay");

        ApiResponse response = configuration();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("NowUtc")).isTrue();
        assertThat(stored(rule).get("Injected").asInt()).isEqualTo(1);
        assertThat(injectedMetric("Api", "Delay")).isEqualTo(before + 1);
    }
}
