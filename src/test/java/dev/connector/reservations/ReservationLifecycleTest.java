package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.events.DomainEvent;
import dev.connector.events.StoredEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationLifecycleTest extends BothStoresTest {

    @Test
    void add_confirm_start_pay_and_process_over_http_write_their_events_in_order() {
        Stays.Events events = new Stays.Events(server);
        UUID customer = Stays.newGuest(client(), ApiClient.UK);
        LocalDate yesterday = Stays.today(Stays.LONDON).minusDays(1);
        long before = events.last();

        ApiResponse added = client().operation("reservations/add",
                Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON, yesterday, 1, "deluxe-king", customer, "Optional"));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        UUID id = Stays.addedId(added.json());
        JsonNode reservation = added.json().path("Reservations").get(0).path("Reservation");
        assertThat(reservation.path("State").asText()).isEqualTo("Optional");
        UUID room = UUID.fromString(reservation.path("AssignedResourceId").asText());

        assertThat(call("reservations/confirm", Stays.withIds(ApiClient.body(ApiClient.UK), "ReservationIds", id)).status())
                .isEqualTo(200);
        assertThat(call("reservations/start", single(id)).status()).isEqualTo(200);
        String owed = orderItemsTotal(id);
        ObjectNode payment = ApiClient.body(ApiClient.UK);
        payment.put("AccountId", customer.toString());
        payment.put("ReservationId", id.toString());
        payment.putObject("Amount").put("Currency", "GBP").put("GrossValue", Double.parseDouble(owed));
        payment.put("Type", "Cash");
        ApiResponse paid = call("payments/addExternal", payment);
        assertThat(paid.status()).as(paid.raw()).isEqualTo(200);
        UUID paymentId = UUID.fromString(paid.json().path("ExternalPaymentId").asText());
        ObjectNode process = single(id);
        process.put("CloseBills", true);
        ApiResponse processed = call("reservations/process", process);
        assertThat(processed.status()).as(processed.raw()).isEqualTo(200);

        List<DomainEvent> written = events.after(before).stream().map(StoredEvent::event).toList();
        assertThat(written).containsExactly(
                new DomainEvent.ServiceOrderUpdated(Stays.UK, id, "Optional", Stays.instant(reservation.path("StartUtc").asText()),
                        Stays.instant(reservation.path("EndUtc").asText()), room),
                new DomainEvent.ServiceOrderUpdated(Stays.UK, id, "Confirmed", Stays.instant(reservation.path("StartUtc").asText()),
                        Stays.instant(reservation.path("EndUtc").asText()), room),
                written.get(2),
                new DomainEvent.PaymentUpdated(Stays.UK, paymentId),
                new DomainEvent.PaymentUpdated(Stays.UK, paymentId),
                written.get(5),
                new DomainEvent.ResourceUpdated(Stays.UK, room, "Dirty"));
        assertThat(((DomainEvent.ServiceOrderUpdated) written.get(2)).state()).isEqualTo("Started");
        assertThat(((DomainEvent.ServiceOrderUpdated) written.get(5)).state()).isEqualTo("Processed");

        JsonNode stored = reservationById(id);
        assertThat(stored.path("State").asText()).isEqualTo("Processed");
        assertThat(stored.path("ActualStartUtc").isNull()).isFalse();
        assertThat(stored.path("ActualEndUtc").isNull()).isFalse();
        assertThat(stored.path("Options").path("ConnectorCheckIn").asBoolean()).isTrue();
    }

    @Test
    void every_illegal_transition_is_403_with_a_message_and_writes_no_event() {
        Stays.Events events = new Stays.Events(server);
        LocalDate yesterday = Stays.today(Stays.LONDON).minusDays(1);
        UUID optional = add(yesterday.plusDays(10), "Optional");
        UUID confirmed = add(yesterday.plusDays(11), "Confirmed");
        UUID inquired = add(yesterday.plusDays(12), "Inquired");
        UUID started = add(yesterday, "Confirmed");
        assertThat(call("reservations/start", single(started)).status()).isEqualTo(200);
        UUID canceled = add(yesterday.plusDays(13), "Confirmed");
        assertThat(call("reservations/cancel", cancel(canceled)).status()).isEqualTo(200);
        UUID processed = add(yesterday, "Confirmed");
        assertThat(call("reservations/start", single(processed)).status()).isEqualTo(200);
        ObjectNode openBalance = single(processed);
        openBalance.put("AllowOpenBalance", true).put("Notes", "Guest pays by invoice");
        assertThat(call("reservations/process", openBalance).status()).isEqualTo(200);
        long before = events.last();

        List<ObjectNode> illegal = List.of(
                confirm(confirmed), confirm(started), confirm(processed), confirm(canceled),
                startBody(optional), startBody(inquired), startBody(started), startBody(processed), startBody(canceled),
                processBody(optional), processBody(confirmed), processBody(processed), processBody(canceled),
                cancel(started), cancel(processed), cancel(canceled));
        List<String> operations = List.of(
                "reservations/confirm", "reservations/confirm", "reservations/confirm", "reservations/confirm",
                "reservations/start", "reservations/start", "reservations/start", "reservations/start", "reservations/start",
                "reservations/process", "reservations/process", "reservations/process", "reservations/process",
                "reservations/cancel", "reservations/cancel", "reservations/cancel");
        for (int i = 0; i < illegal.size(); i++) {
            ApiResponse response = call(operations.get(i), illegal.get(i));
            assertThat(response.status()).as(operations.get(i) + " #" + i + ": " + response.raw()).isEqualTo(403);
            assertThat(response.json().path("Message").asText()).containsIgnoringCase("reservation").doesNotContain("Exception");
        }
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ReservationId", processed.toString());
        update.putObject("ChannelNumber").put("Value", "late change");
        assertThat(call("reservations/update", update).status()).isEqualTo(403);

        assertThat(events.after(before)).isEmpty();
        assertThat(reservationById(confirmed).path("State").asText()).isEqualTo("Confirmed");
        assertThat(reservationById(started).path("State").asText()).isEqualTo("Started");
    }

    @Test
    void a_guest_cannot_check_in_before_the_day_of_arrival_nor_check_out_with_an_open_balance() {
        UUID future = add(Stays.today(Stays.LONDON).plusDays(3), "Confirmed");
        ApiResponse early = call("reservations/start", single(future));
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.json().path("Message").asText()).contains("before the day of arrival");

        UUID owing = add(Stays.today(Stays.LONDON).minusDays(1), "Confirmed");
        assertThat(call("reservations/start", single(owing)).status()).isEqualTo(200);
        ApiResponse unpaid = call("reservations/process", single(owing));
        assertThat(unpaid.status()).isEqualTo(403);
        assertThat(unpaid.json().path("Message").asText()).contains("balance");
        assertThat(reservationById(owing).path("State").asText()).isEqualTo("Started");
    }

    @Test
    void canceling_a_reservation_cancels_its_night_charges() {
        UUID id = add(Stays.today(Stays.LONDON).plusDays(20), "Confirmed");
        assertThat(call("reservations/cancel", cancel(id)).status()).isEqualTo(200);

        JsonNode items = orderItems(id);
        assertThat(items).isNotEmpty();
        for (JsonNode item : items) {
            assertThat(item.path("AccountingState").asText()).isEqualTo("Canceled");
            assertThat(item.path("Options").path("CanceledWithReservation").asBoolean()).isTrue();
        }
        JsonNode reservation = reservationById(id);
        assertThat(reservation.path("State").asText()).isEqualTo("Canceled");
        assertThat(reservation.path("CancelledUtc").isNull()).isFalse();
    }

    @Test
    void a_reservation_for_someone_who_is_not_a_customer_of_the_chain_is_refused_as_malformed() {
        ApiResponse unknown = call("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON,
                Stays.today(Stays.LONDON).plusDays(30), 1, "junior-suite", UUID.randomUUID(), null));
        ApiResponse otherChain = call("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON,
                Stays.today(Stays.LONDON).plusDays(30), 1, "junior-suite", Stays.guest(Stays.US), null));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("Message").asText()).contains("Reservations[0].CustomerId");
        assertThat(otherChain.status()).isEqualTo(400);
    }

    private UUID add(LocalDate arrival, String state) {
        ApiResponse response = call("reservations/add",
                Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON, arrival, 1, "junior-suite",
                        Stays.newGuest(client(), ApiClient.UK), state));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return Stays.addedId(response.json());
    }

    private ApiResponse call(String operation, ObjectNode body) {
        return client().operation(operation, body);
    }

    private static ObjectNode single(UUID id) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ReservationId", id.toString());
        return body;
    }

    private static ObjectNode startBody(UUID id) {
        return single(id);
    }

    private static ObjectNode processBody(UUID id) {
        ObjectNode body = single(id);
        body.put("AllowOpenBalance", true).put("Notes", "test");
        return body;
    }

    private static ObjectNode confirm(UUID id) {
        return Stays.withIds(ApiClient.body(ApiClient.UK), "ReservationIds", id);
    }

    private static ObjectNode cancel(UUID id) {
        ObjectNode body = Stays.withIds(ApiClient.body(ApiClient.UK), "ReservationIds", id);
        body.put("Notes", "Guest changed plans");
        return body;
    }

    private JsonNode reservationById(UUID id) {
        ObjectNode body = Stays.withIds(ApiClient.body(ApiClient.UK), "ReservationIds", id);
        body.putObject("Limitation").put("Count", 10);
        ApiResponse response = call("reservations/getAll/2023-06-06", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json().path("Reservations").get(0);
    }

    private JsonNode orderItems(UUID reservationId) {
        ObjectNode body = Stays.withIds(ApiClient.body(ApiClient.UK), "ServiceOrderIds", reservationId);
        body.putObject("Limitation").put("Count", 100);
        ApiResponse response = call("orderItems/getAll", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json().path("OrderItems");
    }

    private String orderItemsTotal(UUID reservationId) {
        double total = 0;
        for (JsonNode item : orderItems(reservationId)) {
            total += item.path("Amount").path("GrossValue").asDouble();
        }
        return String.format(java.util.Locale.ROOT, "%.2f", total);
    }
}
