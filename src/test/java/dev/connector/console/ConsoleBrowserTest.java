package dev.connector.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The console in a real headless Chromium against a real server (SQLite) and a real webhook receiver: what a user
 * sees and does, page by page. Each test writes screenshots under target/console-screenshots/.
 */
class ConsoleBrowserTest {

    private static RunningConnector server;
    private static ApiClient client;
    private static TestReceiver receiver;
    private static ConsoleBrowser browser;
    private static UUID ukHotel;
    private static String firstTab;

    @BeforeAll
    static void start() {
        ConsoleBrowser.requireChromium();
        // Short retries, so a failing receiver gets its message Abandoned within a second.
        server = RunningConnector.start(StoreKind.SQLITE, config -> config.withWebhooks(config.webhooks()
                .withRetryDelays(List.of(Duration.ofMillis(300), Duration.ofMillis(300)))));
        client = server.client();
        receiver = TestReceiver.start();
        browser = ConsoleBrowser.open(server.baseUrl());
        firstTab = browser.driver().getWindowHandle();
        ukHotel = UUID.fromString(integrationOf(ApiClient.UK.accessToken()).get("EnterpriseIds").get(0).asText());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signedIn() {
        // A test that failed with a second tab open leaves it; every test starts in the first tab alone.
        for (String handle : browser.driver().getWindowHandles()) {
            if (!handle.equals(firstTab)) {
                browser.driver().switchTo().window(handle).close();
            }
        }
        browser.driver().switchTo().window(firstTab);
        browser.resize(1280, 900);
        browser.go("");
        browser.script("sessionStorage.clear()");
        browser.go("#/applications");
        browser.driver().navigate().refresh();
        browser.signIn(RunningConnector.ADMIN_TOKEN);
        browser.waitFor(By.cssSelector("#page-applications h1"));
    }

    @AfterEach
    void signOut() {
        browser.script("sessionStorage.clear()");
    }

    @Test
    void a_wrong_admin_token_is_refused_with_a_message_and_the_right_one_signs_in() {
        browser.forgetToken();
        browser.signIn("not-the-admin-token");

        browser.waitForText(By.id("sign-in-message"), "refused");
        assertThat(browser.driver().findElement(By.id("sign-in-message")).getText()).contains("admin token is not valid");
        assertThat(browser.driver().findElement(By.id("nav")).isDisplayed()).isFalse();
        browser.screenshot("sign-in-refused");

        browser.signIn(RunningConnector.ADMIN_TOKEN);

        browser.waitFor(By.id("nav"));
        browser.waitFor(By.cssSelector("#page-applications h1"));
        assertThat(browser.script("return sessionStorage.getItem('connector.adminToken')"))
                .isEqualTo(RunningConnector.ADMIN_TOKEN);
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("#page-applications h1"));
        assertThat(browser.driver().findElements(By.id("admin-token"))).as("still signed in after a reload").isEmpty();
    }

    @Test
    void a_signed_delivery_to_a_url_registered_in_the_console_shows_on_live_and_on_deliveries_with_its_200() {
        String name = "Console delivery " + UUID.randomUUID();
        UUID application = newApplication(name);
        newIntegration(application, ukHotel);
        String path = "/delivered-" + application;
        String console = browser.driver().getWindowHandle();
        String live = openLiveTab();
        browser.driver().switchTo().window(console);
        registerUrls(application, name, receiver.url(path), receiver.url(path + "/integration"));
        WebElement webhooks = browser.card("Webhooks of " + name);
        browser.click(webhooks, "Generate signing secret");
        assertThat(browser.waitFor(By.id("new-signing-secret")).getText()).contains("whsec_");

        addCustomer();

        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received(path).isEmpty());
        browser.driver().switchTo().window(live);
        browser.waitForText(By.cssSelector("#live-rows tr[data-kind='WebhookAttempt']"), "200");
        assertThat(browser.driver().findElement(By.id("live-rows")).getText()).contains("CustomerAdded");
        browser.screenshot("live");
        browser.driver().close();
        browser.driver().switchTo().window(console);

