package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.HotelSetup;
import dev.connector.events.DomainEvent;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.integrations.IntegrationStore;
import dev.connector.live.LiveFeed;
import dev.connector.modules.Platform;
import dev.connector.store.Database;
import dev.connector.store.Documents;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Start-up behaviour: the commit wake-up path, {@code --webhook-url}, and the command-line options. */
class WebhookStartTest {

    @Test
    void committed_events_wake_delivery_at_once_without_waiting_for_the_poll() throws Exception {
        Path folder = Files.createTempDirectory("connector-wake-");
        WebhookSettings settings = WebhookSettings.defaults()
                .withStartupUrl(null)
                .withPollInterval(Duration.ofSeconds(60));
        try (WebhookReceiver receiver = WebhookReceiver.start();
             Database database = Database.sqlite(folder)) {
            Outbox outbox = new Outbox(ApiJson.forStoredJson(), database.dialect());
            Transactions transactions = new Transactions(database, outbox, Clock.systemUTC());
            Platform platform = new Platform(database, transactions, outbox, new Documents(ApiJson.forStoredJson()),
                    ApiJson.create(), ApiJson.forStoredJson(), Clock.systemUTC(), UUID::randomUUID,
                    new SimpleMeterRegistry(), true);
            IntegrationStore integrations = new IntegrationStore();
            new DemoData(transactions, new EnterpriseStore(), integrations, (tx, enterprise) -> new HotelSetup.Result(null),
                    List.of()).seedIfEmpty();
            try (WebhooksModule webhooks = WebhooksModule.start(platform, settings, integrations,
                    new LiveFeed(Clock.systemUTC()))) {
                new WebhookRegistrations(transactions, new WebhookStore(database.dialect()), integrations, Duration.ZERO,
                        Clock.systemUTC())
                        .register(WebhooksModule.DEMO_APPLICATION_ID, new EndpointChange(receiver.url("/hooks"), null,
                                new EndpointChange.Keep(), new EndpointChange.Keep()));
                // One event first, so the measured ones do not pay for class loading and the first connection.
                transactions.write(tx -> {
                    tx.emit(new DomainEvent.CustomerAdded(DemoData.UK_ENTERPRISE_ID, UUID.randomUUID()));
                    return null;
                });
                await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.all().isEmpty());
                Map<String, Long> committedNanos = new ConcurrentHashMap<>();
                for (int i = 0; i < 200; i++) {
                    UUID customer = UUID.randomUUID();
                    transactions.write(tx -> {
                        tx.emit(new DomainEvent.CustomerAdded(DemoData.UK_ENTERPRISE_ID, customer));
                        return null;
                    });
                    committedNanos.put(customer.toString(), System.nanoTime());
                    Thread.sleep(5);
                }

                await().atMost(Duration.ofSeconds(20)).until(() -> firstReceipts(receiver).keySet().containsAll(committedNanos.keySet()));

                List<Long> latencies = new ArrayList<>();
                Map<String, Long> receipts = firstReceipts(receiver);
                committedNanos.forEach((id, committed) -> latencies.add((receipts.get(id) - committed) / 1_000_000));
                Collections.sort(latencies);
                long p50 = latencies.get(latencies.size() / 2);
                long p99 = latencies.get(latencies.size() * 99 / 100);
                System.out.println("Commit-to-receipt on SQLite, 200 events at 200/s, window 100 ms: p50 " + p50 + " ms, p99 " + p99 + " ms");
                assertThat(p99).as("far below the 60 s poll: the commit woke the router").isLessThan(5_000);
            }
        } finally {
            deleteRecursively(folder);
        }
    }

    @Test
    void webhook_url_registers_the_first_demo_application_on_a_fresh_store_and_on_an_existing_one() {
        Path data;
        try (RunningConnector fresh = RunningConnector.start(StoreKind.SQLITE,
                config -> config.withWebhooks(config.webhooks().withStartupUrl("http://127.0.0.1:9/first")))) {
            JsonNode registration = fresh.client().admin("GET",
                    "/admin/v1/applications/" + WebhooksModule.DEMO_APPLICATION_ID + "/webhooks", null).json();
            assertThat(registration.get("GeneralWebhookUrl").asText()).isEqualTo("http://127.0.0.1:9/first");
            assertThat(registration.get("IntegrationWebhookUrl").asText()).isEqualTo("http://127.0.0.1:9/first");
            data = fresh.connector().config().dataDir();
            try (var again = dev.connector.app.Connector.start(fresh.connector().config().withPort(0)
                    .withWebhooks(fresh.connector().config().webhooks().withStartupUrl("http://127.0.0.1:9/second")))) {
                assertThat(new dev.connector.testing.ApiClient("http://127.0.0.1:" + again.port())
                        .admin("GET", "/admin/v1/applications/" + WebhooksModule.DEMO_APPLICATION_ID + "/webhooks", null)
                        .json().get("GeneralWebhookUrl").asText()).isEqualTo("http://127.0.0.1:9/second");
            }
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void the_command_line_options_become_the_settings() {
        WebhookOptions options = CommandLine.populateCommand(new WebhookOptions(),
                "--webhook-url", "https://partner.example/hooks", "--webhook-batch-window", "20ms",
                "--webhook-batch-max", "50", "--webhook-timeout", "2s", "--webhook-retry-delays", "200ms,400ms,1s",
                "--webhook-concurrency", "8", "--allow-private-webhook-targets", "--webhook-signing-grace", "1h");

        WebhookSettings settings = options.toSettings();

        assertThat(settings.startupUrl()).isEqualTo("https://partner.example/hooks");
        assertThat(settings.batchWindow()).isEqualTo(Duration.ofMillis(20));
        assertThat(settings.batchMax()).isEqualTo(50);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.retryDelays()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofSeconds(1));
        assertThat(settings.attemptsPerCycle()).isEqualTo(4);
        assertThat(settings.concurrencyPerReceiver()).isEqualTo(8);
        assertThat(settings.allowPrivateTargets()).isTrue();
        assertThat(settings.signingGrace()).isEqualTo(Duration.ofHours(1));
        assertThat(CommandLine.populateCommand(new WebhookOptions()).toSettings()).isEqualTo(WebhookSettings.defaults());
    }

    private static Map<String, Long> firstReceipts(WebhookReceiver receiver) {
        Map<String, Long> receipts = new java.util.HashMap<>();
        for (WebhookReceiver.Received request : receiver.all()) {
            request.json().get("Events").forEach(event ->
                    receipts.putIfAbsent(event.get("Value").get("Id").asText(), request.receivedNanos()));
        }
        return receipts;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
