package dev.connector.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

class WebhookFaultsTest extends FaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private HookReceiver receiver;

    @BeforeParameterizedClassInvocation
    void startReceiver() {
        receiver = HookReceiver.start();
    }

    @AfterParameterizedClassInvocation
    void stopReceiver() {
        receiver.close();
    }

    /** A new application whose General Webhooks go to a path of the receiver of its own. */
    private UUID applicationAt(String path) {
        UUID application = newApplication();
        registerWebhooks(application, receiver.url(path));
        return application;
    }

    private static String newPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    private JsonNode awaitOnlyMessage(UUID application, String state) {
        await().atMost(WAIT).until(() -> {
            List<JsonNode> log = log(application);
            return log.size() == 1 && log.get(0).get("State").asText().equals(state);
        });
        return log(application).get(0);
    }

    @Test
    void drop_fails_every_attempt_with_a_connection_error_until_the_message_is_abandoned() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Drop").put("ApplicationId", application.toString()));

        changeRoom();

        JsonNode message = awaitOnlyMessage(application, "Abandoned");
        assertThat(attemptErrors(message)).hasSize(3).allSatisfy(error -> assertThat(error)
                .contains("Connection refused").contains(rule.get("Id").asText()));
        assertThat(receiver.at(path)).isEmpty();
        assertThat(stored(rule).get("Injected").asInt()).isEqualTo(3);
        assertThat(injectedMetric("Webhook", "Drop")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void timeout_fails_every_attempt_as_a_receiver_that_does_not_answer_until_abandoned() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Timeout").put("ApplicationId", application.toString()));

        changeRoom();

        JsonNode message = awaitOnlyMessage(application, "Abandoned");
        assertThat(attemptErrors(message)).hasSize(3).allSatisfy(error -> assertThat(error)
                .contains("No answer within 3000 ms").contains(rule.get("Id").asText()));
        assertThat(receiver.at(path)).isEmpty();
        assertThat(injectedMetric("Webhook", "Timeout")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_count_of_one_fails_the_first_attempt_and_the_retry_delivers() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Drop").put("ApplicationId", application.toString()).put("Count", 1));

        UUID room = changeRoom();

        JsonNode message = awaitOnlyMessage(application, "Delivered");
        assertThat(attemptErrors(message)).hasSizeGreaterThanOrEqualTo(2)
                .filteredOn(error -> error != null && error.contains(rule.get("Id").asText())).hasSize(1);
        assertThat(receiver.at(path)).isNotEmpty().allSatisfy(hook -> assertThat(hook.body()).contains(room.toString()));
        assertThat(stored(rule).get("Remaining").asInt()).isZero();
    }

    @Test
    void duplicate_sends_the_message_twice_with_the_same_webhook_id() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Duplicate").put("ApplicationId", application.toString())
                .put("Probability", 1));

        UUID room = changeRoom();

        List<HookReceiver.Hook> hooks = awaitHooks(path, 2);
        JsonNode message = awaitOnlyMessage(application, "Delivered");
        assertThat(hooks.get(0).webhookId()).isEqualTo(hooks.get(1).webhookId()).isEqualTo(message.get("Id").asText());
        assertThat(hooks.get(0).body()).isEqualTo(hooks.get(1).body()).contains(room.toString());
        assertThat(attemptErrors(message)).anySatisfy(error -> assertThat(error).contains("twice")
                .contains(rule.get("Id").asText()));
    }

    @Test
    void probability_zero_delivers_untouched() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Drop").put("ApplicationId", application.toString()).put("Probability", 0));

        changeRoom();

        JsonNode message = awaitOnlyMessage(application, "Delivered");
        assertThat(attemptErrors(message)).noneSatisfy(error -> assertThat(error).contains(rule.get("Id").asText()));
        assertThat(receiver.at(path)).isNotEmpty();
        assertThat(stored(rule).get("Injected").asInt()).isZero();
    }

    @Test
    void delay_delivers_and_notes_the_rule_in_the_attempt() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Delay").put("ApplicationId", application.toString()).put("DelayMs", 200)
                .put("Count", 1));

        changeRoom();

        JsonNode message = awaitOnlyMessage(application, "Delivered");
        assertThat(attemptErrors(message)).anySatisfy(error -> assertThat(error).contains("Delayed 200 ms")
                .contains(rule.get("Id").asText()));
        assertThat(receiver.at(path)).isNotEmpty();
    }

    @Test
    void reorder_sends_the_next_two_messages_of_the_application_in_reverse_order() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Reorder").put("ApplicationId", application.toString()).put("Count", 1));

        UUID first = changeRoom();
        // The first message is held once the rule has fired for it; only then is the second change made.
        await().atMost(WAIT).until(() -> stored(rule).get("Injected").asInt() == 1);
        UUID second = changeRoom();

        List<HookReceiver.Hook> hooks = awaitHooks(path, 2);
        assertThat(hooks.get(0).body()).contains(second.toString()).doesNotContain(first.toString());
        assertThat(hooks.get(1).body()).contains(first.toString());
        await().atMost(WAIT).until(() -> log(application).stream()
                .allMatch(message -> message.get("State").asText().equals("Delivered")) && log(application).size() == 2);
        List<JsonNode> log = log(application);
        assertThat(log).allSatisfy(message -> assertThat(attemptErrors(message))
                .anySatisfy(error -> assertThat(error).contains(rule.get("Id").asText())));
        assertThat(injectedMetric("Webhook", "Reorder")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_rule_for_another_application_leaves_deliveries_alone() {
        String path = newPath();
        UUID application = applicationAt(path);
        JsonNode rule = add(rule("Webhook", "Drop").put("ApplicationId", newApplication().toString()));

        changeRoom();

        JsonNode message = awaitOnlyMessage(application, "Delivered");
        assertThat(attemptErrors(message)).noneSatisfy(error -> assertThat(error).contains(rule.get("Id").asText()));
    }

    private List<HookReceiver.Hook> awaitHooks(String path, int count) {
        await().atMost(WAIT).until(() -> receiver.at(path).size() >= count);
        return receiver.at(path);
    }
}
