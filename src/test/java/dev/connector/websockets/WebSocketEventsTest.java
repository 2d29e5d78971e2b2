package dev.connector.websockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.app.Config;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.events.DomainEvent;
import dev.connector.events.UnannouncedEvents;
import dev.connector.testing.ApiClient;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebSocketEventsTest extends BothStoresTest {

    static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    static final UUID US = DemoData.US_ENTERPRISE_ID;
    static final UUID FIRST_APP_UK_INTEGRATION = DemoIds.of("application/1/integration/uk");
    static final ApiClient.Tokens SECOND_APP_UK = new ApiClient.Tokens(DemoCredentials.APPLICATIONS.get(1).clientToken(),
            DemoCredentials.APPLICATIONS.get(1).ukAccessToken());

    @Override
    protected Config configure(Config defaults) {
        return defaults.withWebSockets(defaults.websockets().withRecheckInterval(Duration.ofMillis(300)));
    }

    private void emit(DomainEvent... events) {
        server.connector().transactions().write(tx -> {
            for (DomainEvent event : events) {
                tx.emit(event);
            }
            return null;
        });
    }

    /** A change no socket in these tests may see, committed after the one under test: proves nothing else came. */
    private UUID marker(UUID enterpriseId) {
        UUID id = UUID.randomUUID();
        emit(new DomainEvent.ResourceUpdated(enterpriseId, id, "Clean"));
        return id;
    }

    /**
     * A socket without a cursor starts where the hub stands, and the hub may still be handing out what the previous
     * test committed last (an event no socket of that test waited for): wait until it has passed a fresh marker.
     */
    @BeforeEach
    void hubHasHandedOutEarlierEvents() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID marker = marker(UK);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ids(client.events()).contains(marker.toString()));
        }
    }

    @Test
    void a_change_committed_before_the_client_connected_is_not_sent_even_while_the_hub_has_not_handed_it_out() {
        // Not announced: the hub reads it only at its next poll, a second away, after the client has connected.
        UnannouncedEvents.commit(server.connector().database(), new DomainEvent.ResourceUpdated(UK, UUID.randomUUID(),
                "Dirty"));
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID marker = marker(UK);

            client.awaitEvents(1);
            assertThat(ids(client.events())).containsExactly(marker.toString());
        }
    }

    @Test
    void reservation_change_arrives_with_exactly_the_reservation_fields() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID reservation = UUID.randomUUID();
            UUID room = UUID.randomUUID();
            emit(new DomainEvent.ServiceOrderUpdated(UK, reservation, "Started",
                    Instant.parse("2026-03-01T14:00:00Z"), Instant.parse("2026-03-03T10:00:00Z"), room));

            JsonNode event = client.awaitEvents(1).get(0);

            assertThat(fieldNames(event)).containsExactly("Type", "Id", "State", "StartUtc", "EndUtc", "AssignedResourceId");
            assertThat(event.get("Type").asText()).isEqualTo("Reservation");
            assertThat(event.get("Id").asText()).isEqualTo(reservation.toString());
            assertThat(event.get("State").asText()).isEqualTo("Started");
            assertThat(event.get("StartUtc").asText()).isEqualTo("2026-03-01T14:00:00Z");
            assertThat(event.get("EndUtc").asText()).isEqualTo("2026-03-03T10:00:00Z");
            assertThat(event.get("AssignedResourceId").asText()).isEqualTo(room.toString());
        }
    }

    @Test
    void reservation_without_a_room_has_a_null_assigned_resource() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            emit(new DomainEvent.ServiceOrderUpdated(UK, UUID.randomUUID(), "Confirmed",
                    Instant.parse("2026-03-01T14:00:00Z"), Instant.parse("2026-03-03T10:00:00Z"), null));

            JsonNode event = client.awaitEvents(1).get(0);

            assertThat(event.has("AssignedResourceId")).isTrue();
            assertThat(event.get("AssignedResourceId").isNull()).isTrue();
        }
    }

    @Test
    void resource_change_arrives_with_id_and_state() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID resource = UUID.randomUUID();
            emit(new DomainEvent.ResourceUpdated(UK, resource, "Dirty"));

            JsonNode event = client.awaitEvents(1).get(0);

            assertThat(fieldNames(event)).containsExactly("Type", "Id", "State");
            assertThat(event.get("Type").asText()).isEqualTo("Resource");
            assertThat(event.get("Id").asText()).isEqualTo(resource.toString());
            assertThat(event.get("State").asText()).isEqualTo("Dirty");
        }
    }

    @Test
    void price_update_arrives_with_interval_rate_and_category() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID update = UUID.randomUUID();
            UUID rate = UUID.randomUUID();
            emit(new DomainEvent.PriceUpdated(UK, update, Instant.parse("2026-04-01T23:00:00Z"),
                    Instant.parse("2026-04-03T23:00:00Z"), rate, null));

            JsonNode event = client.awaitEvents(1).get(0);

            assertThat(fieldNames(event)).containsExactly("Type", "Id", "StartUtc", "EndUtc", "RateId", "ResourceCategoryId");
            assertThat(event.get("Type").asText()).isEqualTo("PriceUpdate");
            assertThat(event.get("Id").asText()).isEqualTo(update.toString());
            assertThat(event.get("StartUtc").asText()).isEqualTo("2026-04-01T23:00:00Z");
            assertThat(event.get("EndUtc").asText()).isEqualTo("2026-04-03T23:00:00Z");
            assertThat(event.get("RateId").asText()).isEqualTo(rate.toString());
            assertThat(event.get("ResourceCategoryId").isNull()).isTrue();
        }
    }

    @Test
    void device_command_reaches_only_the_integration_that_owns_the_device() {
        try (WsClient owner = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "");
             WsClient otherPartner = WsClient.withCookies(server.baseUrl(), SECOND_APP_UK, "")) {
            UUID command = UUID.randomUUID();
            emit(new DomainEvent.DeviceCommandUpdated(UK, command, "Pending", FIRST_APP_UK_INTEGRATION));
            UUID marker = marker(UK);

            JsonNode event = owner.awaitEvents(2).get(0);
            assertThat(fieldNames(event)).containsExactly("Type", "Id", "State");
            assertThat(event.get("Type").asText()).isEqualTo("DeviceCommand");
            assertThat(event.get("Id").asText()).isEqualTo(command.toString());
            assertThat(event.get("State").asText()).isEqualTo("Pending");

            List<JsonNode> seenByOther = otherPartner.awaitEvents(1);
            assertThat(ids(seenByOther)).containsExactly(marker.toString());
        }
    }

    @Test
    void a_token_of_another_enterprise_sees_nothing_of_the_change() {
        try (WsClient us = WsClient.withCookies(server.baseUrl(), ApiClient.US, "");
             WsClient portfolio = WsClient.withCookies(server.baseUrl(), ApiClient.PORTFOLIO, "")) {
            UUID ukResource = UUID.randomUUID();
            emit(new DomainEvent.ResourceUpdated(UK, ukResource, "Inspected"),
                    new DomainEvent.ServiceOrderUpdated(UK, UUID.randomUUID(), "Confirmed", Instant.parse("2026-03-01T14:00:00Z"),
                            Instant.parse("2026-03-02T10:00:00Z"), null),
                    new DomainEvent.PriceUpdated(UK, UUID.randomUUID(), Instant.parse("2026-03-01T00:00:00Z"),
                            Instant.parse("2026-03-02T00:00:00Z"), UUID.randomUUID(), UUID.randomUUID()));
            UUID usMarker = marker(US);

            assertThat(ids(us.awaitEvents(1))).containsExactly(usMarker.toString());
            assertThat(portfolio.awaitEvents(4)).hasSize(4);
            assertThat(ids(portfolio.events())).startsWith(ukResource.toString()).endsWith(usMarker.toString());
        }
    }

    @Test
    void events_committed_together_share_a_frame_in_commit_order_with_the_cursor_of_the_last() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            UUID third = UUID.randomUUID();
            emit(new DomainEvent.ResourceUpdated(UK, first, "Dirty"),
                    new DomainEvent.CustomerAdded(UK, UUID.randomUUID()),
                    new DomainEvent.ResourceUpdated(UK, second, "Clean"),
                    new DomainEvent.ResourceUpdated(UK, third, "Inspected"));

            client.awaitEvents(3);

            assertThat(client.frames()).hasSize(1);
            assertThat(ids(client.events())).containsExactly(first.toString(), second.toString(), third.toString());
            long lastPosition = OutboxRow.lastPosition(server);
            assertThat(client.cursor()).isEqualTo(Long.toString(lastPosition));
        }
    }

    @Test
    void events_that_are_not_for_the_real_time_channel_are_not_sent() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            emit(new DomainEvent.CustomerAdded(UK, UUID.randomUUID()),
                    new DomainEvent.CustomerUpdated(UK, UUID.randomUUID()),
                    new DomainEvent.PaymentUpdated(UK, UUID.randomUUID()),
                    new DomainEvent.MessageAdded(UK, UUID.randomUUID()),
                    new DomainEvent.ResourceBlockUpdated(UK, UUID.randomUUID()));
            UUID marker = marker(UK);

            assertThat(ids(client.awaitEvents(1))).containsExactly(marker.toString());
        }
    }

    @Test
    void a_change_committed_as_soon_as_the_client_is_connected_reaches_it() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
                UUID marker = marker(UK);

                assertThat(ids(client.awaitEvents(1))).as("attempt %d", attempt).containsExactly(marker.toString());
            }
        }
    }

    @Test
    void tokens_as_query_parameters_work_for_clients_without_cookies() {
        try (WsClient client = WsClient.withQuery(server.baseUrl(), ApiClient.UK, "")) {
            UUID marker = marker(UK);

            assertThat(ids(client.awaitEvents(1))).containsExactly(marker.toString());
        }
    }

    @Test
    void messages_from_the_client_are_ignored() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            client.send("{\"Hello\": true}");
            client.send("ping");
            UUID marker = marker(UK);

            assertThat(ids(client.awaitEvents(1))).containsExactly(marker.toString());
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void chosen_event_types_limit_what_the_integration_receives() throws Exception {
        String path = "/admin/v1/integrations/" + FIRST_APP_UK_INTEGRATION + "/websocket-events";
        var chosen = client().admin("PUT", path, ApiClient.JSON.createObjectNode()
                .set("Events", ApiClient.JSON.createArrayNode().add("Resource")));
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().get("IntegrationId").asText()).isEqualTo(FIRST_APP_UK_INTEGRATION.toString());
        assertThat(chosen.json().get("Events").toString()).isEqualTo("[\"Resource\"]");
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            emit(new DomainEvent.ServiceOrderUpdated(UK, UUID.randomUUID(), "Confirmed",
                    Instant.parse("2026-03-01T14:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"), null));
            UUID marker = marker(UK);

            assertThat(ids(client.awaitEvents(1))).containsExactly(marker.toString());
        } finally {
            var all = client().admin("PUT", path, ApiClient.JSON.readTree(
                    "{\"Events\":[\"Reservation\",\"Resource\",\"DeviceCommand\",\"PriceUpdate\"]}"));
            assertThat(all.status()).isEqualTo(200);
        }
        assertThat(client().admin("GET", path, null).json().get("Events")).hasSize(4);
    }

    @Test
    void choosing_event_types_applies_to_sockets_already_open() throws Exception {
        String path = "/admin/v1/integrations/" + FIRST_APP_UK_INTEGRATION + "/websocket-events";
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            client().admin("PUT", path, ApiClient.JSON.readTree("{\"Events\":[\"PriceUpdate\"]}"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                emit(new DomainEvent.ResourceUpdated(UK, UUID.randomUUID(), "Dirty"),
                        new DomainEvent.PriceUpdated(UK, UUID.randomUUID(), Instant.parse("2026-03-01T00:00:00Z"),
                                Instant.parse("2026-03-02T00:00:00Z"), null, null));
                List<JsonNode> events = client.events();
                assertThat(events).isNotEmpty();
                assertThat(events.get(events.size() - 1).get("Type").asText()).isEqualTo("PriceUpdate");
                Thread.sleep(100);
                assertThat(client.events().get(client.events().size() - 1).get("Type").asText()).isEqualTo("PriceUpdate");
            });
        } finally {
            client().admin("PUT", path, ApiClient.JSON.readTree(
                    "{\"Events\":[\"Reservation\",\"Resource\",\"DeviceCommand\",\"PriceUpdate\"]}"));
        }
    }

    @Test
    void unknown_event_type_is_400_and_unknown_integration_404() throws Exception {
        String path = "/admin/v1/integrations/" + FIRST_APP_UK_INTEGRATION + "/websocket-events";
        var unknown = client().admin("PUT", path, ApiClient.JSON.readTree("{\"Events\":[\"Reservation\",\"Customer\"]}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("Message").asText()).contains("Customer");

        var missing = client().admin("PUT", path, ApiClient.JSON.readTree("{}"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("Message").asText()).contains("Events");

        var nobody = client().admin("PUT", "/admin/v1/integrations/" + UUID.randomUUID() + "/websocket-events",
                ApiClient.JSON.readTree("{\"Events\":[]}"));
        assertThat(nobody.status()).isEqualTo(404);

        var badId = client().admin("PUT", "/admin/v1/integrations/not-an-id/websocket-events",
                ApiClient.JSON.readTree("{\"Events\":[]}"));
        assertThat(badId.status()).isEqualTo(400);
    }

    @Test
    void choosing_event_types_needs_the_admin_token() {
        var response = client().send("PUT", "/admin/v1/integrations/" + FIRST_APP_UK_INTEGRATION + "/websocket-events",
                "{\"Events\":[]}", java.util.Map.of());

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void metrics_count_open_sockets_and_frames() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            marker(UK);
            client.awaitEvents(1);

            String metrics = client().send("GET", "/metrics", null, java.util.Map.of()).raw();

            assertThat(metrics).contains("connector_ws_sockets_open", "connector_ws_frames_sent_total",
                    "connector_ws_events_sent_total", "connector_ws_commit_to_send_seconds");
        }
    }

    static List<String> fieldNames(JsonNode event) {
        List<String> names = new java.util.ArrayList<>();
        event.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> ids(List<JsonNode> events) {
        return events.stream().map(event -> event.get("Id").asText()).toList();
    }
}
