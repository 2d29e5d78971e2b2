package dev.connector.webhooks;

import static org.awaitility.Awaitility.await;

import dev.connector.app.Config;
import dev.connector.testing.BothStoresTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * Base of webhook tests: a real server per store with quick retries (200 ms, 400 ms), a 1 s timeout and a short
 * poll, one real receiver on 127.0.0.1, and fixtures that commit events straight into the outbox.
 */
abstract class WebhookTest extends BothStoresTest {

    static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(20);

    protected WebhookReceiver receiver;
    private WebhookFixture fixture;

    @Override
    protected Config configure(Config defaults) {
        return defaults.withWebhooks(defaults.webhooks()
                .withBatching(Duration.ofMillis(50), 500)
                .withTimeout(Duration.ofSeconds(1))
                .withRetryDelays(List.of(Duration.ofMillis(200), Duration.ofMillis(400)))
                .withPollInterval(Duration.ofMillis(100)));
    }

    @BeforeParameterizedClassInvocation
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterParameterizedClassInvocation
    void stopReceiver() {
        receiver.close();
    }

    protected WebhookFixture fixture() {
        if (fixture == null || fixture.database() != server.connector().database()) {
            fixture = new WebhookFixture(server.connector().database(), client());
        }
        return fixture;
    }

    /** A path of the receiver that no other test uses. */
    protected static String newPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    protected List<WebhookReceiver.Received> awaitRequests(String path, int count) {
        await().atMost(RECEIPT_TIMEOUT).until(() -> receiver.received(path).size() >= count);
        return receiver.received(path);
    }
}
