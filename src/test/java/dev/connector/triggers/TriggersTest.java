package dev.connector.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.app.Config;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.webhooks.WebhookReceiver;
import dev.connector.services.CatalogueIds;
import dev.connector.websockets.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every trigger over HTTP: it answers 201 with what it created, the entities are there in the API's own reads, and
 * each General Webhook event it lists reaches a real receiver registered for the first demo application.
 */
class TriggersTest extends BothStoresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    /** Events that only the real-time channel carries. */
    private static final Set<String> REAL_TIME_ONLY = Set.of("PriceUpdate", "DeviceCommand");
    private static final List<String> TRIGGERS = List.of("reservation-booked", "reservation-optional",
            "reservation-confirmed", "reservation-canceled", "guest-checked-in", "guest-checked-out",
            "reservation-moved", "room-assigned", "customer-added", "customer-updated", "payment-received",
            "payment-failed", "room-cleaned", "room-out-of-order", "message-received", "price-changed",
            "key-requested");

    private WebhookReceiver receiver;
    private TriggerCalls triggers;

    @Override
    protected Config configure(Config defaults) {
        return defaults.withWebhooks(defaults.webhooks()
                .withBatching(Duration.ofMillis(50), 500)
                .withPollInterval(Duration.ofMillis(100)));
    }

    @BeforeParameterizedClassInvocation
    void registerReceiver() {
        receiver = WebhookReceiver.start();
        triggers = new TriggerCalls(client());
        ObjectNode hooks = ApiClient.JSON.createObjectNode().put("GeneralWebhookUrl", receiver.url("/hooks"));
        ApiResponse registered = client().admin("PUT", "/admin/v1/applications/" + DemoIds.of("application/1")
                + "/webhooks", hooks);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(200);
    }

    @AfterParameterizedClassInvocation
    void stopReceiver() {
        receiver.close();
    }

    static Stream<String> triggerNames() {
        return TRIGGERS.stream();
    }

    @Test
    void the_list_describes_every_trigger_with_its_events_and_settable_fields() {
        ApiResponse response = client().admin("GET", TriggerCalls.PATH, null);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode listed = response.json().path("Triggers");
        assertThat(listed).extracting(trigger -> trigger.path("Name").asText()).containsExactlyElementsOf(TRIGGERS);
        for (JsonNode trigger : listed) {
            assertThat(trigger.path("Description").asText()).isNotBlank();
            assertThat(trigger.path("Events")).isNotEmpty();
            assertThat(trigger.path("SetFields")).isNotEmpty();
        }
        JsonNode booked = listed.get(0);
        assertThat(booked.path("Operation").asText()).isEqualTo("reservations/add");
        assertThat(booked.path("SetFields")).extracting(JsonNode::asText)
                .contains("StartUtc", "RequestedCategoryId", "CustomerId", "ServiceId")
                .doesNotContain("EnterpriseId", "Reservations", "ClientToken");
    }

    @ParameterizedTest
    @MethodSource("triggerNames")
    void each_trigger_changes_what_the_api_reads_and_its_events_reach_the_webhook(String name) {
        JsonNode outcome = triggers.run(name, null);

        assertThat(outcome.path("Trigger").asText()).isEqualTo(name);
        assertThat(outcome.path("EnterpriseId").asText()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
        assertThat(outcome.path("Entities")).isNotEmpty();
        assertThat(outcome.path("Events")).isNotEmpty();
        List<String> declared = declaredEvents(name);
        List<String> general = new ArrayList<>();
        for (JsonNode event : outcome.path("Events")) {
            String discriminator = event.path("Discriminator").asText();
            assertThat(declared).as("events listed for %s", name).contains(discriminator);
            if (!REAL_TIME_ONLY.contains(discriminator)) {
                general.add(discriminator + " " + event.path("Id").asText());
            }
        }
        assertThat(outcome.path("Events")).extracting(event -> event.path("Discriminator").asText())
                .doesNotHaveDuplicates().contains(declared.get(declared.size() - 1));
        for (JsonNode entity : outcome.path("Entities")) {
            triggers.read(entity.path("Type").asText(), entity.path("Id").asText(), outcome);
        }
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(delivered()).containsAll(general));
    }

    private List<String> declaredEvents(String name) {
        for (JsonNode trigger : client().admin("GET", TriggerCalls.PATH, null).json().path("Triggers")) {
            if (trigger.path("Name").asText().equals(name)) {
                List<String> events = new ArrayList<>();
                trigger.path("Events").forEach(event -> events.add(event.asText()));
                return events;
            }
        }
        throw new AssertionError("Trigger " + name + " is not listed");
    }

    /** Every General Webhook event the receiver got, as "Discriminator Id". */
    private List<String> delivered() {
        List<String> events = new ArrayList<>();
        for (WebhookReceiver.Received request : receiver.received("/hooks")) {
            request.json().path("Events").forEach(event -> events.add(event.path("Discriminator").asText() + " "
                    + event.path("Value").path("Id").asText()));
        }
        return events;
    }

    @Test
    void real_time_events_of_triggers_reach_a_websocket_client() {
        try (WsClient socket = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            JsonNode booked = triggers.run("reservation-booked", null);
            JsonNode price = triggers.run("price-changed", null);
            JsonNode key = triggers.run("key-requested", null);

            String reservationId = TriggerCalls.entity(booked, "Reservation");
            String priceUpdateId = eventId(price, "PriceUpdate");
            String commandId = TriggerCalls.entity(key, "DeviceCommand");
            assertThat(eventId(key, "DeviceCommand")).isEqualTo(commandId);
            await().atMost(ARRIVAL).untilAsserted(() -> assertThat(socket.events())
                    .extracting(event -> event.path("Type").asText() + " " + event.path("Id").asText())
                    .contains("Reservation " + reservationId, "PriceUpdate " + priceUpdateId,
                            "DeviceCommand " + commandId));
        }
    }

    @Test
    void a_trigger_acts_at_the_time_of_the_hotel_clock() {
        String clock = "/admin/v1/enterprises/" + DemoData.UK_ENTERPRISE_ID + "/clock";
        Instant hotelNow = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(client().admin("PUT", clock, ApiClient.JSON.createObjectNode()
                .put("NowUtc", hotelNow.toString()).put("Frozen", true)).status()).isEqualTo(200);
        try {
            JsonNode outcome = triggers.run("reservation-booked", null);

            JsonNode reservation = triggers.read("Reservation", TriggerCalls.entity(outcome, "Reservation"), outcome);
            Instant start = Instant.parse(reservation.path("ScheduledStartUtc").asText());
            assertThat(start).isBetween(hotelNow.minus(Duration.ofDays(1)),
                    hotelNow.plus(Duration.ofDays(3)));
            assertThat(Instant.parse(reservation.path("CreatedUtc").asText())).isEqualTo(hotelNow);
        } finally {
            client().admin("DELETE", clock, null);
        }
    }

    @Test
    void set_shapes_the_booking_by_the_property_names_of_reservations_add() {
        String customerId = TriggerCalls.entity(triggers.run("customer-added", null), "Customer");
        LocalDate arrival = LocalDate.now(LONDON).plusDays(3);
        String start = arrival.atTime(16, 30).atZone(LONDON).toInstant().toString();
        String end = arrival.plusDays(2).atTime(10, 0).atZone(LONDON).toInstant().toString();
        String suite = CatalogueIds.of(DemoData.UK_ENTERPRISE_ID, "resource-category/junior-suite").toString();
        ObjectNode set = TriggerCalls.set().put("StartUtc", start).put("EndUtc", end)
                .put("RequestedCategoryId", suite).put("CustomerId", customerId);

        JsonNode outcome = triggers.run("reservation-booked", set);

        assertThat(TriggerCalls.entities(outcome, "Customer")).containsExactly(customerId);
        JsonNode reservation = triggers.read("Reservation", TriggerCalls.entity(outcome, "Reservation"), outcome);
        assertThat(Instant.parse(reservation.path("ScheduledStartUtc").asText())).isEqualTo(Instant.parse(start));
        assertThat(Instant.parse(reservation.path("ScheduledEndUtc").asText())).isEqualTo(Instant.parse(end));
        assertThat(reservation.path("RequestedResourceCategoryId").asText()).isEqualTo(suite);
        assertThat(reservation.path("AccountId").asText()).isEqualTo(customerId);
        assertThat(reservation.path("State").asText()).isEqualTo("Confirmed");
    }

    @Test
    void set_overrides_are_visible_in_customers_payments_and_messages() {
        JsonNode customer = triggers.run("customer-added", TriggerCalls.set().put("LastName", "Override")
                .put("Email", "override@guest.example.com"));
        JsonNode read = triggers.read("Customer", TriggerCalls.entity(customer, "Customer"), customer);
        assertThat(read.path("LastName").asText()).isEqualTo("Override");
        assertThat(read.path("Email").asText()).isEqualTo("override@guest.example.com");

        ObjectNode amount = TriggerCalls.set();
        amount.putObject("Amount").put("Currency", "GBP").put("GrossValue", 42.5);
        JsonNode payment = triggers.run("payment-received", amount);
        JsonNode paid = triggers.read("Payment", TriggerCalls.entity(payment, "Payment"), payment);
        // A payment reads as a negative amount on the guest's account, as the API's ledger shows it.
        assertThat(paid.path("Amount").path("GrossValue").decimalValue().abs()).isEqualByComparingTo("42.5");

        JsonNode message = triggers.run("message-received", TriggerCalls.set().put("Text", "Is the pool open?"));
        assertThat(triggers.read("Message", TriggerCalls.entity(message, "Message"), message).path("Text").asText())
                .isEqualTo("Is the pool open?");
    }

    @Test
    void checked_out_guests_leave_a_dirty_room_and_failed_payments_read_as_failed() {
        JsonNode checkedOut = triggers.run("guest-checked-out", null);
        assertThat(triggers.read("Reservation", TriggerCalls.entity(checkedOut, "Reservation"), checkedOut)
                .path("State").asText()).isEqualTo("Processed");
        assertThat(triggers.read("Resource", TriggerCalls.entity(checkedOut, "Resource"), checkedOut)
                .path("State").asText()).isEqualTo("Dirty");
        assertThat(TriggerCalls.entities(checkedOut, "Payment")).hasSize(1);

        JsonNode failed = triggers.run("payment-failed", null);
        assertThat(triggers.read("Payment", TriggerCalls.entity(failed, "Payment"), failed).path("State").asText())
                .isEqualTo("Failed");

        JsonNode cleaned = triggers.run("room-cleaned", TriggerCalls.set()
                .put("ResourceId", TriggerCalls.entity(checkedOut, "Resource")));
        assertThat(triggers.read("Resource", TriggerCalls.entity(checkedOut, "Resource"), cleaned)
                .path("State").asText()).isEqualTo("Clean");
    }

    @Test
    void a_trigger_can_act_on_an_existing_reservation_named_in_set() {
        String reservationId = TriggerCalls.entity(triggers.run("reservation-optional", null), "Reservation");
        ObjectNode set = TriggerCalls.set();
        set.putArray("ReservationIds").add(reservationId);

        JsonNode confirmed = triggers.run("reservation-confirmed", set);

        assertThat(TriggerCalls.entities(confirmed, "Reservation")).containsExactly(reservationId);
        assertThat(TriggerCalls.entities(confirmed, "Customer")).isEmpty();
        assertThat(confirmed.path("Events")).extracting(event -> event.path("Discriminator").asText() + " "
                + event.path("Id").asText()).containsExactly("ServiceOrderUpdated " + reservationId);
        assertThat(triggers.read("Reservation", reservationId, confirmed).path("State").asText())
                .isEqualTo("Confirmed");
    }

    @Test
    void unknown_triggers_and_set_fields_are_400_listing_what_is_allowed() {
        ApiResponse unknown = triggers.post("guest-teleported", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("Message").asText()).contains("guest-teleported", "reservation-booked",
                "key-requested");

        ApiResponse missing = client().admin("POST", TriggerCalls.PATH, ApiClient.JSON.createObjectNode());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("Message").asText()).contains("Trigger is required", "customer-added");

        ApiResponse field = triggers.post("reservation-booked", TriggerCalls.set().put("Colour", "blue"));
        assertThat(field.status()).isEqualTo(400);
        assertThat(field.json().path("Message").asText()).contains("Set.Colour", "StartUtc", "RequestedCategoryId");
    }

    @Test
    void set_values_of_the_wrong_type_are_400_naming_the_field_and_change_nothing() {
        long customers = customers();

        ApiResponse start = triggers.post("reservation-booked", TriggerCalls.set().put("StartUtc", 5));
        assertThat(start.status()).as(start.raw()).isEqualTo(400);
        assertThat(start.json().path("Message").asText()).startsWith("Set.StartUtc");

        ApiResponse count = triggers.post("key-requested", TriggerCalls.set().put("KeyCount", "many"));
        assertThat(count.status()).as(count.raw()).isEqualTo(400);
        assertThat(count.json().path("Message").asText()).startsWith("Set.KeyCount");

        ApiResponse notAnObject = client().admin("POST", TriggerCalls.PATH, ApiClient.JSON.createObjectNode()
                .put("Trigger", "customer-added").put("Set", "LastName=Smith"));
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.json().path("Message").asText()).contains("Set");

        ApiResponse enterprise = client().admin("POST", TriggerCalls.PATH, ApiClient.JSON.createObjectNode()
                .put("Trigger", "customer-added").put("EnterpriseId", "not-a-guid"));
        assertThat(enterprise.status()).isEqualTo(400);
        assertThat(enterprise.json().path("Message").asText()).contains("EnterpriseId");

        ApiResponse stranger = client().admin("POST", TriggerCalls.PATH, ApiClient.JSON.createObjectNode()
                .put("Trigger", "customer-added").put("EnterpriseId", UUID.randomUUID().toString()));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().path("Message").asText()).contains("not an enterprise");
        assertThat(customers()).isEqualTo(customers);
    }

    @Test
    void a_refused_step_answers_with_the_operation_status_and_names_it() {
        LocalDate later = LocalDate.now(LONDON).plusDays(5);
        JsonNode future = triggers.run("reservation-booked", TriggerCalls.set()
                .put("StartUtc", later.atTime(15, 0).atZone(LONDON).toInstant().toString())
                .put("EndUtc", later.plusDays(1).atTime(11, 0).atZone(LONDON).toInstant().toString()));

        ApiResponse early = triggers.post("guest-checked-in", TriggerCalls.set()
                .put("ReservationId", TriggerCalls.entity(future, "Reservation")));

        assertThat(early.status()).as(early.raw()).isEqualTo(403);
        assertThat(early.json().path("Message").asText()).startsWith("reservations/start:").contains("check in");
    }

    @Test
    void triggers_run_in_another_enterprise_when_asked() {
        JsonNode outcome = triggers.run("customer-added", null);
        ObjectNode body = ApiClient.JSON.createObjectNode().put("Trigger", "room-cleaned")
                .put("EnterpriseId", DemoData.US_ENTERPRISE_ID.toString());

        ApiResponse us = client().admin("POST", TriggerCalls.PATH, body);

        assertThat(outcome.path("EnterpriseId").asText()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
        assertThat(us.status()).as(us.raw()).isEqualTo(201);
        assertThat(us.json().path("EnterpriseId").asText()).isEqualTo(DemoData.US_ENTERPRISE_ID.toString());
        ObjectNode read = ApiClient.body(ApiClient.US);
        read.putObject("Limitation").put("Count", 10);
        read.putArray("ResourceIds").add(TriggerCalls.entity(us.json(), "Resource"));
        assertThat(client().operation("resources/getAll", read).json().path("Resources").path(0).path("State")
                .asText()).isEqualTo("Clean");
    }

    @Test
    void the_triggers_endpoints_need_the_admin_token() {
        ApiResponse list = client().send("GET", TriggerCalls.PATH, null, Map.of());
        ApiResponse run = client().send("POST", TriggerCalls.PATH, "{\"Trigger\":\"customer-added\"}",
                Map.of("Content-Type", "application/json"));
        ApiResponse wrong = client().send("POST", TriggerCalls.PATH, "{\"Trigger\":\"customer-added\"}",
                Map.of("Authorization", "Bearer not-the-token"));

        assertThat(list.status()).isEqualTo(401);
        assertThat(run.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
    }

    private static String eventId(JsonNode outcome, String discriminator) {
        for (JsonNode event : outcome.path("Events")) {
            if (event.path("Discriminator").asText().equals(discriminator)) {
                return event.path("Id").asText();
            }
        }
        throw new AssertionError("No " + discriminator + " in " + outcome);
    }

    private long customers() {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM customers").mapTo(Long.class).one());
    }
}
