package dev.connector.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The point-of-sale flow over HTTP: post an order to a guest in house, pay, close the bill, print it. */
class PointOfSaleTest extends BothStoresTest {

    static final UUID RESTAURANT = DemoIds.of("uk/service/restaurant");
    static final UUID ESPRESSO = DemoIds.of("uk/product/espresso");
    static final UUID FOOD = DemoIds.of("uk/accounting-category/food");

    @Test
    void an_order_lands_on_the_guests_open_bill_which_closes_once_paid_and_then_refuses_postings() {
        UUID guest = guestInHouse();
        long position = OutboxRow.lastPosition(server);

        UUID orderId = order(guest, null, "4.20");
        JsonNode items = ok("orderItems/getAll", limited().set("ServiceOrderIds", ids(orderId))).path("OrderItems");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("Type").asText()).isEqualTo("ProductOrder");
        assertThat(items.get(0).path("UnitCount").asInt()).isEqualTo(2);
        assertThat(items.get(1).path("Type").asText()).isEqualTo("CustomItem");
        assertThat(items.get(1).path("BillingName").asText()).isEqualTo("Newspaper");
        UUID billId = UUID.fromString(items.get(0).path("BillId").asText());
        assertThat(items.get(1).path("BillId").asText()).isEqualTo(billId.toString());
        JsonNode orders = ok("productServiceOrders/getAll", limited().set("ServiceIds", ids(RESTAURANT)))
                .path("ProductServiceOrders");
        assertThat(orders.findValuesAsText("Id")).contains(orderId.toString());
        JsonNode bill = ok("bills/getAll", limited().set("BillIds", ids(billId))).path("Bills").get(0);
        assertThat(bill.path("State").asText()).isEqualTo("Open");

