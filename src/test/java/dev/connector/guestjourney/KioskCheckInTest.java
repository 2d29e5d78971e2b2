package dev.connector.guestjourney;

import static dev.connector.guestjourney.Guests.body;
import static dev.connector.guestjourney.Guests.ids;
import static dev.connector.guestjourney.Guests.limited;
import static dev.connector.guestjourney.Guests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.app.Config;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * A kiosk checks a guest in over HTTP, as the kiosk use case describes: find the reservation, add the companion,
 * record both passports, take the card payment, check in, issue the room key; check-out invalidates the key. Every
 * step's events reach a real webhook receiver, and reservation changes a real WebSocket client.
 */
class KioskCheckInTest extends BothStoresTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    private WebhookSink sink;

    @Override
    protected Config configure(Config defaults) {
        return defaults.withWebhooks(defaults.webhooks()
                .withBatching(Duration.ofMillis(50), 500)
                .withPollInterval(Duration.ofMillis(100)));
    }

    @BeforeParameterizedClassInvocation
    void startSink() {
        sink = WebhookSink.start();
        ObjectNode hooks = ApiClient.JSON.createObjectNode().put("GeneralWebhookUrl", sink.url());
        ApiResponse registered = client().admin("PUT", "/admin/v1/applications/" + DemoIds.of("application/1")
                + "/webhooks", hooks);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(200);
    }

    @AfterParameterizedClassInvocation
    void stopSink() {
        sink.close();
    }

    @Test
    void a_kiosk_checks_a_guest_in_and_check_out_invalidates_the_room_key() {
        UUID owner = Guests.newGuest(client(), "Owner");
        Guests.Stay stay = Guests.newStay(client(), owner, Guests.today().minusDays(2), 2);
        try (WsEvents socket = WsEvents.connect(server.baseUrl(), ApiClient.UK)) {
            // 1. Find the reservation by the guest's confirmation number.
            ObjectNode find = limited(10);
            find.putArray("Numbers").add(stay.number());
            ids(find, "EnterpriseIds", Guests.UK);
            JsonNode found = ok(client(), "reservations/getAll/2023-06-06", find).path("Reservations");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).path("Id").asText()).isEqualTo(stay.id().toString());

            // 2. Add the companion.
            int beforeCompanion = sink.mark();
            UUID companion = Guests.newGuest(client(), "Companion");
            ObjectNode addCompanion = body().put("ReservationId", stay.id().toString())
                    .put("CustomerId", companion.toString());
            String companionshipId = ok(client(), "reservations/addCompanion", addCompanion)
                    .path("CompanionshipId").asText();
            ObjectNode companionships = limited(10);
            ids(companionships, "ReservationIds", stay.id());
            companionships.putObject("Extent").put("Customers", true).put("Reservations", true);
            JsonNode listed = ok(client(), "companionships/getAll", companionships);
            assertThat(listed.path("Companionships")).extracting(node -> node.path("Id").asText())
                    .containsExactly(companionshipId);
            assertThat(listed.path("Customers")).hasSize(1);

            // 3. Passports for both.
            ObjectNode passports = body();
            ArrayNode documents = passports.putArray("IdentityDocuments");
            documents.addObject().put("CustomerId", owner.toString()).put("Type", "Passport")
                    .put("Number", "P1234567").put("IssuanceDate", "2020-01-15").put("ExpirationDate", "2030-01-14")
                    .put("IssuingCountryCode", "GB");
            documents.addObject().put("CustomerId", companion.toString()).put("Type", "Passport")
                    .put("Number", "P7654321").put("ExpirationDate", "2031-06-30").put("IssuingCountryCode", "FR");
            assertThat(ok(client(), "identityDocuments/add", passports).path("IdentityDocuments")).hasSize(2);

            // 4. The card payment of what the stay costs.
            ObjectNode payment = body().put("CustomerId", owner.toString()).put("ReservationId", stay.id().toString());
            payment.putObject("Amount").put("Currency", "GBP").put("GrossValue", owed(stay.id()));
            payment.putObject("CreditCard").put("Type", "Visa").put("Number", "411111******1111")
                    .put("Expiration", "12/2031").put("Name", "Kiosk Owner");
            UUID cardId = UUID.fromString(ok(client(), "payments/addCreditCard", payment).path("CreditCardId").asText());
            ObjectNode payments = limited(10);
            ids(payments, "AccountIds", owner);
            JsonNode paid = ok(client(), "payments/getAll", payments).path("Payments").get(0);
            assertThat(paid.path("Type").asText()).isEqualTo("CreditCardPayment");
            assertThat(paid.path("Data").path("CreditCard").path("CreditCardId").asText()).isEqualTo(cardId.toString());
            String paymentId = paid.path("Id").asText();

            // 5. Check in, then 6. the room key for the stay.
            int beforeCheckIn = sink.mark();
            ok(client(), "reservations/start", body().put("ReservationId", stay.id().toString()));
            ObjectNode key = body();
            key.putArray("ResourceAccessTokenParameters").addObject().put("ServiceOrderId", stay.id().toString())
                    .put("CompanionshipId", companionshipId).put("Type", "PinCode").put("Value", "482913")
                    .putObject("Permissions").putObject("Room").put("Value", true);
            JsonNode issued = ok(client(), "resourceAccessTokens/add", key).path("ResourceAccessTokens").get(0);
            assertThat(issued.path("IsActive").asBoolean()).isTrue();
            assertThat(issued.path("ResourceId").asText()).isEqualTo(stay.roomId().toString());
            String tokenId = issued.path("Id").asText();

            // Events: each step reached the webhook receiver, and the reservation's changes the WebSocket. Updates
            // of one entity committed within one batch window arrive as one event, so the stay's are counted per step.
            await().atMost(ARRIVAL).untilAsserted(() -> {
                assertThat(sink.eventsOf(companion)).contains("CustomerAdded", "CustomerUpdated");
                assertThat(sink.eventsOf(owner)).contains("CustomerUpdated");
                assertThat(sink.eventsOf(stay.id(), beforeCompanion)).isNotEmpty();
                assertThat(sink.eventsOf(stay.id(), beforeCheckIn)).isNotEmpty();
                assertThat(sink.eventsOf(paymentId)).contains("PaymentUpdated");
                assertThat(socket.reservationStates(stay.id())).contains("Confirmed", "Started");
            });
            assertThat(sink.eventsOf(stay.id())).containsOnly("ServiceOrderUpdated");

            // Check-out: the key stops working.
            ok(client(), "reservations/process", body().put("ReservationId", stay.id().toString())
                    .put("CloseBills", true));
            ObjectNode keys = limited(10);
            ids(keys, "ResourceAccessTokenIds", UUID.fromString(tokenId));
            JsonNode afterCheckOut = ok(client(), "resourceAccessTokens/getAll", keys).path("ResourceAccessTokens");
            assertThat(afterCheckOut.get(0).path("IsActive").asBoolean()).isFalse();
            keys.putArray("ActivityStates").add("Active");
            assertThat(ok(client(), "resourceAccessTokens/getAll", keys).path("ResourceAccessTokens")).isEmpty();
            await().atMost(ARRIVAL).untilAsserted(() ->
                    assertThat(socket.reservationStates(stay.id())).contains("Processed"));
        }
    }

    @Test
    void a_third_companion_on_a_stay_for_two_is_refused_and_deleting_one_keeps_the_customer() {
        UUID owner = Guests.newGuest(client(), "Owner");
        Guests.Stay stay = Guests.newStay(client(), owner, Guests.today().plusDays(75), 2);
        UUID first = Guests.newGuest(client(), "First");
        UUID second = Guests.newGuest(client(), "Second");
        ok(client(), "reservations/addCompanion", body().put("ReservationId", stay.id().toString())
                .put("CustomerId", first.toString()));

        ApiResponse full = client().operation("reservations/addCompanion", body()
                .put("ReservationId", stay.id().toString()).put("CustomerId", second.toString()));
        ok(client(), "reservations/deleteCompanion", body().put("ReservationId", stay.id().toString())
                .put("CustomerId", first.toString()));
        ok(client(), "reservations/addCompanion", body().put("ReservationId", stay.id().toString())
                .put("CustomerId", second.toString()));

        assertThat(full.status()).isEqualTo(403);
        assertThat(full.json().path("Message").asText()).contains("every place is taken");
        ObjectNode customers = limited(10);
        ids(customers, "CustomerIds", first);
        customers.putObject("Extent").put("Customers", true);
        assertThat(ok(client(), "customers/getAll", customers).path("Customers")).hasSize(1);
        ObjectNode companionships = limited(10);
        ids(companionships, "ReservationIds", stay.id());
        companionships.putObject("Extent");
        assertThat(ok(client(), "companionships/getAll", companionships).path("Companionships"))
                .extracting(node -> node.path("CustomerId").asText()).containsExactly(second.toString());
    }

    private BigDecimal owed(UUID reservationId) {
        ObjectNode items = limited(100);
        ids(items, "ServiceOrderIds", reservationId);
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode item : ok(client(), "orderItems/getAll", items).path("OrderItems")) {
            if ("Open".equals(item.path("AccountingState").asText())) {
                total = total.add(item.path("Amount").path("GrossValue").decimalValue());
            }
        }
        return total;
    }
}
