package dev.connector.vouchers;

import static dev.connector.testing.ApiClient.limited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Vouchers and their codes (and how a code books its rate), routing rules and billing automations (and where routed
 * items land) and service order notes (with their ServiceOrderUpdated events).
 */
class VouchersRoutingAndNotesTest extends BothStoresTest {

    private static final UUID UK = DemoIds.of("uk/enterprise");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID SERVICE = CatalogueIds.of(UK, "service/stay");
    private static final UUID BEST_AVAILABLE = CatalogueIds.of(UK, "rate/best-available");
    private static final UUID NON_REFUNDABLE = CatalogueIds.of(UK, "rate/non-refundable");
    /** Each stay starts on its own day, far enough ahead for the demo reservations to leave rooms free. */
    private final AtomicInteger nextArrival = new AtomicInteger(120);

    @Test
    void a_voucher_code_books_the_voucher_rate_and_records_the_voucher() {
        ObjectNode stay = stay(NON_REFUNDABLE, null);
        BigDecimal expected = priced(stay);
        BigDecimal bestAvailable = priced(stay.deepCopy().put("RateId", BEST_AVAILABLE.toString()));
        stay.put("VoucherCode", "WINTER-UK-1");

        ApiResponse added = add(stay);

        assertThat(added.status()).isEqualTo(200);
        JsonNode reservation = added.json().get("Reservations").get(0).get("Reservation");
        assertThat(reservation.get("VoucherId").asText()).isEqualTo(DemoIds.of("uk/voucher/1").toString());
        assertThat(reservation.get("RateId").asText()).isEqualTo(NON_REFUNDABLE.toString());
        assertThat(total(orderItems(reservation.get("Id").asText()))).isEqualByComparingTo(expected);
        assertThat(expected).as("the voucher rate is cheaper than the best available rate")
                .isLessThan(bestAvailable);
    }