        BigDecimal owed = balance(billId);
        assertThat(owed.signum()).isPositive();
        ObjectNode close = ApiClient.body(ApiClient.UK).put("BillId", billId.toString()).put("Type", "Receipt");
        ApiResponse refused = client().operation("bills/close", close);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("Message").asText()).contains(owed.setScale(2).toPlainString() + " GBP");

        ObjectNode pay = ApiClient.body(ApiClient.UK).put("AccountId", guest.toString()).put("BillId", billId.toString())
                .put("Type", "Cash");
        pay.putObject("Amount").put("Currency", "GBP").put("GrossValue", owed);
        UUID paymentId = UUID.fromString(ok("payments/addExternal", pay).path("ExternalPaymentId").asText());

        JsonNode closed = ok("bills/close", close).path("Bills").get(0);
        assertThat(closed.path("State").asText()).isEqualTo("Closed");
        assertThat(closed.path("Number").asText()).isNotBlank();
        assertThat(closed.path("CounterId").asText()).isEqualTo(DemoIds.of("uk/counter/bills").toString());
        JsonNode counters = ok("counters/getAll", limited().set("CounterIds", ids(DemoIds.of("uk/counter/bills"))))
                .path("Counters");
        assertThat(counters.get(0).path("Value").asText()).isEqualTo(closed.path("Number").asText());

        int ordersBefore = ok("productServiceOrders/getAll", limited(1000).set("ServiceIds", ids(RESTAURANT)))
                .path("ProductServiceOrders").size();
        ObjectNode late = orderBody(guest, billId, "1.00");
        ApiResponse refusedPosting = client().operation("orders/add", late);
        assertThat(refusedPosting.status()).isEqualTo(403);
        assertThat(refusedPosting.json().path("Message").asText()).contains("closed");
        assertThat(ok("productServiceOrders/getAll", limited(1000).set("ServiceIds", ids(RESTAURANT)))
                .path("ProductServiceOrders")).hasSize(ordersBefore);
        assertThat(ok("orderItems/getAll", limited().set("BillIds", ids(billId))).path("OrderItems")
                .findValuesAsText("AccountingState")).containsOnly("Closed");
        ApiResponse delete = client().operation("bills/delete",
                ApiClient.body(ApiClient.UK).set("BillIds", ids(billId)));
        assertThat(delete.status()).isEqualTo(403);

        List<OutboxRow> events = OutboxRow.after(server, position);
        assertThat(events).anyMatch(row -> row.type().equals("ServiceOrderUpdated")
                && row.entityId().equals(orderId.toString()));
        assertThat(events.stream().filter(row -> row.type().equals("PaymentUpdated")
                && row.entityId().equals(paymentId.toString()))).hasSize(2);

        JsonNode pdf = ok("bills/getPdf", ApiClient.body(ApiClient.UK).put("BillId", billId.toString()));
        assertThat(pdf.path("Result").path("Discriminator").asText()).isEqualTo("BillPdfFile");
        byte[] file = Base64.getDecoder().decode(pdf.path("Result").path("Value").path("Base64Data").asText());
        assertThat(new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void an_order_with_a_tax_code_of_another_environment_is_refused_and_writes_nothing() {
        UUID guest = guestInHouse();
        ObjectNode body = orderBody(guest, null, "2.00");
        ((ObjectNode) body.path("Items").get(0).path("UnitAmount")).set("TaxCodes",
                ApiClient.JSON.createArrayNode().add("US-DC-S"));
        long position = OutboxRow.lastPosition(server);
        ApiResponse response = client().operation("orders/add", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("Message").asText()).contains("Items[0].UnitAmount.TaxCodes");
        assertThat(OutboxRow.after(server, position)).isEmpty();
    }

    @Test
    void an_empty_bill_can_be_added_and_deleted_and_items_moved_onto_another_bill() {
        UUID guest = guestInHouse();
        ObjectNode add = ApiClient.body(ApiClient.UK);
        add.putArray("Bills").addObject().put("AccountId", guest.toString()).put("Name", "Extras");
        JsonNode bills = ok("bills/add", add).path("Bills");
        UUID extras = UUID.fromString(bills.get(0).path("Id").asText());
        assertThat(bills.get(0).path("Name").asText()).isEqualTo("Extras");

        UUID orderId = order(guest, null, "3.00");
        JsonNode item = ok("orderItems/getAll", limited().set("ServiceOrderIds", ids(orderId))).path("OrderItems")
                .get(1);
        ObjectNode move = ApiClient.body(ApiClient.UK);
        ObjectNode update = move.putArray("AccountingItemUpdates").addObject()
                .put("AccountingItemId", item.path("Id").asText());
        update.putObject("BillId").put("Value", extras.toString());
        JsonNode moved = ok("accountingItems/update", move);
        assertThat(moved.path("OrderItems").get(0).path("BillId").asText()).isEqualTo(extras.toString());

        ApiResponse notEmpty = client().operation("bills/delete", ApiClient.body(ApiClient.UK).set("BillIds",
                ids(extras)));
        assertThat(notEmpty.status()).isEqualTo(403);

        ObjectNode another = ApiClient.body(ApiClient.UK);
        another.putArray("Bills").addObject().put("AccountId", guest.toString());
        UUID empty = UUID.fromString(ok("bills/add", another).path("Bills").get(0).path("Id").asText());
        ok("bills/delete", ApiClient.body(ApiClient.UK).set("BillIds", ids(empty)));
        assertThat(ok("bills/getAll", limited().set("BillIds", ids(empty))).path("Bills")).isEmpty();
    }

    @Test
    void ledger_balances_close_at_opening_plus_the_days_items_less_its_payments() {
        UUID guest = guestInHouse();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        JsonNode before = ledgers(today);
        UUID orderId = order(guest, null, "10.00");
        BigDecimal posted = BigDecimal.ZERO;
        for (JsonNode item : ok("orderItems/getAll", limited().set("ServiceOrderIds", ids(orderId)))
                .path("OrderItems")) {
            posted = posted.add(item.path("Amount").path("GrossValue").decimalValue());
        }
        ObjectNode pay = ApiClient.body(ApiClient.UK).put("AccountId", guest.toString()).put("Type", "Cash");
        pay.putObject("Amount").put("Currency", "GBP").put("GrossValue", new BigDecimal("7.50"));
        ok("payments/addExternal", pay);
        JsonNode after = ledgers(today);

        assertThat(gross(after, "Guest", "OpeningBalance")).isEqualByComparingTo(gross(before, "Guest",
                "OpeningBalance"));
        assertThat(gross(after, "Guest", "ClosingBalance").subtract(gross(before, "Guest", "ClosingBalance")))
                .isEqualByComparingTo(posted.subtract(new BigDecimal("7.50")));
        assertThat(gross(after, "Revenue", "ClosingBalance").subtract(gross(before, "Revenue", "ClosingBalance")))
                .isEqualByComparingTo(posted);
        assertThat(gross(after, "Payment", "ClosingBalance").subtract(gross(before, "Payment", "ClosingBalance")))
                .isEqualByComparingTo("7.50");
        ObjectNode yesterday = limited();
        yesterday.putObject("Date").put("Start", today.minusDays(1).toString()).put("End", today.toString());
        yesterday.putArray("LedgerTypes").add("Guest");
        JsonNode days = ok("ledgerBalances/getAll", yesterday).path("LedgerBalances");
        assertThat(days).hasSize(2);
        assertThat(days.get(1).path("OpeningBalance")).isEqualTo(days.get(0).path("ClosingBalance"));
    }

    @Test
    void reference_lists_answer_in_the_spec_shape() {
        ok("accountingCategories/getAll", limited());
        ok("productCategories/getAll", limited().set("ServiceIds", ids(RESTAURANT)));
        ok("exchangeRates/getAll", ApiClient.body(ApiClient.UK));
        JsonNode counters = ok("counters/getAll", limited()).path("Counters");
        assertThat(counters.findValuesAsText("Type")).contains("BillCounter");
    }

    @Test
    void an_outlet_bill_is_listed_with_its_items_and_counts_in_the_ledgers() {
        UUID restaurant = DemoIds.of("uk/outlet/restaurant");
        assertThat(ok("outlets/getAll", limited()).path("Outlets").findValuesAsText("Id"))
                .contains(restaurant.toString(), DemoIds.of("uk/outlet/bar").toString());
        Instant consumed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        ObjectNode add = ApiClient.body(ApiClient.UK);
        ObjectNode bill = add.putArray("Bills").addObject().put("OutletId", restaurant.toString())
                .put("Number", "T-" + UUID.randomUUID()).put("ClosedUtc", consumed.toString());
        ArrayNode lines = bill.putArray("Items");
        ObjectNode beer = lines.addObject().put("Type", "Revenue").put("Name", "Beer").put("UnitCount", 4)
                .put("ConsumedUtc", consumed.toString()).put("AccountingCategoryId",
                        DemoIds.of("uk/accounting-category/beverage").toString());
        beer.putObject("UnitAmount").put("Currency", "GBP").put("GrossValue", 5).putArray("TaxCodes").add("UK-S");
        ObjectNode cash = lines.addObject().put("Type", "Payment").put("Name", "Cash").put("UnitCount", 1)
                .put("ConsumedUtc", consumed.toString());
        cash.putObject("UnitAmount").put("Currency", "GBP").put("GrossValue", -20).putArray("TaxCodes");
        UUID billId = UUID.fromString(ok("outletBills/add", add).path("OutletBillIds").get(0).asText());

        ObjectNode query = limited();
        query.putObject("ConsumedUtc").put("StartUtc", consumed.minusSeconds(1).toString())
                .put("EndUtc", consumed.plusSeconds(1).toString());
        JsonNode result = ok("outletItems/getAll", query);
        assertThat(result.path("OutletBills").findValuesAsText("Id")).contains(billId.toString());
        JsonNode items = result.path("OutletItems");
        assertThat(items.findValuesAsText("BillId")).contains(billId.toString());
        JsonNode beerItem = null;
        for (JsonNode item : items) {
            if (item.path("BillId").asText().equals(billId.toString()) && item.path("Name").asText().equals("Beer")) {
                beerItem = item;
            }
        }
        assertThat(beerItem).isNotNull();
        assertThat(beerItem.path("UnitAmount").path("NetValue").decimalValue()).isEqualByComparingTo("4.17");
    }

    @Test
    void a_cash_payment_goes_into_the_front_desk_cashier() {
        assertThat(ok("cashiers/getAll", limited()).path("Cashiers").findValuesAsText("Id"))
                .contains(DemoIds.of("uk/cashier/front-desk").toString());
        UUID guest = guestInHouse();
        ObjectNode pay = ApiClient.body(ApiClient.UK).put("AccountId", guest.toString()).put("Type", "Cash");
        pay.putObject("Amount").put("Currency", "GBP").put("GrossValue", new BigDecimal("12.00"));
        String paymentId = ok("payments/addExternal", pay).path("ExternalPaymentId").asText();
        ObjectNode query = limited();
        query.putObject("CreatedUtc").put("StartUtc", Instant.now().minusSeconds(3600).toString())
                .put("EndUtc", Instant.now().plusSeconds(60).toString());
        JsonNode transactions = ok("cashierTransactions/getAll", query).path("CashierTransactions");
        JsonNode transaction = null;
        for (JsonNode candidate : transactions) {
            if (candidate.path("PaymentId").asText().equals(paymentId)) {
                transaction = candidate;
            }
        }
        assertThat(transaction).as("the cashier transaction of the payment").isNotNull();
        assertThat(transaction.path("Amount").path("Value").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(transaction.path("CashierId").asText()).isEqualTo(DemoIds.of("uk/cashier/front-desk").toString());
    }

    private JsonNode ledgers(LocalDate day) {
        ObjectNode body = limited();
        body.putObject("Date").put("Start", day.toString()).put("End", day.toString());
        body.putArray("LedgerTypes").add("Revenue").add("Payment").add("Guest");
        return ok("ledgerBalances/getAll", body).path("LedgerBalances");
    }

    private static BigDecimal gross(JsonNode balances, String ledger, String which) {
        for (JsonNode balance : balances) {
            if (balance.path("LedgerType").asText().equals(ledger)) {
                return balance.path(which).path("GrossValue").decimalValue();
            }
        }
        throw new AssertionError("No " + ledger + " ledger in " + balances);
    }

    private BigDecimal balance(UUID billId) {
        BigDecimal total = BigDecimal.ZERO;
        ObjectNode items = limited().set("BillIds", ids(billId));
        items.putArray("AccountingStates").add("Open");
        for (JsonNode item : ok("orderItems/getAll", items).path("OrderItems")) {
            total = total.add(item.path("Amount").path("GrossValue").decimalValue());
        }
        for (JsonNode payment : ok("payments/getAll", limited().set("BillIds", ids(billId))).path("Payments")) {
            if (payment.path("AccountingState").asText().equals("Open")) {
                total = total.add(payment.path("Amount").path("GrossValue").decimalValue());
            }
        }
        return total;
    }

    @Test
    void a_product_added_to_a_stay_is_charged_per_night_and_items_can_be_canceled() {
        JsonNode reservation = stayInHouse();
        String reservationId = reservation.path("Id").asText();
        ObjectNode add = ApiClient.body(ApiClient.UK).put("ReservationId", reservationId)
                .put("ProductId", breakfast().toString())
                .put("Count", 1);
        long position = OutboxRow.lastPosition(server);
        JsonNode itemIds = ok("reservations/addProduct", add).path("ItemIds");
        assertThat(itemIds.size()).isGreaterThanOrEqualTo(1);
        assertThat(OutboxRow.after(server, position)).anyMatch(row -> row.type().equals("ServiceOrderUpdated")
                && row.entityId().equals(reservationId));
        ObjectNode query = limited();
        query.set("OrderItemIds", itemIds);
        JsonNode items = ok("orderItems/getAll", query).path("OrderItems");
        assertThat(items.findValuesAsText("ServiceOrderId")).containsOnly(reservationId);
        assertThat(items.findValuesAsText("Type")).containsOnly("ProductOrder");

        ObjectNode cancel = ApiClient.body(ApiClient.UK);
        cancel.set("OrderItemIds", itemIds);
        ok("orderItems/cancel", cancel);
        assertThat(ok("orderItems/getAll", query).path("OrderItems").findValuesAsText("AccountingState"))
                .containsOnly("Canceled");
    }

    @Test
    void an_open_bill_can_be_reissued_to_another_guest_with_its_items() {
        UUID guest = guestInHouse();
        UUID other = guestInHouse();
        ObjectNode add = ApiClient.body(ApiClient.UK);
        add.putArray("Bills").addObject().put("AccountId", guest.toString()).put("Name", "Shared dinner");
        UUID billId = UUID.fromString(ok("bills/add", add).path("Bills").get(0).path("Id").asText());
        UUID orderId = order(guest, billId, "2.00");
        ObjectNode update = ApiClient.body(ApiClient.UK);
        ObjectNode change = update.putArray("BillsUpdates").addObject().put("BillId", billId.toString());
        change.putObject("AccountId").put("Value", other.toString());
        JsonNode bill = ok("bills/update", update).path("Bills").get(0);
        assertThat(bill.path("AccountId").asText()).isEqualTo(other.toString());
        assertThat(ok("orderItems/getAll", limited().set("ServiceOrderIds", ids(orderId))).path("OrderItems")
                .findValuesAsText("AccountId")).containsOnly(other.toString());
    }

    @Test
    void a_billing_automation_is_added_listed_given_assignments_and_deleted() {
        ObjectNode add = ApiClient.body(ApiClient.UK);
        ObjectNode automation = add.putArray("BillingAutomations").addObject().put("Name", "Company pays the room")
                .put("Prepayment", "All").put("AssignmentTargetType", "CompanyAsOwner")
                .put("TriggerType", "Continuous").put("BillAggregationType", "OnePerReservation");
        automation.putArray("Assignments").addObject().put("ServiceId",
                        dev.connector.services.CatalogueIds.of(dev.connector.demo.DemoData.UK_ENTERPRISE_ID,
                                "service/stay").toString())
                .putObject("RoutedItemTypes").put("SpaceOrder", true).put("CityTax", true).put("AllProducts", false)
                .put("Deposits", false).put("AdditionalExpenses", false).put("AllCustomItems", false);
        JsonNode added = ok("billingAutomations/add", add).path("BillingAutomations").get(0);
        String id = added.path("Id").asText();
        assertThat(added.path("Assignments")).hasSize(1);

        // Each routed item type of an assignment update is an update value: only the ones sent change.
        ObjectNode retarget = ApiClient.body(ApiClient.UK).put("BillingAutomationId", id);
        ObjectNode assignmentChange = retarget.putArray("AssignmentsToUpdate").addObject()
                .put("BillingAutomationAssignmentId", added.path("Assignments").get(0).path("Id").asText());
        assignmentChange.putObject("RoutedItemTypes").putObject("SpaceOrder").put("Value", false);
        assignmentChange.putObject("ProductIds").putArray("Value").add(breakfast().toString());
        ApiResponse retargeted = client().operation("billingAutomations/updateAssignments", retarget);
        assertThat(retargeted.status()).as(retargeted.raw()).isEqualTo(200);
        JsonNode routed = retargeted.json().path("BillingAutomations").get(0).path("Assignments").get(0);
        assertThat(routed.path("RoutedItemTypes").path("SpaceOrder").asBoolean()).isFalse();
        assertThat(routed.path("RoutedItemTypes").path("CityTax").asBoolean()).isTrue();
        assertThat(routed.path("ProductIds").get(0).asText()).isEqualTo(breakfast().toString());

        ObjectNode assignments = ApiClient.body(ApiClient.UK).put("BillingAutomationId", id);
        assignments.putArray("AssignmentIdsToRemove").add(added.path("Assignments").get(0).path("Id").asText());
        // The spec's 200 schema of this operation names its request parameters by mistake; its example (which we
        // follow) answers the billing automations, so this response is not checked against the schema.
        ApiResponse changed = client().operation("billingAutomations/updateAssignments", assignments);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.json().path("BillingAutomations").get(0).path("Assignments")).isEmpty();
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.putArray("BillingAutomationUpdates").addObject().put("BillingAutomationId", id)
                .putObject("Name").put("Value", "Company pays everything");
        ok("billingAutomations/update", update);
        JsonNode listed = ok("billingAutomations/getAll", limited().set("BillingAutomationIds",
                ApiClient.JSON.createArrayNode().add(id))).path("BillingAutomations");
        assertThat(listed.get(0).path("Name").asText()).isEqualTo("Company pays everything");

        ObjectNode invalid = add.deepCopy();
        ((ObjectNode) invalid.path("BillingAutomations").get(0)).put("AssignmentTargetType", "NoCompany");
        assertThat(client().operation("billingAutomations/add", invalid).status()).isEqualTo(400);

        ok("billingAutomations/delete", ApiClient.body(ApiClient.UK).set("BillingAutomationIds",
                ApiClient.JSON.createArrayNode().add(id)));
        assertThat(ok("billingAutomations/getAll", limited().set("BillingAutomationIds",
                ApiClient.JSON.createArrayNode().add(id))).path("BillingAutomations")).isEmpty();
    }

    private static UUID breakfast() {
        return dev.connector.services.CatalogueIds.of(dev.connector.demo.DemoData.UK_ENTERPRISE_ID,
                "product/breakfast");
    }

    /** A customer of a checked-in reservation of the UK demo hotel. */
    private UUID guestInHouse() {
        return UUID.fromString(stayInHouse().path("AccountId").asText());
    }

    /** A checked-in reservation of the UK demo hotel. */
    private JsonNode stayInHouse() {
        ObjectNode body = limited(1000);
        body.putArray("States").add("Started");
        ObjectNode updated = body.putObject("UpdatedUtc");
        updated.put("StartUtc", Instant.now().minus(60, ChronoUnit.DAYS).toString());
        updated.put("EndUtc", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        JsonNode reservations = ok("reservations/getAll/2023-06-06", body).path("Reservations");
        assertThat(reservations).isNotEmpty();
        int pick = java.util.concurrent.ThreadLocalRandom.current().nextInt(reservations.size());
        return reservations.get(pick);
    }

    private UUID order(UUID guest, UUID billId, String newspaper) {
        return UUID.fromString(ok("orders/add", orderBody(guest, billId, newspaper)).path("OrderId").asText());
    }

    private static ObjectNode orderBody(UUID guest, UUID billId, String newspaper) {
        ObjectNode body = ApiClient.body(ApiClient.UK).put("ServiceId", RESTAURANT.toString())
                .put("AccountId", guest.toString());
        if (billId != null) {
            body.put("BillId", billId.toString());
        }
        body.putArray("ProductOrders").addObject().put("ProductId", ESPRESSO.toString()).put("Count", 2);
        ObjectNode item = body.putArray("Items").addObject().put("Name", "Newspaper").put("UnitCount", 1)
                .put("AccountingCategoryId", FOOD.toString());
        item.putObject("UnitAmount").put("Currency", "GBP").put("GrossValue", new BigDecimal(newspaper))
                .putArray("TaxCodes").add("UK-2022-Z");
        return body;
    }

    private static ObjectNode limited() {
        return limited(100);
    }

    private static ObjectNode limited(int count) {
        return ApiClient.limited(ApiClient.UK, count);
    }

    private static ArrayNode ids(UUID... ids) {
        ArrayNode array = ApiClient.JSON.createArrayNode();
        for (UUID id : ids) {
            array.add(id.toString());
        }
        return array;
    }

    private JsonNode ok(String operation, JsonNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }
}
