package dev.connector.guestjourney;

import static dev.connector.guestjourney.Guests.body;
import static dev.connector.guestjourney.Guests.ids;
import static dev.connector.guestjourney.Guests.limited;
import static dev.connector.guestjourney.Guests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.ShiftedClock;
import dev.connector.testing.StoreKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What happens by itself at its time, driven by the server's clock seam rather than by waiting: payment requests
 * expire, and the sandbox processor answers alternative payments. The test moves the clock forward.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessorClockTest {

    @Parameter
    StoreKind store;

    private final ShiftedClock clock = new ShiftedClock();
    private RunningConnector server;

    @BeforeParameterizedClassInvocation
    void start() {
        server = RunningConnector.start(store, config -> config, clock);
    }

    @AfterParameterizedClassInvocation
    void stop() {
        server.close();
    }

    @Test
    void a_pending_payment_request_expires_at_its_expiration_time_and_can_no_longer_be_canceled() {
        UUID guest = Guests.newGuest(client(), "Expiry");
        Instant expiration = clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String id = addRequest(guest, expiration);
        ObjectNode read = limited(10);
        ids(read, "PaymentRequestIds", UUID.fromString(id));
        String before = state(read);

        clock.advance(Duration.ofHours(2));
        JsonNode expired = ok(client(), "paymentRequests/getAll", read).path("PaymentRequests").get(0);
        ObjectNode cancel = body();
        cancel.putArray("PaymentRequestIds").add(id);

        assertThat(before).isEqualTo("Pending");
        assertThat(expired.path("State").asText()).isEqualTo("Expired");
        assertThat(Instant.parse(expired.path("UpdatedUtc").asText())).isEqualTo(expiration);
        assertThat(client().operation("paymentRequests/cancel", cancel).status()).isEqualTo(403);
    }

    @Test
    void a_payment_request_expires_without_anyone_asking() {
        UUID guest = Guests.newGuest(client(), "Unattended");
        String id = addRequest(guest, clock.instant().plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(6));

        await().atMost(Duration.ofSeconds(15)).until(() -> "Expired".equals(storedState(id)));
    }

    @Test
    void the_sandbox_processor_charges_a_wallet_payment_and_declines_a_very_large_one_when_their_answers_fall_due() {
        UUID guest = Guests.newGuest(client(), "Wallet");
        long before = OutboxRow.lastPosition(server);
        String charged = alternative(guest, "ApplePay", 25);
        String declined = alternative(guest, "GooglePay", 12_000);
        String beforeAnswer = paymentState(guest, charged);

        clock.advance(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(15)).until(() -> "Charged".equals(paymentState(guest, charged))
                && "Failed".equals(paymentState(guest, declined)));
        assertThat(beforeAnswer).isEqualTo("Pending");
        assertThat(OutboxRow.after(server, before)).filteredOn(row -> row.entityId().equals(charged))
                .extracting(OutboxRow::type).containsOnly("PaymentUpdated").hasSizeGreaterThanOrEqualTo(2);
    }

    private ApiClient client() {
        return server.client();
    }

    private String addRequest(UUID guest, Instant expiration) {
        ObjectNode add = body();
        add.putArray("PaymentRequests").addObject().put("AccountId", guest.toString()).put("Type", "Preauthorization")
                .put("Reason", "PaymentCardMissing").put("Description", "Leave a card for your stay")
                .put("ExpirationUtc", expiration.toString())
                .putObject("Amount").put("Currency", "GBP").put("Value", 150);
        return ok(client(), "paymentRequests/add", add).path("PaymentRequests").get(0).path("Id").asText();
    }

    private String state(ObjectNode read) {
        return ok(client(), "paymentRequests/getAll", read).path("PaymentRequests").get(0).path("State").asText();
    }

    private String storedState(String id) {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT state FROM payment_requests WHERE id = :id").bind("id", id)
                        .mapTo(String.class).one());
    }

    private String alternative(UUID guest, String method, double value) {
        ObjectNode request = body().put("CustomerId", guest.toString());
        request.putObject("Amount").put("Currency", "GBP").put("GrossValue", value).putArray("TaxCodes");
        request.putObject("Data").put("Discriminator", method);
        return ok(client(), "payments/addAlternative", request).path("PaymentId").asText();
    }

    private String paymentState(UUID guest, String paymentId) {
        ObjectNode request = limited(10);
        ids(request, "AccountIds", guest);
        for (JsonNode payment : ok(client(), "payments/getAll", request).path("Payments")) {
            if (payment.path("Id").asText().equals(paymentId)) {
                return payment.path("State").asText();
            }
        }
        throw new AssertionError("No payment " + paymentId);
    }
}
