package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.integrations.IntegrationState;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest extends WebhookTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;

    @Test
    void a_receiver_failing_twice_gets_the_message_on_the_third_attempt_with_the_same_id() {
        String path = newPath();
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.status(number <= 2 ? 500 : 200));
        UUID application = applicationListeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        List<WebhookReceiver.Received> requests = awaitRequests(path, 3);
        JsonNode message = awaitState(application, "Delivered");

        assertThat(requests).extracting(WebhookReceiver.Received::body).containsOnly(requests.getFirst().body());
        assertThat(requests).extracting(request -> request.header("webhook-id")).containsOnly(message.get("Id").asText());
        assertThat(statuses(message)).containsExactly(500, 500, 200);
        assertThat(Duration.ofNanos(requests.get(1).receivedNanos() - requests.get(0).receivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(Duration.ofNanos(requests.get(2).receivedNanos() - requests.get(1).receivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(390));
    }

    @Test
    void a_receiver_always_failing_gets_three_attempts_then_the_message_is_abandoned_and_replay_delivers_it() {
        String path = newPath();
        AtomicBoolean healthy = new AtomicBoolean(false);
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.status(healthy.get() ? 200 : 500));
        UUID application = applicationListeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        JsonNode abandoned = awaitState(application, "Abandoned");
        assertThat(statuses(abandoned)).containsExactly(500, 500, 500);
        assertThat(abandoned.get("Attempts").get(0).get("Error").asText()).contains("500");
        assertThat(receiver.received(path)).hasSize(3);

        healthy.set(true);
        ApiResponse replay = client().admin("POST", "/admin/v1/webhook-messages/" + abandoned.get("Id").asText() + "/replay", null);
        assertThat(replay.status()).isEqualTo(200);
        JsonNode delivered = awaitState(application, "Delivered");

        assertThat(statuses(delivered)).containsExactly(500, 500, 500, 200);
        assertThat(receiver.received(path)).hasSize(4)
                .extracting(request -> request.header("webhook-id")).containsOnly(abandoned.get("Id").asText());
    }

    @Test
    void replaying_a_message_that_is_still_being_sent_is_a_conflict() {
        String path = newPath();
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.status(500));
        UUID application = applicationListeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        awaitRequests(path, 1);
        JsonNode message = fixture().log(application).getFirst();

        ApiResponse replay = client().admin("POST", "/admin/v1/webhook-messages/" + message.get("Id").asText() + "/replay", null);

        assertThat(replay.status()).isEqualTo(409);
    }

    @Test
    void replay_resends_every_abandoned_message_of_an_application_since_a_time() {
        String path = newPath();
        AtomicBoolean healthy = new AtomicBoolean(false);
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.status(healthy.get() ? 200 : 503));
        UUID application = applicationListeningOn(path);
        Instant since = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        awaitRequests(path, 1);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        await().atMost(RECEIPT_TIMEOUT).until(() -> fixture().log(application).stream()
                .filter(entry -> entry.get("State").asText().equals("Abandoned")).count() == 2);

        healthy.set(true);
        ObjectNode body = ApiClient.JSON.createObjectNode().put("ApplicationId", application.toString()).put("Since", since.toString());
        ApiResponse replay = client().admin("POST", "/admin/v1/webhook-messages/replay", body);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("ReplayedCount").asInt()).isEqualTo(2);
        await().atMost(RECEIPT_TIMEOUT).until(() -> fixture().log(application).stream()
                .allMatch(entry -> entry.get("State").asText().equals("Delivered")));
    }

    @Test
    void a_receiver_that_does_not_answer_within_the_timeout_fails_the_attempt() {
        String path = newPath();
        receiver.answer(path, (number, request) -> number == 1
                ? WebhookReceiver.Answer.slow(200, Duration.ofMillis(2500))
                : WebhookReceiver.Answer.status(200));
        UUID application = applicationListeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        JsonNode message = awaitState(application, "Delivered");

        JsonNode first = message.get("Attempts").get(0);
        assertThat(first.get("StatusCode").isNull()).isTrue();
        assertThat(first.get("Error").asText()).contains("No answer within 1000 ms");
        assertThat(first.get("DurationMs").asLong()).isBetween(900L, 2400L);
        assertThat(statuses(message)).containsExactly(null, 200);
    }

    @Test
    void redirects_307_and_308_are_followed_with_the_same_method_body_and_headers() {
        String path = newPath();
        String second = path + "/moved";
        String third = path + "/again"; // "again" resolves against the second URL
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.redirect(307, receiver.url(second)));
        receiver.answer(second, (number, request) -> WebhookReceiver.Answer.redirect(308, "again"));
        UUID application = applicationListeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        WebhookReceiver.Received original = awaitRequests(path, 1).getFirst();
        WebhookReceiver.Received last = awaitRequests(third, 1).getFirst();
        JsonNode message = awaitState(application, "Delivered");

        assertThat(last.method()).isEqualTo("POST");
        assertThat(last.body()).isEqualTo(original.body());
        assertThat(last.header("webhook-id")).isEqualTo(original.header("webhook-id"));
        assertThat(last.header("Content-Type")).isEqualTo("application/json");
        assertThat(statuses(message)).containsExactly(200);
    }

    @Test
    void a_302_is_not_followed_and_fails_the_attempt() {
        String path = newPath();
        String target = path + "/elsewhere";
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.redirect(302, receiver.url(target)));
        UUID application = applicationListeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        JsonNode message = awaitState(application, "Abandoned");

        assertThat(statuses(message)).containsExactly(302, 302, 302);
        assertThat(message.get("Attempts").get(0).get("Error").asText()).contains("only 307 and 308");
        assertThat(receiver.received(target)).isEmpty();
    }

    @Test
    void more_than_three_redirects_fail_the_attempt() {
        String path = newPath();
        receiver.answer(path, (number, request) -> WebhookReceiver.Answer.redirect(307, receiver.url(path)));
        UUID application = applicationListeningOn(path);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        JsonNode message = awaitState(application, "Abandoned");

        assertThat(message.get("Attempts").get(0).get("Error").asText()).contains("More than 3 redirects");
        assertThat(receiver.received(path)).hasSize(3 * 4);
    }

    @Test
    void a_slow_receiver_never_delays_another_applications_deliveries() {
        String slowPath = newPath();
        receiver.answer(slowPath, (number, request) -> WebhookReceiver.Answer.slow(200, Duration.ofMillis(800)));
        UUID slow = fixture().newApplication();
        for (int i = 0; i < 10; i++) {
            fixture().newIntegration(slow, IntegrationState.Enabled, UK);
        }
        fixture().register(slow, receiver.url(slowPath), null, null, null);
        String fastPath = newPath();
        applicationListeningOn(fastPath);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        awaitRequests(slowPath, 4);
        long slowStarted = System.nanoTime();

        fixture().emit(new DomainEvent.CustomerUpdated(UK, UUID.randomUUID()));
        await().atMost(RECEIPT_TIMEOUT).until(() -> receiver.received(fastPath).size() >= 2);
        await().atMost(RECEIPT_TIMEOUT).until(() -> receiver.received(slowPath).size() >= 20);

        long fastArrived = receiver.received(fastPath).get(1).receivedNanos();
        long slowFinished = receiver.received(slowPath).getLast().receivedNanos();
        assertThat(fastArrived).isLessThan(slowFinished);
        assertThat(Duration.ofNanos(fastArrived - slowStarted)).isLessThan(Duration.ofMillis(1500));
        assertThat(receiver.mostInFlight(slowPath)).isEqualTo(4);
    }

    private UUID applicationListeningOn(String path) {
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, UK);
        assertThat(fixture().register(application, receiver.url(path), null, null, null).status()).isEqualTo(200);
        return application;
    }

    /** Waits until the application's only message is in {@code state}; returns its log entry. */
    private JsonNode awaitState(UUID application, String state) {
        await().atMost(RECEIPT_TIMEOUT).until(() -> {
            List<JsonNode> log = fixture().log(application);
            return log.size() == 1 && log.getFirst().get("State").asText().equals(state);
        });
        return fixture().log(application).getFirst();
    }

    private static List<Integer> statuses(JsonNode message) {
        return WebhookFixture.iterable(message.get("Attempts")).stream()
                .map(attempt -> attempt.get("StatusCode").isNull() ? null : attempt.get("StatusCode").asInt())
                .toList();
    }
}
