package dev.connector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./connector trigger} and {@code ./connector listen} run through the launcher script, as separate
 * processes, against a real server and a real webhook receiver.
 */
class CliEndToEndTest {

    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration RECEIPT = Duration.ofSeconds(30);
    private static final UUID FIRST_DEMO_APPLICATION = DemoIds.of("application/1");

    @TempDir
    static Path dataDir;

    private static RunningConnector server;
    private static HookReceiver receiver;

    @BeforeAll
    static void start() throws IOException {
        // Retries come quickly, so that a failed delivery and its retry both show within a test.
        server = RunningConnector.start(StoreKind.SQLITE, config -> config.withWebhooks(
                config.webhooks().withRetryDelays(List.of(Duration.ofMillis(500), Duration.ofMillis(500)))));
        receiver = HookReceiver.start();
        // The CLI reads the token from a data folder as the server writes it there.
        Files.writeString(dataDir.resolve("admin-token"), RunningConnector.ADMIN_TOKEN + "\n");
    }

    @AfterAll
    static void stop() {
        receiver.close();
        server.close();
    }

    @Test
    void listen_forwards_deliveries_prints_each_and_puts_the_previous_registration_back_on_ctrl_c() {
        String before = receiver.url("/before-" + UUID.randomUUID());
        register(before, null);
        String hooks = "/hooks-" + UUID.randomUUID();

        try (Launcher listen = Launcher.start(Map.of(), "listen", "--forward-to", receiver.url(hooks),
                "--url", server.baseUrl(), "--data", dataDir.toString())) {
            awaitListening(listen);
            assertThat(registration().get("GeneralWebhookUrl").asText()).isEqualTo(receiver.url(hooks));

            String customer = addCustomer();
            await().atMost(RECEIPT).until(() -> receiver.received(hooks).stream()
                    .anyMatch(request -> request.body().contains(customer)));
            String messageId = receiver.received(hooks).stream()
                    .filter(request -> request.body().contains(customer)).findFirst().orElseThrow().webhookId();
            await().atMost(RECEIPT).until(() -> listen.out().stream().anyMatch(line -> line.contains(messageId)));
            String line = listen.out().stream().filter(l -> l.contains(messageId)).findFirst().orElseThrow();
            assertThat(line).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z  " + messageId + "  .*CustomerAdded.*-> 200 in \\d+ ms");

            listen.signal("INT");
            listen.awaitExit(Duration.ofSeconds(60));

            JsonNode restored = registration();
            assertThat(restored.get("GeneralWebhookUrl").asText()).isEqualTo(before);
            assertThat(restored.get("IntegrationWebhookUrl").isNull()).isTrue();
            assertThat(listen.out()).anyMatch(l -> l.startsWith("Put back the previous registration: General " + before));
            assertThat(listen.err()).isEmpty();
        } finally {
            register(null, null);
        }
    }

    @Test
    void listen_with_events_selects_only_those_while_it_runs_and_puts_urls_and_selection_back_on_sigterm() {
        String integration = integrationOf(FIRST_DEMO_APPLICATION);
        JsonNode selectionBefore = selection(integration);
        assertThat(selectionBefore.size()).isGreaterThan(1);
        String hooks = "/hooks-" + UUID.randomUUID();

        try (Launcher listen = Launcher.start(Map.of("CONNECTOR_ADMIN_TOKEN", RunningConnector.ADMIN_TOKEN), "listen",
                "--forward-to", receiver.url(hooks), "--events", "CustomerAdded",
                "--application", FIRST_DEMO_APPLICATION.toString(), "--url", server.baseUrl())) {
            awaitListening(listen);
            assertThat(selection(integration)).containsExactly(ApiClient.JSON.getNodeFactory().textNode("CustomerAdded"));

            String customer = addCustomer();
            await().atMost(RECEIPT).until(() -> listen.out().stream()
                    .anyMatch(line -> line.contains("  CustomerAdded  -> 200")));
            assertThat(receiver.received(hooks)).anyMatch(request -> request.body().contains(customer));
            assertThat(receiver.received(hooks)).noneMatch(request -> request.body().contains("CustomerUpdated"));

            listen.signal("TERM");
            listen.awaitExit(Duration.ofSeconds(60));

            assertThat(selection(integration)).isEqualTo(selectionBefore);
            assertThat(registration().get("GeneralWebhookUrl").isNull()).isTrue();
            assertThat(listen.out()).anyMatch(l -> l.startsWith("Put back the previous registration: General none"));
        } finally {
            register(null, null);
        }
    }

