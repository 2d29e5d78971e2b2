package dev.connector.accounts;

import static dev.connector.testing.ApiClient.body;
import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Merging accounts: the survivor takes everything of the merged ones, which are gone from every read. */
class AccountMergeTest extends BothStoresTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicInteger NEXT_STAY = new AtomicInteger(120);

    @Test
    void two_customers_with_reservations_bills_and_records_merge_into_the_survivor() {
        String survivor = addCustomer("Survivor");
        String merged = addCustomer("Merged");
        String survivorStay = reserve(survivor);
        String mergedStay = reserve(merged);
        String mergedPayment = pay(merged, mergedStay);
        String note = addNote(merged);
        String address = addAddress(merged);
        String membership = addMembership(merged);
        String passport = addPassport(merged);
        List<String> mergedBills = ids(bills(merged));
        assertThat(mergedBills).isNotEmpty();
        long before = OutboxRow.lastPosition(server);

        ObjectNode request = body(ApiClient.UK);
        request.putArray("AccountMergeParameters").addObject().put("AccountType", "Customer")
                .put("TargetAccountId", survivor).putArray("SourceAccountIds").add(merged);
        ApiResponse response = client().operation("accounts/merge", request);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsExactly("CustomerUpdated");
        assertThat(events.get(0).entityId()).isEqualTo(survivor);
        JsonNode stays = reservations(survivorStay, mergedStay);
        assertThat(stays).hasSize(2).allSatisfy(stay -> assertThat(stay.get("AccountId").asText()).isEqualTo(survivor));
        assertThat(ids(bills(survivor))).containsAll(mergedBills);
        assertThat(ids(bills(merged))).isEmpty();
        ObjectNode payments = limited(ApiClient.UK, 10);
        payments.putArray("PaymentIds").add(mergedPayment);
        assertThat(ok("payments/getAll", payments).json().get("Payments").get(0).get("AccountId").asText())
                .isEqualTo(survivor);
        ObjectNode items = limited(ApiClient.UK, 100);
        items.putArray("ServiceOrderIds").add(mergedStay);
        JsonNode orderItems = ok("orderItems/getAll", items).json().get("OrderItems");
        assertThat(orderItems).isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("AccountId").asText()).isEqualTo(survivor));
        assertThat(ids(byAccount("accountNotes/getAll", survivor).get("AccountNotes"))).contains(note);
        assertThat(ids(byAccount("addresses/getAll", survivor).get("Addresses"))).contains(address);
        assertThat(ids(byAccount("loyaltyMemberships/getAll", survivor).get("LoyaltyMemberships")))
                .contains(membership);
        ObjectNode documents = limited(ApiClient.UK, 10);
        documents.putArray("CustomerIds").add(survivor);
        assertThat(ids(ok("identityDocuments/getAll", documents).json().get("IdentityDocuments"))).contains(passport);
        assertGone(merged);
    }

    private String addPassport(String customerId) {
        ObjectNode request = body(ApiClient.UK);
        request.putArray("IdentityDocuments").addObject().put("CustomerId", customerId).put("Type", "Passport")
                .put("Number", "P-" + customerId.substring(0, 8));
        return ok("identityDocuments/add", request).json().get("IdentityDocuments").get(0).get("Id").asText();
    }

    @Test
    void the_deprecated_customer_merge_merges_one_customer_into_another() {
        String survivor = addCustomer("Keeper");
        String merged = addCustomer("Duplicate");
        String stay = reserve(merged);
        ObjectNode request = body(ApiClient.UK).put("SourceCustomerId", merged).put("TargetCustomerId", survivor);

        ApiResponse response = client().operation("customers/merge", request);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(reservations(stay).get(0).get("AccountId").asText()).isEqualTo(survivor);
        assertGone(merged);
    }

    @Test
    void a_merged_company_hands_its_customers_and_contracts_to_the_survivor() {
        String survivor = addCompany("Survivor Holdings");
        String merged = addCompany("Merged Holdings");
        ObjectNode adopt = body(ApiClient.UK).put("CompanyId", survivor);
        adopt.putObject("MotherCompanyId").put("Value", merged);
        ok("companies/update", adopt);
        ObjectNode customer = body(ApiClient.UK).put("LastName", "Employee").put("OverwriteExisting", false)
                .put("CompanyId", merged);
        String employee = ok("customers/add", customer).json().get("Id").asText();
        long before = OutboxRow.lastPosition(server);

        ObjectNode request = body(ApiClient.UK);
        request.putArray("AccountMergeParameters").addObject().put("AccountType", "Company")
                .put("TargetAccountId", survivor).putArray("SourceAccountIds").add(merged);
        assertThat(client().operation("accounts/merge", request).status()).isEqualTo(200);

        ObjectNode read = limited(ApiClient.UK, 10);
        read.putObject("Extent").put("Customers", true);
        read.putArray("CustomerIds").add(employee);
        assertThat(ok("customers/getAll", read).json().get("Customers").get(0).get("CompanyId").asText())
                .isEqualTo(survivor);
        ObjectNode companies = limited(ApiClient.UK, 10);
        companies.putArray("Ids").add(merged).add(survivor);
        JsonNode remaining = ok("companies/getAll", companies).json().get("Companies");
        assertThat(ids(remaining)).containsExactly(survivor);
        assertThat(remaining.get(0).get("MotherCompanyId").isNull()).isTrue();
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void a_merge_refuses_mixed_types_foreign_accounts_and_itself() {
        ObjectNode mixed = merge("Customer", DemoIds.of("uk/customer/40").toString(),
                DemoIds.of("uk/company/1").toString());
        ObjectNode foreign = merge("Customer", DemoIds.of("uk/customer/40").toString(),
                DemoIds.of("us/customer/40").toString());
        ObjectNode itself = merge("Customer", DemoIds.of("uk/customer/40").toString(),
                DemoIds.of("uk/customer/40").toString());
        long before = OutboxRow.lastPosition(server);

        assertThat(client().operation("accounts/merge", mixed).status()).isEqualTo(403);
        assertThat(client().operation("accounts/merge", foreign).status()).isEqualTo(403);
        assertThat(client().operation("accounts/merge", itself).status()).isEqualTo(400);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    private void assertGone(String merged) {
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putObject("Extent").put("Customers", true);
        read.putArray("CustomerIds").add(merged);
        read.putArray("ActivityStates").add("Active").add("Deleted");
        assertThat(ok("customers/getAll", read).json().get("Customers")).isEmpty();
        ObjectNode search = body(ApiClient.UK).put("Name", "Merged");
        JsonNode found = client().operation("customers/search", search).json();
        assertThat(found.toString()).doesNotContain(merged);
        assertThat(byAccount("accountNotes/getAll", merged).get("AccountNotes")).isEmpty();
        assertThat(byAccount("addresses/getAll", merged).get("Addresses")).isEmpty();
        ObjectNode stays = limited(ApiClient.UK, 10);
        stays.putArray("AccountIds").add(merged);
        assertThat(ok("reservations/getAll/2023-06-06", stays).json().get("Reservations")).isEmpty();
        ObjectNode update = body(ApiClient.UK);
        update.putArray("AccountUpdates").addObject().put("Id", merged).put("Discriminator", "Customer")
                .putObject("Customer").putObject("Notes").put("Value", "x");
        assertThat(client().operation("accounts/update", update).status()).isEqualTo(403);
    }

    private ObjectNode merge(String type, String target, String source) {
        ObjectNode request = body(ApiClient.UK);
        request.putArray("AccountMergeParameters").addObject().put("AccountType", type).put("TargetAccountId", target)
                .putArray("SourceAccountIds").add(source);
        return request;
    }

    private JsonNode bills(String customerId) {
        ObjectNode read = limited(ApiClient.UK, 100);
        read.putArray("CustomerIds").add(customerId);
        return ok("bills/getAll", read).json().get("Bills");
    }

    private JsonNode reservations(String... reservationIds) {
        ObjectNode read = limited(ApiClient.UK, 10);
        ArrayNode array = read.putArray("ReservationIds");
        for (String id : reservationIds) {
            array.add(id);
        }
        return ok("reservations/getAll/2023-06-06", read).json().get("Reservations");
    }

    private JsonNode byAccount(String operation, String accountId) {
        ObjectNode read = limited(ApiClient.UK, 100);
        read.putArray("AccountIds").add(accountId);
        return client().operation(operation, read).json();
    }

    private String addCustomer(String lastName) {
        ObjectNode request = body(ApiClient.UK).put("FirstName", "Mia").put("LastName", lastName + " " + UUID.randomUUID())
                .put("OverwriteExisting", false);
        return ok("customers/add", request).json().get("Id").asText();
    }

    private String addCompany(String name) {
        ObjectNode request = body(ApiClient.UK).put("Name", name);
        request.putObject("Options").put("Invoiceable", false);
        return ok("companies/add", request).json().get("Companies").get(0).get("Id").asText();
    }

    private String reserve(String customerId) {
        LocalDate arrival = LocalDate.now(LONDON).plusDays(NEXT_STAY.getAndAdd(3));
        ObjectNode request = body(ApiClient.UK).put("ServiceId", CatalogueIds.of(UK, "service/stay").toString());
        ObjectNode reservation = request.putArray("Reservations").addObject()
                .put("Identifier", "merge-" + arrival)
                .put("StartUtc", ApiJson.format(arrival.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant()))
                .put("EndUtc", ApiJson.format(arrival.plusDays(2).atTime(LocalTime.of(11, 0)).atZone(LONDON)
                        .toInstant()))
                .put("CustomerId", customerId)
                .put("RequestedCategoryId", CatalogueIds.of(UK, "resource-category/deluxe-king").toString())
                .put("RateId", CatalogueIds.of(UK, "rate/best-available").toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", CatalogueIds.of(UK, "age-category/adult").toString()).put("Count", 2);
        return ok("reservations/add", request).json().get("Reservations").get(0).get("Reservation").get("Id").asText();
    }

    private String pay(String customerId, String reservationId) {
        ObjectNode request = body(ApiClient.UK).put("AccountId", customerId).put("ReservationId", reservationId)
                .put("Type", "Cash");
        request.putObject("Amount").put("Currency", "GBP").put("GrossValue", 40);
        return ok("payments/addExternal", request).json().get("ExternalPaymentId").asText();
    }

    private String addNote(String customerId) {
        ObjectNode request = body(ApiClient.UK);
        request.putArray("AccountNotes").addObject().put("AccountId", customerId).put("Content", "Merged note")
                .putArray("Classifications").add("General");
        return ok("accountNotes/add", request).json().get("AccountNotes").get(0).get("Id").asText();
    }

    private String addAddress(String customerId) {
        ObjectNode request = body(ApiClient.UK);
        request.putArray("Addresses").addObject().put("AccountId", customerId).put("City", "Bath");
        return ok("addresses/add", request).json().get("Addresses").get(0).get("Id").asText();
    }

    private String addMembership(String customerId) {
        ObjectNode request = body(ApiClient.UK);
        request.putArray("LoyaltyMemberships").addObject().put("AccountId", customerId)
                .put("LoyaltyProgramId", DemoIds.of("uk/loyalty-program/1").toString()).put("IsPrimary", true);
        return ok("loyaltyMemberships/add", request).json().get("LoyaltyMemberships").get(0).get("Id").asText();
    }

    private ApiResponse ok(String operation, JsonNode request) {
        ApiResponse response = client().operation(operation, request);
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response;
    }
}
