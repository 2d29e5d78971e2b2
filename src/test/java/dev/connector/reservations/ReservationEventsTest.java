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

/** Each event type is written for the change that causes it, and only then. */
class ReservationEventsTest extends BothStoresTest {

    @Test
    void adding_two_reservations_writes_one_service_order_update_each_and_nothing_else() {
        ObjectNode body = Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON, Stays.today(Stays.LONDON).plusDays(80), 2,
                "standard-double", Stays.guest(Stays.UK), null);
        body.withArray("Reservations").add(Stays.reservation(Stays.UK, Stays.LONDON,
                Stays.today(Stays.LONDON).plusDays(81), 1, "deluxe-king", Stays.guest(Stays.UK)));

        List<DomainEvent> events = during(() -> assertThat(call("reservations/add", body).status()).isEqualTo(200));

        assertThat(events).hasSize(2).allMatch(event -> event instanceof DomainEvent.ServiceOrderUpdated update
                && update.state().equals("Confirmed") && update.enterpriseId().equals(Stays.UK));
    }

    @Test
    void reads_availability_changes_and_refused_bookings_write_no_event() {
        LocalDate night = Stays.today(Stays.LONDON).plusDays(90);
        List<DomainEvent> events = during(() -> {
            ObjectNode reservations = ApiClient.body(ApiClient.UK);
            reservations.putObject("Limitation").put("Count", 10);
            assertThat(call("reservations/getAll/2023-06-06", reservations).status()).isEqualTo(200);
            ObjectNode price = ApiClient.body(ApiClient.UK);
            price.put("ServiceId", Stays.service(Stays.UK).toString());
            price.putArray("Reservations").add(Stays.reservation(Stays.UK, Stays.LONDON, night, 1, "junior-suite",
                    Stays.guest(Stays.UK)));
            assertThat(call("reservations/price", price).status()).isEqualTo(200);
            ObjectNode close = ApiClient.body(ApiClient.UK);
            close.put("ServiceId", Stays.service(Stays.UK).toString());
            close.putArray("AvailabilityUpdates").addObject()
                    .put("FirstTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                    .put("LastTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                    .put("ResourceCategoryId", Stays.category(Stays.UK, "junior-suite").toString())
                    .putObject("UnitCountAdjustment").put("Value", -10);
            assertThat(call("services/updateAvailability", close).status()).isEqualTo(200);
            ApiResponse refused = call("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON, night, 1,
                    "junior-suite", Stays.guest(Stays.UK), null));
            assertThat(refused.status()).isEqualTo(403);
        });

        assertThat(events).isEmpty();
    }

    @Test
    void an_update_writes_an_event_only_when_it_changes_the_reservation() {
        UUID id = add(Stays.today(Stays.LONDON).plusDays(95), 2);
        ObjectNode rename = single(id);
        rename.putObject("ChannelNumber").put("Value", "OTA-77");

        List<DomainEvent> changed = during(() -> assertThat(call("reservations/update", rename).status()).isEqualTo(200));
        List<DomainEvent> unchanged = during(() -> assertThat(call("reservations/update", rename).status()).isEqualTo(200));

        assertThat(changed).hasSize(1).first().isInstanceOf(DomainEvent.ServiceOrderUpdated.class);
        assertThat(unchanged).isEmpty();
    }

    @Test
    void moving_the_stay_and_the_guest_each_write_one_service_order_update_with_the_new_interval() {
        LocalDate arrival = Stays.today(Stays.LONDON).plusDays(100);
        UUID id = add(arrival, 2);
        ObjectNode interval = single(id);
        interval.put("StartUtc", Stays.arrival(arrival.plusDays(1), Stays.LONDON));
        interval.put("EndUtc", Stays.departure(arrival.plusDays(4), Stays.LONDON));
        interval.put("ChargeCancellationFee", false);

        List<DomainEvent> moved = during(() -> assertThat(call("reservations/updateInterval", interval).status()).isEqualTo(200));
        ObjectNode customer = single(id);
        customer.put("CustomerId", Stays.newGuest(client(), ApiClient.UK).toString());
        List<DomainEvent> newGuest = during(() -> assertThat(call("reservations/updateCustomer", customer).status()).isEqualTo(200));

        assertThat(moved).hasSize(1);
        DomainEvent.ServiceOrderUpdated update = (DomainEvent.ServiceOrderUpdated) moved.get(0);
        assertThat(update.startUtc()).isEqualTo(Stays.instant(Stays.arrival(arrival.plusDays(1), Stays.LONDON)));
        assertThat(update.endUtc()).isEqualTo(Stays.instant(Stays.departure(arrival.plusDays(4), Stays.LONDON)));
        assertThat(newGuest).hasSize(1).first().isInstanceOf(DomainEvent.ServiceOrderUpdated.class);
        assertThat(activeNights(id)).isEqualTo(3);
    }

    @Test
    void a_payment_writes_payment_updated_and_closing_its_bill_at_check_out_writes_it_again() {
        UUID customer = Stays.newGuest(client(), ApiClient.UK);
        ApiResponse added = call("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON,
                Stays.today(Stays.LONDON).minusDays(2), 2, "standard-double", customer, null));
        UUID id = Stays.addedId(added.json());
        UUID room = UUID.fromString(added.json().path("Reservations").get(0).path("Reservation").path("AssignedResourceId").asText());
        assertThat(call("reservations/start", single(id)).status()).isEqualTo(200);
        ObjectNode payment = ApiClient.body(ApiClient.UK);
        payment.put("AccountId", customer.toString());
        payment.putObject("Amount").put("Currency", "GBP").put("GrossValue", owed(id));

        List<DomainEvent> paid = during(() -> assertThat(call("payments/addExternal", payment).status()).isEqualTo(200));
        ObjectNode process = single(id);
        process.put("CloseBills", true);
        List<DomainEvent> checkedOut = during(() -> assertThat(call("reservations/process", process).status()).isEqualTo(200));

        assertThat(paid).hasSize(1).first().isInstanceOf(DomainEvent.PaymentUpdated.class);
        UUID paymentId = paid.get(0).entityId();
        assertThat(checkedOut).hasSize(3);
        assertThat(checkedOut.get(0)).isEqualTo(new DomainEvent.PaymentUpdated(Stays.UK, paymentId));
        assertThat(checkedOut.get(1)).isInstanceOf(DomainEvent.ServiceOrderUpdated.class);
        assertThat(checkedOut.get(2)).isEqualTo(new DomainEvent.ResourceUpdated(Stays.UK, room, "Dirty"));
        ObjectNode bills = Stays.withIds(ApiClient.body(ApiClient.UK), "CustomerIds", customer);
        bills.putObject("Limitation").put("Count", 10);
        JsonNode bill = call("bills/getAll", bills).json().path("Bills").get(0);
        assertThat(bill.path("State").asText()).isEqualTo("Closed");
        assertThat(bill.path("Number").asText()).isNotBlank();
    }

    private UUID add(LocalDate arrival, int nights) {
        ApiResponse response = call("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON, arrival, nights,
                "standard-double", Stays.guest(Stays.UK), null));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return Stays.addedId(response.json());
    }

    private double owed(UUID reservationId) {
        double total = 0;
        for (JsonNode item : orderItems(reservationId)) {
            if (item.path("AccountingState").asText().equals("Open")) {
                total += item.path("Amount").path("GrossValue").asDouble();
            }
        }
        return Math.round(total * 100) / 100.0;
    }

    private int activeNights(UUID reservationId) {
        int nights = 0;
        for (JsonNode item : orderItems(reservationId)) {
            if (item.path("AccountingState").asText().equals("Open")) {
                nights++;
            }
        }
        return nights;
    }

    private JsonNode orderItems(UUID reservationId) {
        ObjectNode body = Stays.withIds(ApiClient.body(ApiClient.UK), "ServiceOrderIds", reservationId);
        body.putObject("Limitation").put("Count", 100);
        return call("orderItems/getAll", body).json().path("OrderItems");
    }

    private List<DomainEvent> during(Runnable action) {
        Stays.Events events = new Stays.Events(server);
        long before = events.last();
        action.run();
        return events.after(before).stream().map(StoredEvent::event).toList();
    }

    private ApiResponse call(String operation, ObjectNode body) {
        return client().operation(operation, body);
    }

    private static ObjectNode single(UUID id) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ReservationId", id.toString());
        return body;
    }
}
