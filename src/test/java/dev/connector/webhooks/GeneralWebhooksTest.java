package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.events.GeneralEventKind;
import dev.connector.integrations.IntegrationState;
import dev.connector.testing.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GeneralWebhooksTest extends WebhookTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    private static final UUID US = DemoData.US_ENTERPRISE_ID;

    @Test
    void each_discriminator_arrives_with_the_exact_body_the_token_and_the_headers() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        assertThat(fixture().register(application, receiver.url(path) + "?existing=yes", null, "to ken&1", null).status())
                .isEqualTo(200);
        Map<String, Function<UUID, DomainEvent>> events = Map.of(
                "ServiceOrderUpdated", id -> new DomainEvent.ServiceOrderUpdated(UK, id, "Confirmed", Instant.now(), Instant.now(), null),
                "ResourceUpdated", id -> new DomainEvent.ResourceUpdated(UK, id, "Dirty"),
                "MessageAdded", id -> new DomainEvent.MessageAdded(UK, id),
                "ResourceBlockUpdated", id -> new DomainEvent.ResourceBlockUpdated(UK, id),
                "CustomerAdded", id -> new DomainEvent.CustomerAdded(UK, id),
                "CustomerUpdated", id -> new DomainEvent.CustomerUpdated(UK, id),
                "PaymentUpdated", id -> new DomainEvent.PaymentUpdated(UK, id));
        int expected = 0;
        for (GeneralEventKind kind : GeneralEventKind.values()) {
            String discriminator = kind.name();
            UUID entity = UUID.randomUUID();
            fixture().emit(events.get(discriminator).apply(entity));
            expected++;
            WebhookReceiver.Received request = awaitRequests(path, expected).get(expected - 1);

            assertThat(request.body()).isEqualTo("{\"EnterpriseId\":\"" + UK + "\",\"IntegrationId\":\"" + integration
                    + "\",\"Events\":[{\"Discriminator\":\"" + discriminator + "\",\"Value\":{\"Id\":\"" + entity + "\"}}]}");
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.query()).isEqualTo("existing=yes&Token=to+ken%261");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(UUID.fromString(request.header("webhook-id"))).isNotNull();
            assertThat(Long.parseLong(request.header("webhook-timestamp")))
                    .isBetween(Instant.now().getEpochSecond() - 30, Instant.now().getEpochSecond() + 1);
            assertThat(request.header("webhook-signature")).isNull();
        }
        await().atMost(RECEIPT_TIMEOUT).untilAsserted(() -> assertThat(fixture().log(application)).hasSize(7).allSatisfy(entry -> {
            assertThat(entry.get("State").asText()).isEqualTo("Delivered");
            assertThat(entry.get("Kind").asText()).isEqualTo("General");
        }));
        List<JsonNode> log = fixture().log(application);
        Set<String> sentIds = new HashSet<>();
        receiver.received(path).forEach(request -> sentIds.add(request.header("webhook-id")));
        assertThat(log).extracting(entry -> entry.get("Id").asText()).containsExactlyInAnyOrderElementsOf(sentIds);
    }

    @Test
    void device_commands_price_updates_and_integration_changes_are_not_general_webhooks() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        UUID customer = UUID.randomUUID();
        fixture().emit(
                new DomainEvent.DeviceCommandUpdated(UK, UUID.randomUUID(), "Pending", integration),
                new DomainEvent.PriceUpdated(UK, UUID.randomUUID(), Instant.now(), Instant.now(), null, null),
                new DomainEvent.CustomerAdded(UK, customer));

        JsonNode body = awaitRequests(path, 1).getFirst().json();

        assertThat(body.get("Events")).hasSize(1);
        assertThat(body.get("Events").get(0).get("Value").get("Id").asText()).isEqualTo(customer.toString());
    }

    @Test
    void events_keep_commit_order_and_a_repeated_event_is_merged() {
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        UUID customer = UUID.randomUUID();
        UUID reservation = UUID.randomUUID();
        fixture().emit(new DomainEvent.CustomerAdded(UK, customer), new DomainEvent.CustomerUpdated(UK, customer));
        fixture().emit(new DomainEvent.ServiceOrderUpdated(UK, reservation, "Confirmed", null, null, null),
                new DomainEvent.CustomerUpdated(UK, customer));

        await().atMost(RECEIPT_TIMEOUT).until(() -> receivedEvents(path).size() >= 3);

        assertThat(receivedEvents(path)).containsExactly(
                "CustomerAdded " + customer, "CustomerUpdated " + customer, "ServiceOrderUpdated " + reservation);
    }

    @Test
    void a_thousand_events_in_one_burst_arrive_in_messages_of_at_most_the_batch_max_each_once() {
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        List<String> emitted = new ArrayList<>();
        for (int transaction = 0; transaction < 10; transaction++) {
            List<DomainEvent> events = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                UUID customer = UUID.randomUUID();
                events.add(new DomainEvent.CustomerAdded(UK, customer));
                emitted.add("CustomerAdded " + customer);
            }
            fixture().emit(events.toArray(DomainEvent[]::new));
        }

        await().atMost(RECEIPT_TIMEOUT).until(() -> receivedEvents(path).size() >= 1000);

        List<WebhookReceiver.Received> messages = receiver.received(path);
        assertThat(messages).allSatisfy(message -> assertThat(message.json().get("Events").size()).isBetween(1, 500));
        assertThat(messages.size()).isLessThanOrEqualTo(10);
        assertThat(receivedEvents(path)).hasSize(1000).containsExactlyInAnyOrderElementsOf(emitted);
        for (WebhookReceiver.Received message : messages) {
            List<String> inMessage = events(message.json());
            List<Integer> positions = inMessage.stream().map(emitted::indexOf).toList();
            assertThat(positions).isSorted();
        }
    }

    @Test
    void an_integration_never_receives_events_of_an_enterprise_outside_its_scope() {
        UUID application = fixture().newApplication();
        UUID ukOnly = fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        UUID usCustomer = UUID.randomUUID();
        UUID ukCustomer = UUID.randomUUID();
        fixture().emit(new DomainEvent.CustomerAdded(US, usCustomer));
        fixture().emit(new DomainEvent.CustomerAdded(UK, ukCustomer));

        await().atMost(RECEIPT_TIMEOUT).until(() -> receivedEvents(path).contains("CustomerAdded " + ukCustomer));

        assertThat(receivedEvents(path)).containsExactly("CustomerAdded " + ukCustomer);
        assertThat(receiver.received(path)).allSatisfy(request -> {
            assertThat(request.json().get("EnterpriseId").asText()).isEqualTo(UK.toString());
            assertThat(request.json().get("IntegrationId").asText()).isEqualTo(ukOnly.toString());
        });
    }

    @Test
    void a_portfolio_integration_gets_one_message_per_enterprise() {
        UUID application = fixture().newApplication();
        UUID portfolio = fixture().newIntegration(application, IntegrationState.Enabled, UK, US);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()), new DomainEvent.CustomerAdded(US, UUID.randomUUID()));

        List<WebhookReceiver.Received> messages = awaitRequests(path, 2);

        assertThat(messages).extracting(message -> message.json().get("EnterpriseId").asText())
                .containsExactlyInAnyOrder(UK.toString(), US.toString());
        assertThat(messages).allSatisfy(message ->
                assertThat(message.json().get("IntegrationId").asText()).isEqualTo(portfolio.toString()));
    }

    @Test
    void each_application_hears_only_through_its_own_integrations() {
        UUID first = fixture().newApplication();
        UUID firstIntegration = fixture().newIntegration(first, IntegrationState.Enabled, UK);
        UUID second = fixture().newApplication();
        UUID secondIntegration = fixture().newIntegration(second, IntegrationState.Enabled, UK);
        String firstPath = newPath();
        String secondPath = newPath();
        fixture().register(first, receiver.url(firstPath), null, null, null);
        fixture().register(second, receiver.url(secondPath), null, null, null);
        fixture().emit(new DomainEvent.ResourceUpdated(UK, UUID.randomUUID(), "Clean"));

        JsonNode toFirst = awaitRequests(firstPath, 1).getFirst().json();
        JsonNode toSecond = awaitRequests(secondPath, 1).getFirst().json();

        assertThat(toFirst.get("IntegrationId").asText()).isEqualTo(firstIntegration.toString());
        assertThat(toSecond.get("IntegrationId").asText()).isEqualTo(secondIntegration.toString());
    }

    @Test
    void a_disabled_integration_receives_nothing() {
        UUID application = fixture().newApplication();
        UUID disabled = fixture().newIntegration(application, IntegrationState.Disabled, UK);
        UUID enabled = fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        awaitRequests(path, 1);
        UUID marker = UUID.randomUUID();
        fixture().emit(new DomainEvent.CustomerAdded(UK, marker));
        await().atMost(RECEIPT_TIMEOUT).until(() -> receivedEvents(path).contains("CustomerAdded " + marker));

        assertThat(receiver.received(path)).hasSize(2).allSatisfy(request ->
                assertThat(request.json().get("IntegrationId").asText()).isEqualTo(enabled.toString()));
        assertThat(fixture().log(application)).noneSatisfy(entry ->
                assertThat(entry.get("IntegrationId").asText()).isEqualTo(disabled.toString()));
    }

    @Test
    void an_integration_disabled_later_stops_receiving() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, UK);
        UUID witness = fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        awaitRequests(path, 2);

        fixture().setState(integration, IntegrationState.Disabled);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));
        await().atMost(RECEIPT_TIMEOUT).until(() -> receiver.received(path).size() >= 3);

        assertThat(receiver.received(path).subList(2, receiver.received(path).size())).allSatisfy(request ->
                assertThat(request.json().get("IntegrationId").asText()).isEqualTo(witness.toString()));
    }

    @Test
    void the_event_selection_of_an_integration_filters_what_it_receives() {
        UUID application = fixture().newApplication();
        UUID integration = fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        ApiResponse selected = fixture().selectEvents(integration, "ResourceUpdated", "PaymentUpdated");
        assertThat(selected.status()).isEqualTo(200);
        assertThat(selected.json().get("Events")).extracting(JsonNode::asText)
                .containsExactly("ResourceUpdated", "PaymentUpdated");
        UUID resource = UUID.randomUUID();
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()),
                new DomainEvent.ResourceUpdated(UK, resource, "Dirty"),
                new DomainEvent.CustomerUpdated(UK, UUID.randomUUID()));

        awaitRequests(path, 1);

        assertThat(receivedEvents(path)).containsExactly("ResourceUpdated " + resource);
    }

    @Test
    void an_application_without_a_general_url_gets_no_general_messages() {
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        fixture().register(application, null, receiver.url(path), null, null);
        UUID witnessApplication = fixture().newApplication();
        fixture().newIntegration(witnessApplication, IntegrationState.Enabled, UK);
        String witnessPath = newPath();
        fixture().register(witnessApplication, receiver.url(witnessPath), null, null, null);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        awaitRequests(witnessPath, 1);

        assertThat(receiver.received(path)).isEmpty();
        assertThat(fixture().log(application)).isEmpty();
    }

    @Test
    void signed_deliveries_verify_with_an_independent_implementation() {
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        ApiResponse registered = fixture().register(application, receiver.url(path), null, null, "generate");
        String secret = registered.json().get("SigningSecret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        WebhookReceiver.Received request = awaitRequests(path, 1).getFirst();

        assertThat(WebhookSignatures.signatures(request.header("webhook-signature"))).hasSize(1);
        assertThat(WebhookSignatures.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"))).isTrue();
        assertThat(WebhookSignatures.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body() + " ", request.header("webhook-signature"))).isFalse();
    }

    @Test
    void a_rotated_secret_signs_beside_the_new_one_during_the_grace_period() {
        UUID application = fixture().newApplication();
        fixture().newIntegration(application, IntegrationState.Enabled, UK);
        String path = newPath();
        String oldSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]);
        String newSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString("a new secret of forty bytes, for tests!!".getBytes());
        fixture().register(application, receiver.url(path), null, null, oldSecret);
        ApiResponse rotated = fixture().register(application, receiver.url(path), null, null, newSecret);
        assertThat(rotated.json().get("PreviousSigningSecretExpiresUtc").isNull()).isFalse();
        fixture().emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()));

        WebhookReceiver.Received request = awaitRequests(path, 1).getFirst();

        String header = request.header("webhook-signature");
        assertThat(WebhookSignatures.signatures(header)).hasSize(2);
        for (String secret : List.of(oldSecret, newSecret)) {
            assertThat(WebhookSignatures.verifies(secret, request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.body(), header)).as(secret).isTrue();
        }
    }

    private List<String> receivedEvents(String path) {
        List<String> events = new ArrayList<>();
        for (WebhookReceiver.Received request : receiver.received(path)) {
            events.addAll(events(request.json()));
        }
        return events;
    }

    private static List<String> events(JsonNode body) {
        List<String> events = new ArrayList<>();
        body.get("Events").forEach(event ->
                events.add(event.get("Discriminator").asText() + " " + event.get("Value").get("Id").asText()));
        return events;
    }
}