        WebElement detail = openNewestDelivery(name, "Any");
        browser.waitForText(By.id("delivery-detail"), "Delivered");
        assertThat(detail.findElement(By.cssSelector("table")).getText()).contains("200");
        assertThat(detail.findElement(By.id("delivery-headers")).getText())
                .contains("webhook-signature", "v1,", "webhook-id", receiver.received(path).getFirst().webhookId());
        assertThat(receiver.received(path).getFirst().signature()).startsWith("v1,");
        assertThat(detail.getText()).contains("CustomerAdded");
        browser.screenshot("deliveries");
    }

    @Test
    void a_trigger_run_from_the_sandbox_page_is_delivered_and_seen_on_live_and_on_deliveries() {
        String name = "Console trigger " + UUID.randomUUID();
        UUID application = newApplication(name);
        newIntegration(application, ukHotel);
        String path = "/triggered-" + application;
        String console = browser.driver().getWindowHandle();
        String live = openLiveTab();
        browser.driver().switchTo().window(console);
        registerUrls(application, name, receiver.url(path), null);

        browser.go("#/sandbox");
        WebElement triggers = browser.card("Triggers");
        browser.choose(triggers, "Trigger", "customer-added");
        browser.choose(triggers, "Enterprise", "Connector Demo Hotel London");
        browser.click(triggers, "Run trigger");

        browser.waitForText(By.id("trigger-result"), "customer-added ran in Connector Demo Hotel London");
        assertThat(browser.driver().findElement(By.id("trigger-result")).getText()).contains("Customer", "CustomerAdded");
        browser.screenshot("sandbox-trigger");
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received(path).isEmpty());
        browser.driver().switchTo().window(live);
        browser.waitForText(By.cssSelector("#live-rows tr[data-kind='WebhookAttempt']"), "200");
        browser.driver().close();
        browser.driver().switchTo().window(console);

        browser.clickWhenReady(By.id("trigger-deliveries"));
        WebElement filters = browser.card("Filters");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.field(filters, "Enterprise"))
                .getFirstSelectedOption().getText()).isEqualTo("Connector Demo Hotel London");
        browser.choose(filters, "Application", name);
        browser.click(filters, "Apply filters");
        browser.waitFor(By.cssSelector("#delivery-list tbody tr[data-id]"));
        browser.clickWhenReady(By.cssSelector("#delivery-list tbody tr[data-id]"));
        WebElement detail = browser.waitFor(By.cssSelector("#delivery-detail [data-message]"));
        browser.waitForText(By.id("delivery-detail"), "Delivered");
        assertThat(detail.getText()).contains("CustomerAdded");
    }

    @Test
    void a_failing_receiver_leaves_failed_attempts_and_replay_delivers_after_the_fix() {
        String name = "Console replay " + UUID.randomUUID();
        UUID application = newApplication(name);
        newIntegration(application, ukHotel);
        String path = "/failing-" + application;
        receiver.answer(path, 500);
        registerUrls(application, name, receiver.url(path), null);

        addCustomer();
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received(path).size() >= 3);

        WebElement detail = openNewestDelivery(name, "Abandoned");
        browser.waitForText(By.id("delivery-detail"), "Abandoned");
        assertThat(detail.findElements(By.xpath(".//table//td[normalize-space(.)='500']"))).hasSize(3);
        browser.screenshot("delivery-abandoned");

        receiver.answer(path, 200);
        browser.click(detail, "Replay");

        browser.waitUntil(d -> d.findElement(By.cssSelector("#delivery-detail h2")).getText().contains("Delivered"));
        assertThat(browser.driver().findElements(By.xpath("//div[@id='delivery-detail']//table//td[normalize-space(.)='200']")))
                .hasSize(1);
        assertThat(receiver.received(path)).hasSize(4);
        browser.screenshot("delivery-replayed");
    }

    @Test
    void disabling_an_integration_in_the_console_sends_its_integration_webhook() {
        String name = "Console lifecycle " + UUID.randomUUID();
        UUID application = newApplication(name);
        String path = "/lifecycle-" + application;
        registerUrls(application, name, receiver.url(path), receiver.url(path + "/integration"));

        WebElement integrations = browser.card("Integrations of " + name);
        browser.type(integrations, "Integration name", "Front desk link");
        browser.choose(integrations, "Enterprises", "Connector Demo Hotel London");
        browser.click(integrations, "Create integration");
        WebElement integration = browser.waitFor(By.cssSelector("article[aria-label='Integration Front desk link']"));
        browser.click(integration, "Disable");

        browser.waitForText(By.cssSelector("article[aria-label='Integration Front desk link'] h3"), "Disabled");
        browser.screenshot("applications");
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received(path + "/integration").isEmpty());

        WebElement detail = openNewestDelivery(name, "Any");
        browser.waitForText(By.cssSelector("#delivery-detail h2"), "Integration webhook");
        assertThat(detail.getText()).contains("IntegrationDisabled");
    }

    @Test
    void a_fault_rule_added_in_the_console_fires_on_live_then_is_removed() {
        String console = browser.driver().getWindowHandle();
        String live = openLiveTab();
        browser.driver().switchTo().window(console);
        browser.go("#/sandbox");
        WebElement faults = browser.card("Fault rules");
        browser.choose(faults, "Target", "Api");
        browser.choose(faults, "Fault", "Status");
        browser.choose(faults, "Status answered", "503");
        browser.type(faults, "Operation", "configuration/get");
        browser.type(faults, "Times (empty: until removed)", "1");
        browser.click(faults, "Add fault rule");
        browser.waitFor(By.cssSelector("#sandbox-faults tr[data-id]"));
        String ruleId = browser.driver().findElement(By.cssSelector("#sandbox-faults tr[data-id]")).getAttribute("data-id");

        assertThat(client.operation("configuration/get", ApiClient.body(ApiClient.UK)).status()).isEqualTo(503);
        browser.driver().switchTo().window(live);
        browser.waitForText(By.cssSelector("#live-rows tr[data-kind='Operation']"), "configuration/get → 503");
        browser.driver().close();
        browser.driver().switchTo().window(console);
        browser.click(browser.card("Fault rules"), "Refresh rules");
        browser.waitForText(By.cssSelector("#sandbox-faults tr[data-id='" + ruleId + "']"), "configuration/get");
        WebElement row = browser.driver().findElement(By.cssSelector("#sandbox-faults tr[data-id='" + ruleId + "']"));
        assertThat(row.findElements(By.tagName("td")).get(3).getText()).isEqualTo("0");
        assertThat(row.findElements(By.tagName("td")).get(4).getText()).isEqualTo("1");
        browser.screenshot("sandbox");

        browser.click(row, "Remove");

        browser.waitUntil(d -> d.findElements(By.cssSelector("#sandbox-faults tr[data-id]")).isEmpty());
        assertThat(client.admin("GET", "/admin/v1/sandbox/faults", null).json().get("FaultRules")).isEmpty();
        assertThat(client.operation("configuration/get", ApiClient.body(ApiClient.UK)).status()).isEqualTo(200);
    }

    @Test
    void advancing_a_hotel_clock_in_the_console_moves_its_now() {
        browser.go("#/sandbox");
        WebElement clock = browser.waitFor(By.cssSelector("article[data-enterprise='" + ukHotel + "']"));
        Instant before = Instant.parse(clock.findElement(By.className("clock-now")).getText());
        browser.type(clock, "Advance by (ISO 8601, e.g. P1D, PT2H)", "P2D");

        browser.click(clock, "Advance");

        browser.waitUntil(d -> !d.findElement(By.cssSelector("article[data-enterprise='" + ukHotel + "'] .clock-now"))
                .getText().equals(before.toString()));
        Instant after = Instant.parse(browser.driver()
                .findElement(By.cssSelector("article[data-enterprise='" + ukHotel + "'] .clock-now")).getText());
        assertThat(Duration.between(before, after)).isBetween(Duration.ofDays(2), Duration.ofDays(2).plusMinutes(5));
        JsonNode stored = client.admin("GET", "/admin/v1/enterprises/" + ukHotel + "/clock", null).json();
        assertThat(Instant.parse(stored.get("NowUtc").asText())).isAfter(before.plus(Duration.ofDays(1)));
        browser.screenshot("sandbox-clock");

        browser.click(browser.driver().findElement(By.cssSelector("article[data-enterprise='" + ukHotel + "']")),
                "Back to real time");

        await().atMost(Duration.ofSeconds(20)).until(() -> Duration.between(Instant.now(), Instant.parse(client
                .admin("GET", "/admin/v1/enterprises/" + ukHotel + "/clock", null).json().get("NowUtc").asText()))
                .abs().compareTo(Duration.ofMinutes(5)) < 0);
    }

    @Test
    void the_overview_shows_the_server_and_a_configuration_get_that_runs_as_shown() {
        browser.go("#/overview");
        WebElement server = browser.card("Server");
        assertThat(server.getText()).contains("sqlite", "sandbox");
        WebElement hotels = browser.card("Hotels and their tokens");
        assertThat(hotels.getText()).contains("Connector Demo Hotel London", ApiClient.UK.clientToken());
        String curl = hotels.findElement(By.cssSelector(".curl code")).getText();
        assertThat(curl).contains("/api/connector/v1/configuration/get");
        browser.screenshot("overview");

        String body = curl.substring(curl.indexOf("-d '") + 4, curl.length() - 1);
        ApiResponse answered = client.send("POST", "/api/connector/v1/configuration/get", body, Map.of());
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
    }

    @Test
    void an_open_websocket_is_listed_and_disconnect_closes_it_with_1012() throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "ClientToken=" + ApiClient.UK.clientToken() + "; AccessToken=" + ApiClient.UK.accessToken())
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws/connector"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).get(20, TimeUnit.SECONDS);
        try {
            browser.go("#/websockets");
            browser.waitFor(By.cssSelector("#websocket-list tr[data-id]"));
            WebElement row = browser.driver().findElement(By.cssSelector("#websocket-list tr[data-id]"));
            assertThat(row.getText()).contains("Are you ready to integrate with Mews?", "Connector Demo Hotel London");
            browser.screenshot("websockets");

            browser.click(row, "Disconnect");

            assertThat(closed.get(20, TimeUnit.SECONDS)).isEqualTo(1012);
            browser.waitUntil(d -> d.findElements(By.cssSelector("#websocket-list tr[data-id]")).isEmpty());
        } finally {
            socket.abort();
        }
    }

    @Test
    void live_keeps_the_newest_thousand_rows() {
        browser.go("#/live");
        browser.waitForText(By.id("live-connection"), "connected");
        ObjectNode body = ApiClient.body(ApiClient.UK);

        // Enough answered operations to fill the page, sent in rounds until it is full (bounded: a slow machine may
        // see the stream reconnect once and miss some).
        for (int round = 0; round < 30 && ((Number) browser.script(
                "return document.querySelectorAll('#live-rows tr').length")).intValue() < 1000; round++) {
            for (int i = 0; i < 100; i++) {
                assertThat(client.operation("configuration/get", body).status()).isEqualTo(200);
            }
        }

        browser.waitForText(By.cssSelector("#page-live .card"), "1000 rows");
        assertThat(browser.script("return document.querySelectorAll('#live-rows tr').length")).isEqualTo(1000L);
        assertThat(browser.driver().findElement(By.cssSelector("#live-rows tr")).getText()).contains("configuration/get → 200");
    }

    @Test
    void every_page_is_labelled_keyboard_reachable_and_fits_1280_and_390_pixels() {
        for (String page : List.of("overview", "live", "deliveries", "applications", "sandbox", "websockets")) {
            for (int width : new int[] {1280, 390}) {
                browser.resize(width, 900);
                browser.go("#/" + page);
                browser.waitFor(By.cssSelector("#page-" + page + " h1"));
                browser.waitUntil(d -> d.findElements(By.cssSelector("#page-" + page + " .card")).size() >= 1);
                browser.assertAccessible(page + " at " + width + " px");
                browser.screenshot(page + "-" + width);
            }
            List<Map<String, Object>> focused = browser.tabThrough(12);
            assertThat(focused).as("Tab on " + page + " reaches the skip link, the page links and sign out")
                    .extracting(entry -> entry.get("text")).contains("Skip to content", "Deliveries", "Sandbox", "Sign out");
            assertThat(focused).as("focus is drawn on " + page).allSatisfy(entry -> assertThat(entry.get("drawn")).isEqualTo(true));
        }
    }

    // ---- steps shared by the tests ----

    /** Opens Live in a new tab (a tab keeps its own token, so it signs in) and waits until its stream is connected. */
    private static String openLiveTab() {
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.go("#/live");
        browser.signIn(RunningConnector.ADMIN_TOKEN);
        browser.waitForText(By.id("live-connection"), "connected");
        return browser.driver().getWindowHandle();
    }

    /** Opens Deliveries filtered on the application (and state), opens the newest message and answers the detail. */
    private WebElement openNewestDelivery(String applicationName, String state) {
        browser.go("#/deliveries");
        WebElement filters = browser.card("Filters");
        browser.choose(filters, "Application", applicationName);
        browser.choose(filters, "State", state);
        browser.click(filters, "Apply filters");
        browser.waitFor(By.cssSelector("#delivery-list tbody tr[data-id]"));
        browser.clickWhenReady(By.cssSelector("#delivery-list tbody tr[data-id]"));
        return browser.waitFor(By.cssSelector("#delivery-detail [data-message]"));
    }

    private void registerUrls(UUID application, String name, String generalUrl, String integrationUrl) {
        browser.go("#/applications/" + application);
        WebElement webhooks = browser.card("Webhooks of " + name);
        browser.type(webhooks, "General Webhook URL", generalUrl);
        if (integrationUrl != null) {
            browser.type(webhooks, "Integration Webhook URL", integrationUrl);
        }
        browser.click(webhooks, "Save webhook URLs");
        browser.waitFor(By.cssSelector("section.card[aria-label='Webhooks of " + name + "'] input[value='" + generalUrl + "']"));
        JsonNode registered = client.admin("GET", "/admin/v1/applications/" + application + "/webhooks", null).json();
        assertThat(registered.get("GeneralWebhookUrl").asText()).isEqualTo(generalUrl);
    }

    private static UUID newApplication(String name) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("Name", name);
        ApiResponse created = client.admin("POST", "/admin/v1/applications", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return UUID.fromString(created.json().get("Id").asText());
    }

    private static void newIntegration(UUID application, UUID enterprise) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("ApplicationId", application.toString())
                .put("Name", "Console test integration");
        body.putArray("EnterpriseIds").add(enterprise.toString());
        ApiResponse created = client.admin("POST", "/admin/v1/integrations", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private static JsonNode integrationOf(String accessToken) {
        for (JsonNode integration : client.admin("GET", "/admin/v1/integrations", null).json().get("Integrations")) {
            if (integration.get("AccessToken").asText().equals(accessToken)) {
                return integration;
            }
        }
        throw new AssertionError("No integration has the AccessToken " + accessToken);
    }

    private static void addCustomer() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("FirstName", "Ada");
        body.put("LastName", "Console " + UUID.randomUUID());
        body.put("OverwriteExisting", false);
        ApiResponse added = client.operation("customers/add", body);
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
    }
}
