package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every reservation, availability and payment operation answers exactly the spec's response schema. */
class ReservationContractTest extends BothStoresTest {

    @Test
    void reservation_reads_match_the_spec() {
        LocalDate today = Stays.today(Stays.LONDON);
        ObjectNode current = limited(ApiClient.body(ApiClient.UK), 100);
        current.putObject("CollidingUtc").put("StartUtc", Stays.midnight(today.minusDays(20), Stays.LONDON))
                .put("EndUtc", Stays.midnight(today.plusDays(20), Stays.LONDON));
        JsonNode all = valid("reservations/getAll/2023-06-06", current);
        assertThat(all.path("Reservations").size()).isGreaterThan(5);

        ObjectNode old = limited(ApiClient.body(ApiClient.UK), 100);
        Stays.withIds(old, "ServiceIds", Stays.service(Stays.UK));
        old.put("StartUtc", Stays.midnight(today.minusDays(20), Stays.LONDON))
                .put("EndUtc", Stays.midnight(today.plusDays(20), Stays.LONDON));
        old.putObject("Extent").put("Reservations", true).put("ReservationGroups", true).put("Resources", true)
                .put("ResourceCategories", true).put("OrderItems", true).put("Customers", true);
        JsonNode oldAll = valid("reservations/getAll", old);
        assertThat(oldAll.path("Reservations").size()).isGreaterThan(5);
        assertThat(oldAll.path("ReservationGroups").size()).isGreaterThan(0);
        assertThat(oldAll.path("OrderItems").size()).isGreaterThan(0);
        assertThat(oldAll.path("Customers").size()).isGreaterThan(0);
        assertThat(oldAll.path("Resources").size()).isGreaterThan(0);

        ObjectNode groups = limited(ApiClient.body(ApiClient.UK), 10);
        groups.putArray("ReservationGroupIds").add(all.path("Reservations").get(0).path("GroupId").asText());
        assertThat(valid("reservationGroups/getAll", groups).path("ReservationGroups")).hasSize(1);
    }

    @Test
    void booking_and_changes_match_the_spec() {
        LocalDate arrival = Stays.today(Stays.LONDON).plusDays(70);
        UUID guest = Stays.guest(Stays.UK);
        ObjectNode price = ApiClient.body(ApiClient.UK);
        price.put("ServiceId", Stays.service(Stays.UK).toString());
        price.putArray("Reservations").add(Stays.reservation(Stays.UK, Stays.LONDON, arrival, 2, "standard-double", guest));
        JsonNode priced = valid("reservations/price", price);
        assertThat(priced.path("ReservationPrices").get(0).path("TotalAmount").path("GrossValue").asDouble()).isPositive();

        ObjectNode add = Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON, arrival, 2, "standard-double", guest, "Optional");
        add.put("GroupName", "Contract group");
        UUID id = Stays.addedId(valid("reservations/add", add));

        ObjectNode update = ApiClient.body(ApiClient.UK);
        ObjectNode change = update.putArray("ReservationUpdates").addObject();
        change.put("ReservationId", id.toString());
        change.putObject("ChannelNumber").put("Value", "CH-1");
        change.putObject("Purpose").put("Value", "Business");
        change.putObject("AssignedResourceId").put("Value", Stays.room(Stays.UK, "110").toString());
        JsonNode updated = valid("reservations/update", update);
        assertThat(updated.path("Reservations").get(0).path("AssignedResourceId").asText())
                .isEqualTo(Stays.room(Stays.UK, "110").toString());