    @Test
    void a_voucher_code_does_not_open_other_rates() {
        ObjectNode stay = stay(BEST_AVAILABLE, null);
        stay.put("VoucherCode", "WINTER-UK-1");

        ApiResponse refused = add(stay);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("Message").asText()).contains("WINTER-UK-1");
    }

    @Test
    void unknown_expired_and_deleted_codes_are_refused() {
        for (String code : List.of("NO-SUCH-CODE", "WINTER-UK-2", "WINTER-UK-3", "WINTER-US-1")) {
            ObjectNode stay = stay(NON_REFUNDABLE, null);
            stay.put("VoucherCode", code);

            ApiResponse refused = add(stay);

            assertThat(refused.status()).as(code).isEqualTo(403);
        }
        ObjectNode expired = stay(NON_REFUNDABLE, null);
        expired.put("VoucherCode", "WINTER-UK-2");
        assertThat(add(expired).json().get("Message").asText()).contains("used up");
    }

    @Test
    void vouchers_and_codes_are_added_read_changed_and_deleted() {
        ObjectNode add = ApiClient.body(ApiClient.UK);
        ObjectNode voucher = add.putArray("VoucherParameters").addObject();
        voucher.put("ServiceId", SERVICE.toString()).put("Name", "Spring offer").put("Type", "PartnerCompany")
                .put("CompanyId", DemoIds.of("uk/company/4").toString()).put("ExternalIdentifier", "SPRING-1");
        voucher.putArray("AssignedRateIds").add(NON_REFUNDABLE.toString());
        ApiResponse added = client().operation("vouchers/add", add);
        assertThat(added.status()).isEqualTo(200);
        SpecContract.assertValidResponse("vouchers/add", added.json());
        String voucherId = added.json().get("Vouchers").get(0).get("Id").asText();
        assertThat(added.json().get("Vouchers").get(0).get("CompanyId").asText())
                .isEqualTo(DemoIds.of("uk/company/4").toString());

        ObjectNode addCode = ApiClient.body(ApiClient.UK);
        addCode.putArray("VoucherCodeParameters").addObject().put("VoucherId", voucherId).put("Value", "SPRING-UK");
        ApiResponse code = client().operation("voucherCodes/add", addCode);
        assertThat(code.status()).isEqualTo(200);
        SpecContract.assertValidResponse("voucherCodes/add", code.json());
        assertThat(client().operation("voucherCodes/add", addCode).status()).as("the value is taken").isEqualTo(403);

        ObjectNode update = ApiClient.body(ApiClient.UK);
        ObjectNode change = update.putArray("VoucherUpdates").addObject().put("VoucherId", voucherId);
        change.putObject("Name").put("Value", "Spring offer 2027");
        ApiResponse updated = client().operation("vouchers/update", update);
        assertThat(updated.status()).isEqualTo(200);
        SpecContract.assertValidResponse("vouchers/update", updated.json());

        ObjectNode getAll = limited(ApiClient.UK, 10);
        getAll.putArray("ServiceIds").add(SERVICE.toString());
        getAll.putArray("VoucherCodeValues").add("SPRING-UK");
        getAll.putObject("Extent").put("Vouchers", true).put("VoucherCodes", true).put("VoucherAssignments", true)
                .put("Rates", true).put("Companies", true);
        ApiResponse all = client().operation("vouchers/getAll", getAll);
        assertThat(all.status()).isEqualTo(200);
        SpecContract.assertValidResponse("vouchers/getAll", all.json());
        assertThat(all.json().get("Vouchers")).hasSize(1);
        assertThat(all.json().get("Vouchers").get(0).get("Name").asText()).isEqualTo("Spring offer 2027");
        assertThat(all.json().get("VoucherAssignments").get(0).get("RateId").asText())
                .isEqualTo(NON_REFUNDABLE.toString());
        assertThat(all.json().get("Rates")).hasSize(1);
        assertThat(all.json().get("Companies")).hasSize(1);

        ObjectNode codes = limited(ApiClient.UK, 10);
        codes.putArray("VoucherIds").add(voucherId);
        ApiResponse listed = client().operation("voucherCodes/getAll", codes);
        assertThat(listed.status()).isEqualTo(200);
        SpecContract.assertValidResponse("voucherCodes/getAll", listed.json());
        assertThat(listed.json().get("VoucherCodes")).hasSize(1);

        ObjectNode stay = stay(NON_REFUNDABLE, null);
        stay.put("VoucherCode", "SPRING-UK");
        assertThat(add(stay).status()).isEqualTo(200);

        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("VoucherIds").add(voucherId);
        assertThat(client().operation("vouchers/delete", delete).status()).isEqualTo(200);
        ObjectNode again = stay(NON_REFUNDABLE, null);
        again.put("VoucherCode", "SPRING-UK");
        assertThat(add(again).status()).as("the code of a deleted voucher").isEqualTo(403);
        getAll.putArray("ActivityStates").add("Deleted");
        assertThat(client().operation("vouchers/getAll", getAll).json().get("Vouchers").get(0).get("IsActive")
                .asBoolean()).isFalse();
    }

    @Test
    void a_deleted_code_no_longer_books() {
        ObjectNode addCode = ApiClient.body(ApiClient.UK);
        addCode.putArray("VoucherCodeParameters").addObject()
                .put("VoucherId", DemoIds.of("uk/voucher/1").toString()).put("Value", "WINTER-UK-ONCE");
        String codeId = client().operation("voucherCodes/add", addCode).json().get("VoucherCodes").get(0).get("Id")
                .asText();
        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("VoucherCodeIds").add(codeId);

        ApiResponse deleted = client().operation("voucherCodes/delete", delete);
        ObjectNode stay = stay(NON_REFUNDABLE, null);
        stay.put("VoucherCode", "WINTER-UK-ONCE");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(add(stay).status()).isEqualTo(403);
    }

    @Test
    void nights_of_a_routed_company_land_on_the_company_bill() {
        String company = DemoIds.of("uk/company/1").toString();
        ApiResponse routed = add(stay(BEST_AVAILABLE, company));
        ApiResponse unrouted = add(stay(BEST_AVAILABLE, null));

        JsonNode routedItems = orderItems(reservationId(routed));
        JsonNode guestItems = orderItems(reservationId(unrouted));

        assertThat(routedItems).hasSize(2).allSatisfy(item -> {
            assertThat(item.get("AccountId").asText()).isEqualTo(company);
            assertThat(item.get("AccountType").asText()).isEqualTo("Company");
        });
        assertThat(guestItems).hasSize(2).allSatisfy(item ->
                assertThat(item.get("AccountType").asText()).isEqualTo("Customer"));
        ObjectNode bills = limited(ApiClient.UK, 10);
        bills.putArray("BillIds").add(routedItems.get(0).get("BillId").asText());
        JsonNode bill = client().operation("bills/getAll", bills).json().get("Bills").get(0);
        assertThat(bill.get("AccountId").asText()).isEqualTo(company);
    }

    @Test
    void routing_rules_are_added_changed_and_deleted_and_decide_where_nights_land() {
        String company = DemoIds.of("uk/company/4").toString();
        ObjectNode add = ApiClient.body(ApiClient.UK);
        add.putArray("RoutingRules").addObject().put("CompanyId", company).put("ServiceId", SERVICE.toString())
                .put("CompanyRelation", "PartnerCompany").put("Applicability", "Always")
                .put("RouteType", "SelectedStayItems").putObject("SelectedStayItems").put("Nights", false)
                .put("CityTax", true);
        ApiResponse added = client().operation("routingRules/add", add);
        assertThat(added.status()).isEqualTo(200);
        SpecContract.assertValidResponse("routingRules/add", added.json());
        String ruleId = added.json().get("RoutingRules").get(0).get("Id").asText();
        assertThat(accountTypes(add(stay(BEST_AVAILABLE, company)))).containsOnly("Customer");

        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.putArray("RoutingRuleUpdates").addObject().put("RoutingRuleId", ruleId)
                .putObject("SelectedStayItems").putObject("Nights").put("Value", true);
        ApiResponse updated = client().operation("routingRules/update", update);
        assertThat(updated.status()).isEqualTo(200);
        SpecContract.assertValidResponse("routingRules/update", updated.json());
        assertThat(accountTypes(add(stay(BEST_AVAILABLE, company)))).containsOnly("Company");

        ObjectNode getAll = limited(ApiClient.UK, 10);
        getAll.putArray("CompanyIds").add(company);
        ApiResponse listed = client().operation("routingRules/getAll", getAll);
        assertThat(listed.status()).isEqualTo(200);
        SpecContract.assertValidResponse("routingRules/getAll", listed.json());
        assertThat(listed.json().get("RoutingRules")).hasSize(1);

        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("RoutingRuleIds").add(ruleId);
        assertThat(client().operation("routingRules/delete", delete).status()).isEqualTo(200);
        assertThat(accountTypes(add(stay(BEST_AVAILABLE, company)))).containsOnly("Customer");
        assertThat(client().operation("routingRules/getAll", getAll).json().get("RoutingRules")).isEmpty();
    }

    @Test
    void a_billing_automation_routes_nights_and_products_of_its_company_to_the_company_bill() {
        String company = DemoIds.of("uk/company/2").toString();
        JsonNode before = orderItems(reservationId(add(stay(BEST_AVAILABLE, company))));
        assertThat(before).isNotEmpty().allSatisfy(item ->
                assertThat(item.get("AccountType").asText()).isEqualTo("Customer"));

        String automationId = addAutomation(company, "All");
        String reservationId = reservationId(add(stay(BEST_AVAILABLE, company)));
        JsonNode nights = orderItems(reservationId);
        assertThat(nights).hasSize(2).allSatisfy(item -> {
            assertThat(item.get("Type").asText()).isEqualTo("SpaceOrder");
            assertThat(item.get("AccountId").asText()).isEqualTo(company);
            assertThat(item.get("AccountType").asText()).isEqualTo("Company");
        });
        String billId = nights.get(0).get("BillId").asText();
        ObjectNode bills = limited(ApiClient.UK, 10);
        bills.putArray("BillIds").add(billId);
        JsonNode bill = client().operation("bills/getAll", bills).json().get("Bills").get(0);
        assertThat(bill.get("AccountId").asText()).isEqualTo(company);

        ObjectNode product = ApiClient.body(ApiClient.UK).put("ReservationId", reservationId)
                .put("ProductId", CatalogueIds.of(UK, "product/breakfast").toString()).put("Count", 1);
        ApiResponse added = client().operation("reservations/addProduct", product);
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        JsonNode products = orderItems(reservationId);
        assertThat(products).filteredOn(item -> item.get("Type").asText().equals("ProductOrder")).isNotEmpty()
                .allSatisfy(item -> {
                    assertThat(item.get("AccountId").asText()).isEqualTo(company);
                    assertThat(item.get("BillId").asText()).isEqualTo(billId);
                });

        ObjectNode order = ApiClient.body(ApiClient.UK)
                .put("AccountId", DemoIds.of("uk/customer/7").toString())
                .put("ServiceId", DemoIds.of("uk/service/restaurant").toString())
                .put("LinkedReservationId", reservationId);
        order.putArray("ProductOrders").addObject().put("ProductId", DemoIds.of("uk/product/espresso").toString());
        ApiResponse ordered = client().operation("orders/add", order);
        assertThat(ordered.status()).as(ordered.raw()).isEqualTo(200);
        ObjectNode orderItems = limited(ApiClient.UK, 10);
        orderItems.putArray("ServiceOrderIds").add(ordered.json().get("OrderId").asText());
        JsonNode espresso = client().operation("orderItems/getAll", orderItems).json().get("OrderItems");
        assertThat(espresso).hasSize(1);
        assertThat(espresso.get(0).get("AccountId").asText()).isEqualTo(company);
        assertThat(espresso.get(0).get("BillId").asText()).isEqualTo(billId);

        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("BillingAutomationIds").add(automationId);
        assertThat(client().operation("billingAutomations/delete", delete).status()).isEqualTo(200);
        assertThat(accountTypes(add(stay(BEST_AVAILABLE, company)))).containsOnly("Customer");
    }

    @Test
    void a_billing_automation_for_prepaid_reservations_only_leaves_the_nights_with_the_guest() {
        String company = DemoIds.of("uk/company/5").toString();
        String automationId = addAutomation(company, "Prepaid");
        assertThat(accountTypes(add(stay(BEST_AVAILABLE, company)))).containsOnly("Customer");
        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("BillingAutomationIds").add(automationId);
        assertThat(client().operation("billingAutomations/delete", delete).status()).isEqualTo(200);
    }

    @Test
    void notes_of_a_reservation_are_added_read_changed_and_deleted_each_time_announcing_the_reservation() {
        String reservation = DemoIds.of("uk/reservation/2").toString();
        long before = OutboxRow.lastPosition(server);
        ObjectNode add = ApiClient.body(ApiClient.UK);
        ArrayNode notes = add.putArray("ServiceOrderNotes");
        notes.addObject().put("ServiceOrderId", reservation).put("Text", "Needs a cot.");
        notes.addObject().put("ServiceOrderId", reservation).put("Text", "Arrives by train.");

        ApiResponse added = client().operation("serviceOrderNotes/add", add);

        assertThat(added.status()).isEqualTo(200);
        SpecContract.assertValidResponse("serviceOrderNotes/add", added.json());
        assertThat(OutboxRow.after(server, before)).extracting(OutboxRow::type, OutboxRow::entityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ServiceOrderUpdated", reservation));
        String noteId = added.json().get("ServiceOrderNotes").get(0).get("Id").asText();

        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.putArray("ServiceOrderNoteUpdates").addObject().put("ServiceOrderNoteId", noteId)
                .putObject("Text").put("Value", "Needs a cot and a high chair.");
        long beforeUpdate = OutboxRow.lastPosition(server);
        ApiResponse updated = client().operation("serviceOrderNotes/update", update);
        assertThat(updated.status()).isEqualTo(200);
        SpecContract.assertValidResponse("serviceOrderNotes/update", updated.json());
        assertThat(OutboxRow.after(server, beforeUpdate)).extracting(OutboxRow::type)
                .containsExactly("ServiceOrderUpdated");

        ObjectNode getAll = limited(ApiClient.UK, 10);
        getAll.putArray("ServiceOrderIds").add(reservation);
        ApiResponse listed = client().operation("serviceOrderNotes/getAll", getAll);
        assertThat(listed.status()).isEqualTo(200);
        SpecContract.assertValidResponse("serviceOrderNotes/getAll", listed.json());
        assertThat(listed.json().get("ServiceOrderNotes")).extracting(note -> note.get("Text").asText())
                .containsExactly("Needs a cot and a high chair.", "Arrives by train.");

        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("ServiceOrderNoteIds").add(noteId);
        long beforeDelete = OutboxRow.lastPosition(server);
        assertThat(client().operation("serviceOrderNotes/delete", delete).status()).isEqualTo(200);
        assertThat(OutboxRow.after(server, beforeDelete)).extracting(OutboxRow::type)
                .containsExactly("ServiceOrderUpdated");
        assertThat(client().operation("serviceOrderNotes/getAll", getAll).json().get("ServiceOrderNotes")).hasSize(1);
    }

    @Test
    void special_requests_are_listed_only_when_asked_and_channel_manager_notes_cannot_be_changed() {
        ObjectNode defaults = limited(ApiClient.UK, 10);
        defaults.putArray("ServiceOrderIds").add(DemoIds.of("uk/reservation/1").toString());
        ObjectNode special = defaults.deepCopy();
        special.putArray("Types").add("SpecialRequest");
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.putArray("ServiceOrderNoteUpdates").addObject()
                .put("ServiceOrderNoteId", DemoIds.of("uk/service-order-note/3").toString())
                .putObject("Text").put("Value", "Changed");

        assertThat(client().operation("serviceOrderNotes/getAll", defaults).json().get("ServiceOrderNotes"))
                .hasSize(1);
        assertThat(client().operation("serviceOrderNotes/getAll", special).json().get("ServiceOrderNotes"))
                .hasSize(1);
        assertThat(client().operation("serviceOrderNotes/update", update).status()).isEqualTo(403);
    }

    // ---- helpers

    private ObjectNode stay(UUID rateId, String companyId) {
        LocalDate arrival = LocalDate.now(LONDON).plusDays(nextArrival.getAndAdd(3));
        ObjectNode reservation = ApiClient.JSON.createObjectNode();
        reservation.put("Identifier", "test");
        reservation.put("StartUtc", arrival.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant().toString());
        reservation.put("EndUtc", arrival.plusDays(2).atTime(LocalTime.of(11, 0)).atZone(LONDON).toInstant().toString());
        reservation.put("CustomerId", DemoIds.of("uk/customer/7").toString());
        reservation.put("RequestedCategoryId", CatalogueIds.of(UK, "resource-category/standard-double").toString());
        reservation.put("RateId", rateId.toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", CatalogueIds.of(UK, "age-category/adult").toString()).put("Count", 1);
        if (companyId != null) {
            reservation.put("CompanyId", companyId);
        }
        return reservation;
    }

    private ApiResponse add(ObjectNode reservation) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", SERVICE.toString());
        body.putArray("Reservations").add(reservation);
        return client().operation("reservations/add", body);
    }

    private BigDecimal priced(ObjectNode reservation) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", SERVICE.toString());
        body.putArray("Reservations").add(reservation);
        ApiResponse response = client().operation("reservations/price", body);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("ReservationPrices").get(0).get("TotalAmount").get("GrossValue").decimalValue();
    }

    /** A continuous automation making the company the owner of one bill for its stays' nights and products. */
    private String addAutomation(String companyId, String prepayment) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        ObjectNode automation = body.putArray("BillingAutomations").addObject().put("Name", "Company stays")
                .put("Prepayment", prepayment).put("AssignmentTargetType", "CompanyAsOwner")
                .put("TriggerType", "Continuous").put("BillAggregationType", "AggregateAll");
        automation.putArray("CompaniesWithRelations").addObject().put("CompanyId", companyId)
                .putObject("CompanyRelations").put("PartnerCompany", true).put("TravelAgency", false);
        automation.putArray("Assignments").addObject().put("ServiceId", SERVICE.toString())
                .putObject("RoutedItemTypes").put("SpaceOrder", true).put("CityTax", false)
                .put("AllProducts", true).put("Deposits", false).put("AdditionalExpenses", false)
                .put("AllCustomItems", false);
        ApiResponse added = client().operation("billingAutomations/add", body);
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        SpecContract.assertValidResponse("billingAutomations/add", added.json());
        return added.json().get("BillingAutomations").get(0).get("Id").asText();
    }

    private static String reservationId(ApiResponse added) {
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        return added.json().get("Reservations").get(0).get("Reservation").get("Id").asText();
    }

    private JsonNode orderItems(String reservationId) {
        ObjectNode body = limited(ApiClient.UK, 100);
        body.putArray("ServiceOrderIds").add(reservationId);
        return client().operation("orderItems/getAll", body).json().get("OrderItems");
    }

    private List<String> accountTypes(ApiResponse added) {
        List<String> types = new java.util.ArrayList<>();
        orderItems(reservationId(added)).forEach(item -> types.add(item.get("AccountType").asText()));
        assertThat(types).isNotEmpty();
        return types;
    }

    private static BigDecimal total(JsonNode items) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode item : items) {
            total = total.add(item.get("Amount").get("GrossValue").decimalValue());
        }
        return total;
    }
}