    @Test
    void listen_prints_a_failed_attempt_with_its_status_and_the_retry_that_succeeded() {
        String hooks = "/flaky-" + UUID.randomUUID();
        receiver.failFirst(hooks);

        try (Launcher listen = Launcher.start(Map.of(), "listen", "--forward-to", receiver.url(hooks),
                "--url", server.baseUrl(), "--data", dataDir.toString())) {
            awaitListening(listen);
            String customer = addCustomer();
            await().atMost(RECEIPT).until(() -> receiver.received(hooks).stream()
                    .filter(request -> request.body().contains(customer)).count() >= 2);
            String messageId = receiver.received(hooks).getFirst().webhookId();

            await().atMost(RECEIPT).until(() -> listen.out().stream().filter(l -> l.contains(messageId)).count() >= 2);
            List<String> lines = listen.out().stream().filter(l -> l.contains(messageId)).toList();
            assertThat(lines.get(0)).contains("-> 500 in ").doesNotContain("(attempt");
            assertThat(lines.get(1)).contains("-> 200 in ").contains("(attempt 2)");
            listen.signal("TERM");
            listen.awaitExit(Duration.ofSeconds(60));
        } finally {
            register(null, null);
        }
    }

    @Test
    void trigger_prints_the_entities_it_created_and_the_events_one_line_each() {
        String lastName = "Trigger " + UUID.randomUUID();

        Launcher run = Launcher.run(Map.of(), "trigger", "customer-added", "--set", "LastName=" + lastName,
                "--set", "Email=cli-trigger@guest.example.com", "--url", server.baseUrl(), "--data", dataDir.toString());

        assertThat(run.exitCode()).as("err: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> out = run.out();
        assertThat(out.getFirst()).isEqualTo("Triggered customer-added in enterprise " + DemoData.UK_ENTERPRISE_ID);
        String created = out.stream().filter(line -> line.startsWith("created Customer ")).findFirst().orElseThrow();
        String customerId = created.substring("created Customer ".length());
        assertThat(out).contains("event   CustomerAdded " + customerId);
        assertThat(out).allMatch(line -> line.startsWith("Triggered ") || line.matches("(created|event  ) \\w+ [0-9a-f-]{36}"));
        ObjectNode query = ApiClient.limited(ApiClient.UK, 10);
        query.putArray("CustomerIds").add(customerId);
        query.putObject("Extent").put("Customers", true);
        ApiResponse read = server.client().operation("customers/getAll", query);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.json().get("Customers")).singleElement().satisfies(customer -> {
            assertThat(customer.get("LastName").asText()).isEqualTo(lastName);
            assertThat(customer.get("Email").asText()).isEqualTo("cli-trigger@guest.example.com");
        });
    }

    @Test
    void trigger_without_a_name_lists_the_triggers() {
        Launcher run = Launcher.run(Map.of(), "trigger", "--url", server.baseUrl(), "--data", dataDir.toString());

        assertThat(run.exitCode()).as("err: %s", run.err()).isZero();
        assertThat(run.out()).anyMatch(line -> line.startsWith("reservation-booked  ") && line.contains("ServiceOrderUpdated"));
        assertThat(run.out()).anyMatch(line -> line.startsWith("payment-failed  "));
    }

    @Test
    void a_refused_trigger_prints_the_servers_message_on_one_line() {
        Launcher run = Launcher.run(Map.of(), "trigger", "reservation-booked", "--set", "Colour=blue",
                "--url", server.baseUrl(), "--data", dataDir.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).singleElement().asString()
                .startsWith("connector: Set.Colour").contains("StartUtc").endsWith("(HTTP 400)");
    }

