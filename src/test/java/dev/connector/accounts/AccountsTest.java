package dev.connector.accounts;

import static dev.connector.testing.ApiClient.body;
import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Companies, account addresses and account updates: shapes, rules and events on both stores. */
class AccountsTest extends BothStoresTest {

    @Test
    void an_added_company_gets_the_next_number_and_its_address() {
        ObjectNode request = body(ApiClient.UK).put("Name", "Quill & Ink Ltd").put("InvoiceDueInterval", "P14D");
        request.putObject("Options").put("Invoiceable", true);
        request.putObject("Address").put("Line1", "2 Fleet Street").put("City", "London").put("CountryCode", "GB");
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = ok("companies/add", request);

        JsonNode company = response.json().get("Companies").get(0);
        assertThat(company.get("Number").asLong()).isGreaterThan(5);
        assertThat(company.get("Options").get("Invoiceable").asBoolean()).isTrue();
        assertThat(company.get("ChainId").asText()).isEqualTo(id("uk/chain"));
        String addressId = company.get("AddressId").asText();
        ObjectNode byAccount = limited(ApiClient.UK, 10);
        byAccount.putArray("AccountIds").add(company.get("Id").asText());
        JsonNode addresses = ok("addresses/getAll", byAccount).json().get("Addresses");
        assertThat(ids(addresses)).containsExactly(addressId);
        assertThat(addresses.get(0).get("AccountType").asText()).isEqualTo("Company");
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void a_company_update_sets_and_clears_fields_and_keeps_the_rest() {
        String companyId = addCompany("Larch Partners");
        ObjectNode update = body(ApiClient.UK).put("CompanyId", companyId);
        update.putObject("Name").put("Value", "Larch & Birch Partners");
        update.putObject("Department").putNull("Value");
        update.putObject("CreditRating").putObject("Basic").put("Value", "PaymentRequiredUpfront");
        update.putObject("Options").putObject("AddFeesToInvoices").put("Value", true);

        JsonNode company = ok("companies/update", update).json().get("Companies").get(0);

        assertThat(company.get("Name").asText()).isEqualTo("Larch & Birch Partners");
        assertThat(company.get("Department").isNull()).isTrue();
        assertThat(company.get("Telephone").asText()).isEqualTo("+44 20 0000 0000");
        assertThat(company.get("CreditRating").get("Basic").asText()).isEqualTo("PaymentRequiredUpfront");
        assertThat(company.get("Options").get("AddFeesToInvoices").asBoolean()).isTrue();
        assertThat(company.get("Options").get("Invoiceable").asBoolean()).isTrue();
    }

    @Test
    void a_company_update_refuses_an_empty_name_and_a_foreign_company() {
        ObjectNode emptyName = body(ApiClient.UK).put("CompanyId", id("uk/company/1"));
        emptyName.putObject("Name").putNull("Value");
        ObjectNode foreign = body(ApiClient.UK).put("CompanyId", id("us/company/1"));
        foreign.putObject("Notes").put("Value", "x");

        assertThat(client().operation("companies/update", emptyName).status()).isEqualTo(400);
        assertThat(client().operation("companies/update", foreign).status()).isEqualTo(403);
    }

    @Test
    void a_deleted_company_reads_as_inactive() {
        String companyId = addCompany("Short Lived Ltd");
        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("CompanyIds").add(companyId);

        ApiResponse response = client().operation("companies/delete", delete);

        assertThat(response.status()).isEqualTo(200);
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("Ids").add(companyId);
        JsonNode company = ok("companies/getAll", read).json().get("Companies").get(0);
        assertThat(company.get("IsActive").asBoolean()).isFalse();
    }

    @Test
    void a_customer_address_is_added_updated_and_deleted_with_customer_updated_events() {
        String customerId = id("uk/customer/20");
        ObjectNode add = body(ApiClient.UK);
        add.putArray("Addresses").addObject().put("AccountId", customerId).put("Line1", "5 Mill Lane")
                .put("City", "Oxford").put("CountryCode", "GB").put("Latitude", 51.75).put("Longitude", -1.25);
        long before = OutboxRow.lastPosition(server);

        JsonNode added = ok("addresses/add", add).json().get("Addresses").get(0);
        String addressId = added.get("Id").asText();
        assertThat(added.get("AccountType").asText()).isEqualTo("Customer");
        assertThat(added.get("IsActive").asBoolean()).isTrue();

        ObjectNode update = body(ApiClient.UK);
        ObjectNode change = update.putArray("AddressUpdates").addObject().put("AddressId", addressId);
        change.putObject("City").put("Value", "Abingdon");
        change.putObject("Line2").putNull("Value");
        JsonNode updated = ok("addresses/update", update).json().get("Addresses").get(0);
        assertThat(updated.get("City").asText()).isEqualTo("Abingdon");
        assertThat(updated.get("Line1").asText()).isEqualTo("5 Mill Lane");

        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("AddressIds").add(addressId);
        assertThat(client().operation("addresses/delete", delete).status()).isEqualTo(200);

        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsOnly("CustomerUpdated").hasSize(3);
        assertThat(events).extracting(OutboxRow::entityId).containsOnly(customerId);
        ObjectNode active = limited(ApiClient.UK, 10);
        active.putArray("AddressIds").add(addressId);
        assertThat(ok("addresses/getAll", active).json().get("Addresses")).isEmpty();
        active.putArray("ActivityStates").add("Deleted");
        assertThat(ids(ok("addresses/getAll", active).json().get("Addresses"))).containsExactly(addressId);
    }

    @Test
    void the_address_a_customer_is_added_with_is_listed_and_changes_with_it() {
        ObjectNode add = body(ApiClient.UK).put("LastName", "Addressed").put("OverwriteExisting", false);
        add.putObject("Address").put("Line1", "9 Quay Street").put("City", "Bristol").put("CountryCode", "GB");
        JsonNode customer = ok("customers/add", add).json();
        String customerId = customer.get("Id").asText();
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("AccountIds").add(customerId);

        JsonNode listed = ok("addresses/getAll", read).json().get("Addresses");
        assertThat(ids(listed)).containsExactly(customer.get("AddressId").asText());
        assertThat(listed.get(0).get("City").asText()).isEqualTo("Bristol");

        ObjectNode update = body(ApiClient.UK).put("CustomerId", customerId);
        update.putObject("Address").put("City", "Bath");
        ok("customers/update", update);
        assertThat(ok("addresses/getAll", read).json().get("Addresses").get(0).get("City").asText()).isEqualTo("Bath");

        ObjectNode change = body(ApiClient.UK);
        change.putArray("AddressUpdates").addObject().put("AddressId", customer.get("AddressId").asText())
                .putObject("PostalCode").put("Value", "BA1 1AA");
        ok("addresses/update", change);
        ObjectNode customers = limited(ApiClient.UK, 1);
        customers.putObject("Extent").put("Customers", true).put("Addresses", true);
        customers.putArray("CustomerIds").add(customerId);
        JsonNode shown = ok("customers/getAll", customers).json().get("Customers").get(0);
        assertThat(shown.get("Address").get("PostalCode").asText()).isEqualTo("BA1 1AA");
    }

    @Test
    void a_portfolio_token_reaches_both_chains_and_reports_each_change_for_the_customer_s_own_hotel() {
        String usCustomer = id("us/customer/25");
        ObjectNode add = body(ApiClient.PORTFOLIO);
        add.putArray("AccountNotes").addObject().put("AccountId", usCustomer).put("Content", "Prefers high floors")
                .putArray("Classifications").add("FrontOffice");
        ObjectNode company = body(ApiClient.PORTFOLIO).put("Name", "Twin Cities Ltd");
        company.putObject("Options").put("Invoiceable", false);
        long before = OutboxRow.lastPosition(server);

        ok("accountNotes/add", add);

        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsExactly("CustomerUpdated");
        assertThat(events.get(0).enterpriseId()).isEqualTo(DemoData.US_ENTERPRISE_ID.toString());
        assertThat(client().operation("companies/add", company).status()).isEqualTo(400);
        company.put("ChainId", id("us/chain"));
        assertThat(ok("companies/add", company).json().get("Companies").get(0).get("ChainId").asText())
                .isEqualTo(id("us/chain"));
    }

    @Test
    void addresses_are_refused_for_unknown_accounts_and_without_a_filter() {
        ObjectNode add = body(ApiClient.UK);
        add.putArray("Addresses").addObject().put("AccountId", id("us/customer/1")).put("City", "Washington");
        ObjectNode badCountry = body(ApiClient.UK);
        badCountry.putArray("Addresses").addObject().put("AccountId", id("uk/customer/1")).put("CountryCode", "XX");

        assertThat(client().operation("addresses/add", add).status()).isEqualTo(403);
        assertThat(client().operation("addresses/add", badCountry).status()).isEqualTo(400);
        assertThat(client().operation("addresses/getAll", limited(ApiClient.UK, 10)).status()).isEqualTo(400);
    }

    @Test
    void account_update_changes_a_customer_with_update_values_and_emits_customer_updated() {
        String customerId = id("uk/customer/21");
        ObjectNode request = body(ApiClient.UK);
        ObjectNode item = request.putArray("AccountUpdates").addObject().put("Id", customerId)
                .put("Discriminator", "Customer");
        ObjectNode customer = item.putObject("Customer");
        customer.putObject("BillingCode").put("Value", "BILL-21");
        customer.putObject("Occupation").putNull("Value");
        customer.putObject("Title").put("Value", "Miss");
        customer.putObject("BirthDate").put("Value", "1990-02-03");
        customer.putObject("Classifications").putObject("VeryImportant").put("Value", true);
        customer.putObject("LegalEntityIdentifiers").putObject("ItFiscalCode").put("Value", "RSSMRA85T10A562S");
        long before = OutboxRow.lastPosition(server);

        JsonNode account = ok("accounts/update", request).json().get("Accounts").get(0);

        assertThat(account.get("Discriminator").asText()).isEqualTo("Customer");
        JsonNode shown = account.get("Customer");
        assertThat(shown.get("BillingCode").asText()).isEqualTo("BILL-21");
        assertThat(shown.get("Occupation").isNull()).isTrue();
        assertThat(shown.get("Title").asText()).isEqualTo("Miss");
        assertThat(shown.get("Classifications").get("VeryImportant").asBoolean()).isTrue();
        assertThat(shown.get("LegalEntityIdentifiers").get("ItFiscalCode").asText()).isEqualTo("RSSMRA85T10A562S");
        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsExactly("CustomerUpdated");
        ObjectNode read = limited(ApiClient.UK, 1);
        read.putObject("Extent").put("Customers", true);
        read.putArray("CustomerIds").add(customerId);
        JsonNode stored = ok("customers/getAll", read).json().get("Customers").get(0);
        assertThat(stored.get("BirthDate").asText()).isEqualTo("1990-02-03");
        assertThat(stored.get("Classifications").toString()).contains("VeryImportant");
    }

    @Test
    void account_update_changes_a_company_and_emits_nothing() {
        String companyId = addCompany("Rowan Foods");
        ObjectNode request = body(ApiClient.UK);
        ObjectNode item = request.putArray("AccountUpdates").addObject().put("Id", companyId)
                .put("Discriminator", "Company");
        ObjectNode company = item.putObject("Company");
        company.putObject("FiscalIdentifier").put("Value", "FISC-1");
        company.putObject("CreditRatingBasic").put("Value", "LocalDecisionRequired");
        company.putObject("Classifications").putObject("Corporate").put("Value", true);
        long before = OutboxRow.lastPosition(server);

        JsonNode shown = ok("accounts/update", request).json().get("Accounts").get(0).get("Company");

        assertThat(shown.get("FiscalIdentifier").asText()).isEqualTo("FISC-1");
        assertThat(shown.get("CreditRatingBasic").asText()).isEqualTo("LocalDecisionRequired");
        assertThat(shown.get("Classifications").get("Corporate").asBoolean()).isTrue();
        assertThat(shown.get("Classifications").get("Marketing").asBoolean()).isFalse();
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void account_update_refuses_a_missing_part_and_an_empty_last_name() {
        ObjectNode missing = body(ApiClient.UK);
        missing.putArray("AccountUpdates").addObject().put("Id", id("uk/customer/1")).put("Discriminator", "Customer");
        ObjectNode emptyName = body(ApiClient.UK);
        emptyName.putArray("AccountUpdates").addObject().put("Id", id("uk/customer/1"))
                .put("Discriminator", "Customer").putObject("Customer").putObject("LastName").putNull("Value");

        assertThat(client().operation("accounts/update", missing).status()).isEqualTo(400);
        assertThat(client().operation("accounts/update", emptyName).status()).isEqualTo(400);
    }

    @Test
    void a_customer_note_is_added_reclassified_and_deleted_with_customer_updated_events() {
        String customerId = id("uk/customer/22");
        ObjectNode add = body(ApiClient.UK);
        add.putArray("AccountNotes").addObject().put("AccountId", customerId).put("Content", "Likes jazz.")
                .putArray("Classifications").add("Other");
        long before = OutboxRow.lastPosition(server);

        JsonNode note = ok("accountNotes/add", add).json().get("AccountNotes").get(0);
        String noteId = note.get("Id").asText();
        assertThat(note.get("AccountType").asText()).isEqualTo("Customer");

        ObjectNode update = body(ApiClient.UK);
        ObjectNode change = update.putArray("AccountNoteUpdates").addObject().put("AccountNoteId", noteId);
        change.putObject("Content").put("Value", "Likes jazz and blues.");
        ObjectNode classifications = change.putObject("Classifications");
        classifications.putObject("Other").put("Value", false);
        classifications.putObject("Gifts").put("Value", true);
        JsonNode updated = ok("accountNotes/update", update).json().get("AccountNotes").get(0);
        assertThat(updated.get("Content").asText()).isEqualTo("Likes jazz and blues.");
        assertThat(updated.get("Classifications").toString()).isEqualTo("[\"Gifts\"]");

        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("AccountNoteIds").add(noteId);
        assertThat(client().operation("accountNotes/delete", delete).status()).isEqualTo(200);

        assertThat(OutboxRow.after(server, before)).extracting(OutboxRow::type)
                .containsExactly("CustomerUpdated", "CustomerUpdated", "CustomerUpdated");
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("AccountIds").add(customerId);
        read.putArray("ActivityStates").add("Active").add("Deleted");
        JsonNode notes = ok("accountNotes/getAll", read).json().get("AccountNotes");
        assertThat(ids(notes)).containsExactly(noteId);
        assertThat(notes.get(0).get("IsActive").asBoolean()).isFalse();
    }

    @Test
    void company_notes_are_general_only_and_emit_nothing() {
        ObjectNode wrong = body(ApiClient.UK);
        wrong.putArray("AccountNotes").addObject().put("AccountId", id("uk/company/1")).put("Content", "Late payer")
                .putArray("Classifications").add("Accounting");
        ObjectNode general = body(ApiClient.UK);
        general.putArray("AccountNotes").addObject().put("AccountId", id("uk/company/1")).put("Content", "VIP client")
                .putArray("Classifications").add("General");
        long before = OutboxRow.lastPosition(server);

        assertThat(client().operation("accountNotes/add", wrong).status()).isEqualTo(403);
        ok("accountNotes/add", general);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void demo_notes_are_listed_per_account() {
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("AccountIds").add(id("uk/customer/1"));

        assertThat(ids(ok("accountNotes/getAll", read).json().get("AccountNotes")))
                .containsExactly(id("uk/account-note/1"), id("uk/account-note/2"));
    }

    @Test
    void demo_contracts_are_listed_by_service() {
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("ServiceIds").add(stayService(DemoData.UK_ENTERPRISE_ID));

        JsonNode contracts = ok("companyContracts/getAll", read).json().get("TravelAgencyContracts");

        assertThat(ids(contracts)).containsExactly(id("uk/company-contract/1"), id("uk/company-contract/2"));
        assertThat(contracts.get(0).get("CompanyId").asText()).isEqualTo(id("uk/company/3"));
    }

    @Test
    void a_contract_is_added_updated_and_deleted_without_events() {
        String service = stayService(DemoData.UK_ENTERPRISE_ID);
        ObjectNode add = body(ApiClient.UK);
        add.putArray("TravelAgencyContracts").addObject().put("ServiceId", service)
                .put("CompanyId", id("uk/company/4")).put("Commission", 12.5).put("ContactEmail", "ta@example.com");
        long before = OutboxRow.lastPosition(server);

        JsonNode added = ok("companyContracts/add", add).json().get("TravelAgencyContracts").get(0);
        String contractId = added.get("Id").asText();
        assertThat(added.get("Commission").decimalValue()).isEqualByComparingTo("12.5");

        ObjectNode update = body(ApiClient.UK);
        ObjectNode change = update.putArray("TravelAgencyContractUpdates").addObject()
                .put("TravelAgencyContractId", contractId);
        change.putObject("Commission").putNull("Value");
        change.putObject("Notes").put("Value", "Renegotiated");
        JsonNode updated = ok("companyContracts/update", update).json().get("TravelAgencyContracts").get(0);
        assertThat(updated.get("Commission").isNull()).isTrue();
        assertThat(updated.get("Notes").asText()).isEqualTo("Renegotiated");

        ObjectNode delete = body(ApiClient.UK);
        delete.putArray("TravelAgencyContractIds").add(contractId);
        delete.putArray("ServiceIds").add(service);
        assertThat(client().operation("companyContracts/delete", delete).status()).isEqualTo(200);
        ObjectNode read = limited(ApiClient.UK, 10);
        read.putArray("ServiceIds").add(service);
        read.putArray("CompanyContractIds").add(contractId);
        assertThat(ok("companyContracts/getAll", read).json().get("TravelAgencyContracts")).isEmpty();
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void a_contract_needs_a_service_of_the_token_and_a_company_of_the_chain() {
        ObjectNode foreignService = body(ApiClient.UK);
        foreignService.putArray("TravelAgencyContracts").addObject()
                .put("ServiceId", stayService(DemoData.US_ENTERPRISE_ID)).put("CompanyId", id("uk/company/1"));
        ObjectNode foreignCompany = body(ApiClient.UK);
        foreignCompany.putArray("TravelAgencyContracts").addObject()
                .put("ServiceId", stayService(DemoData.UK_ENTERPRISE_ID)).put("CompanyId", id("us/company/1"));

        assertThat(client().operation("companyContracts/add", foreignService).status()).isEqualTo(403);
        assertThat(client().operation("companyContracts/add", foreignCompany).status()).isEqualTo(403);
    }

    private static String stayService(UUID enterpriseId) {
        return CatalogueIds.of(enterpriseId, "service/stay").toString();
    }

    private String addCompany(String name) {
        ObjectNode request = body(ApiClient.UK).put("Name", name).put("Department", "Sales")
                .put("Telephone", "+44 20 0000 0000");
        request.putObject("Options").put("Invoiceable", true);
        return ok("companies/add", request).json().get("Companies").get(0).get("Id").asText();
    }

    private ApiResponse ok(String operation, JsonNode request) {
        ApiResponse response = client().operation(operation, request);
        assertThat(response.status()).as(operation + ": " + response.json()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response;
    }

    private static String id(String name) {
        return DemoIds.of(name).toString();
    }
}