        ObjectNode interval = single(id);
        interval.put("EndUtc", Stays.departure(arrival.plusDays(3), Stays.LONDON));
        interval.put("ChargeCancellationFee", false);
        valid("reservations/updateInterval", interval);
        ObjectNode customer = single(id);
        customer.put("CustomerId", Stays.guest(Stays.UK).toString());
        valid("reservations/updateCustomer", customer);
        valid("reservations/confirm", Stays.withIds(ApiClient.body(ApiClient.UK), "ReservationIds", id));
        ObjectNode cancel = Stays.withIds(ApiClient.body(ApiClient.UK), "ReservationIds", id);
        cancel.put("Notes", "Contract test");
        valid("reservations/cancel", cancel);
    }

    @Test
    void check_in_and_check_out_match_the_spec() {
        ApiResponse added = client().operation("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON,
                Stays.today(Stays.LONDON).minusDays(1), 1, "standard-double", Stays.guest(Stays.UK), null));
        UUID id = Stays.addedId(added.json());
        valid("reservations/start", single(id));
        ObjectNode process = single(id);
        process.put("AllowOpenBalance", true).put("Notes", "Company pays");
        valid("reservations/process", process);
    }

    @Test
    void availability_operations_match_the_spec() {
        LocalDate first = Stays.today(Stays.LONDON).plusDays(1);
        ObjectNode get = ApiClient.body(ApiClient.UK);
        get.put("ServiceId", Stays.service(Stays.UK).toString());
        get.put("FirstTimeUnitStartUtc", Stays.midnight(first, Stays.LONDON));
        get.put("LastTimeUnitStartUtc", Stays.midnight(first.plusDays(6), Stays.LONDON));
        JsonNode availability = valid("services/getAvailability", get);
        assertThat(availability.path("TimeUnitStartsUtc")).hasSize(7);
        assertThat(availability.path("CategoryAvailabilities")).hasSize(3);

        ObjectNode metrics = get.deepCopy();
        ArrayNode names = metrics.putArray("Metrics");
        for (String metric : new String[] {"ActiveResources", "UsableResources", "Occupied", "ConfirmedReservations",
                "OptionalReservations", "OutOfOrderBlocks", "PublicAvailabilityAdjustment",
                "OtherServiceReservationCount", "BlockAvailability", "AllocatedBlockAvailability"}) {
            names.add(metric);
        }
        JsonNode measured = valid("services/getAvailability/2024-01-22", metrics);
        assertThat(measured.path("ResourceCategoryAvailabilities").get(0).path("Metrics").path("ActiveResources")
                .get(0).asInt()).isEqualTo(10);

        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ServiceId", Stays.service(Stays.UK).toString());
        update.putArray("AvailabilityUpdates").addObject()
                .put("FirstTimeUnitStartUtc", Stays.midnight(first.plusDays(100), Stays.LONDON))
                .put("LastTimeUnitStartUtc", Stays.midnight(first.plusDays(101), Stays.LONDON))
                .put("ResourceCategoryId", Stays.category(Stays.UK, "junior-suite").toString())
                .putObject("UnitCountAdjustment").put("Value", -2);
        valid("services/updateAvailability", update);
    }

    @Test
    void payment_and_bill_reads_match_the_spec() {
        UUID guest = Stays.newGuest(client(), ApiClient.UK);
        ApiResponse added = client().operation("reservations/add", Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON,
                Stays.today(Stays.LONDON).plusDays(75), 2, "deluxe-king", guest, null));
        UUID id = Stays.addedId(added.json());
        ObjectNode pay = ApiClient.body(ApiClient.UK);
        pay.put("AccountId", guest.toString());
        pay.put("ReservationId", id.toString());
        pay.putObject("Amount").put("Currency", "GBP").put("GrossValue", 50);
        pay.put("Type", "CreditCard").put("ExternalIdentifier", "PSP-1").put("Notes", "Deposit");
        UUID paymentId = UUID.fromString(valid("payments/addExternal", pay).path("ExternalPaymentId").asText());

        JsonNode payments = valid("payments/getAll",
                limited(Stays.withIds(ApiClient.body(ApiClient.UK), "PaymentIds", paymentId), 10));
        assertThat(payments.path("Payments").get(0).path("Amount").path("GrossValue").asDouble()).isEqualTo(-50.0);
        UUID billId = UUID.fromString(payments.path("Payments").get(0).path("BillId").asText());
        JsonNode bills = valid("bills/getAll", limited(Stays.withIds(ApiClient.body(ApiClient.UK), "BillIds", billId), 10));
        assertThat(bills.path("Bills")).hasSize(1);
        JsonNode items = valid("orderItems/getAll",
                limited(Stays.withIds(ApiClient.body(ApiClient.UK), "ServiceOrderIds", id), 10));
        assertThat(items.path("OrderItems")).hasSize(2);

        ObjectNode accounting = ApiClient.body(ApiClient.UK);
        accounting.put("StartUtc", Stays.midnight(Stays.today(Stays.LONDON).minusDays(10), Stays.LONDON));
        accounting.put("EndUtc", Stays.midnight(Stays.today(Stays.LONDON).plusDays(1), Stays.LONDON));
        accounting.putObject("Extent").put("OrderItems", true).put("PaymentItems", true);
        JsonNode accountingItems = valid("accountingItems/getAll", accounting);
        assertThat(accountingItems.path("OrderItems").size()).isGreaterThan(0);
        assertThat(accountingItems.path("PaymentItems").size()).isGreaterThan(0);
    }

    private JsonNode valid(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static ObjectNode single(UUID id) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ReservationId", id.toString());
        return body;
    }

    private static ObjectNode limited(ObjectNode body, int count) {
        body.putObject("Limitation").put("Count", count);
        return body;
    }
}