    @Test
    void trigger_against_a_production_server_says_it_is_refused_there() {
        try (RunningConnector production = RunningConnector.start(StoreKind.SQLITE, config -> config.withSandbox(false))) {
            Launcher run = Launcher.run(Map.of(), "trigger", "reservation-booked", "--url", production.baseUrl(),
                    "--admin-token", RunningConnector.ADMIN_TOKEN);

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.err()).singleElement().asString().contains("--production").endsWith("(HTTP 403)");
        }
    }

    @Test
    void an_unreachable_server_gets_one_clear_line_and_a_failing_exit_code() throws IOException {
        String nobody = "http://127.0.0.1:" + closedPort();

        for (String command : List.of("trigger", "listen")) {
            Launcher run = command.equals("trigger")
                    ? Launcher.run(Map.of(), "trigger", "reservation-booked", "--url", nobody, "--admin-token", "any")
                    : Launcher.run(Map.of(), "listen", "--forward-to", receiver.url("/x"), "--url", nobody,
                            "--admin-token", "any");

            assertThat(run.exitCode()).as(command).isNotZero();
            assertThat(run.err()).as(command).containsExactly(
                    "connector: No server answers at " + nobody + ". Start one with ./connector serve, or pass --url.");
            assertThat(run.out()).as(command).isEmpty();
        }
    }

    @Test
    void a_wrong_admin_token_gets_one_line_naming_where_it_came_from() {
        Launcher trigger = Launcher.run(Map.of(), "trigger", "reservation-booked", "--url", server.baseUrl(),
                "--admin-token", "not-the-token");
        Launcher listen = Launcher.run(Map.of("CONNECTOR_ADMIN_TOKEN", "not-the-token"), "listen",
                "--forward-to", receiver.url("/x"), "--url", server.baseUrl());

        assertThat(trigger.exitCode()).isNotZero();
        assertThat(trigger.err()).singleElement().asString()
                .startsWith("connector: The server at " + server.baseUrl() + " refused the admin token from --admin-token");
        assertThat(listen.exitCode()).isNotZero();
        assertThat(listen.err()).singleElement().asString()
                .startsWith("connector: The server at " + server.baseUrl() + " refused the admin token from $CONNECTOR_ADMIN_TOKEN");
        assertThat(registration().get("GeneralWebhookUrl").isNull()).isTrue();
    }

    @Test
    void without_any_admin_token_the_cli_says_where_it_looked() {
        Launcher run = Launcher.run(Map.of(), "trigger", "reservation-booked", "--url", server.baseUrl(),
                "--data", dataDir.resolve("missing").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).singleElement().asString()
                .startsWith("connector: No admin token: " + dataDir.resolve("missing").resolve("admin-token"));
    }

    // ---- helpers ----

    private static void awaitListening(Launcher listen) {
        await().atMost(STARTUP).until(() -> !listen.alive()
                || listen.out().stream().anyMatch(line -> line.startsWith("Deliveries")));
        assertThat(listen.alive()).as("listen is running; out: %s err: %s", listen.out(), listen.err()).isTrue();
    }

    private static String addCustomer() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("LastName", "Listen " + UUID.randomUUID());
        body.put("OverwriteExisting", false);
        ApiResponse added = server.client().operation("customers/add", body);
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        return added.json().get("Id").asText();
    }

    private static void register(String general, String integration) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        body.put("GeneralWebhookUrl", general);
        body.put("IntegrationWebhookUrl", integration);
        ApiResponse put = server.client().admin("PUT", "/admin/v1/applications/" + FIRST_DEMO_APPLICATION + "/webhooks", body);
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
    }

    private static JsonNode registration() {
        ApiResponse get = server.client().admin("GET", "/admin/v1/applications/" + FIRST_DEMO_APPLICATION + "/webhooks", null);
        assertThat(get.status()).as(get.raw()).isEqualTo(200);
        return get.json();
    }

    private static String integrationOf(UUID application) {
        ApiResponse list = server.client().admin("GET", "/admin/v1/integrations", null);
        for (JsonNode integration : list.json().get("Integrations")) {
            if (integration.get("ApplicationId").asText().equals(application.toString())) {
                return integration.get("Id").asText();
            }
        }
        throw new AssertionError("no integration of " + application + " in " + list.raw());
    }

    private static JsonNode selection(String integration) {
        ApiResponse get = server.client().admin("GET", "/admin/v1/integrations/" + integration + "/webhook-events", null);
        assertThat(get.status()).as(get.raw()).isEqualTo(200);
        return get.json().get("Events");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
