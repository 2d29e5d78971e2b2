package dev.connector.customers;

import static dev.connector.customers.CustomerRequests.add;
import static dev.connector.customers.CustomerRequests.addFull;
import static dev.connector.customers.CustomerRequests.getAll;
import static dev.connector.customers.CustomerRequests.recentlyUpdated;
import static dev.connector.customers.CustomerRequests.search;
import static dev.connector.customers.CustomerRequests.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.store.Documents;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerOperationsTest extends BothStoresTest {

    private static final ApiClient.Tokens UK = ApiClient.UK;

    // ---- getAll ----

    @Test
    void demo_chain_has_fifty_varied_customers() {
        ObjectNode body = getAll(UK, 100);
        ArrayNode ids = body.putArray("CustomerIds");
        for (int n = 1; n <= 50; n++) {
            ids.add(DemoIds.of("uk/customer/" + n).toString());
        }

        ApiResponse response = client().operation("customers/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        JsonNode customers = response.json().get("Customers");
        assertThat(customers).hasSize(50);
        Set<String> lastNames = new HashSet<>();
        Set<String> nationalities = new HashSet<>();
        int withPhone = 0;
        int withClassifications = 0;
        int withBirthDate = 0;
        for (JsonNode customer : customers) {
            lastNames.add(customer.get("LastName").asText());
            nationalities.add(customer.get("NationalityCode").asText());
            withPhone += customer.get("Phone").isNull() ? 0 : 1;
            withClassifications += customer.get("Classifications").isEmpty() ? 0 : 1;
            withBirthDate += customer.get("BirthDate").isNull() ? 0 : 1;
            assertThat(customer.get("ChainId").asText()).isEqualTo(DemoIds.of("uk/chain").toString());
            if (!customer.get("Email").isNull()) {
                assertThat(customer.get("Email").asText()).matches("[a-z.0-9]+@[a-z]+\\.(example|example\\.com|example\\.org|example\\.net)"
                        + "|[a-z.0-9]+@example\\.(com|org|net)");
            }
        }
        assertThat(lastNames).hasSizeGreaterThan(15);
        assertThat(nationalities).contains("GB").hasSizeGreaterThan(3);
        assertThat(withPhone).isBetween(10, 45);
        assertThat(withClassifications).isBetween(3, 30);
        assertThat(withBirthDate).isBetween(20, 48);
    }

    @Test
    void getAll_answers_in_the_shape_of_the_spec() {
        ApiResponse response = client().operation("customers/getAll", recentlyUpdated(UK, 20));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Customers")).isNotEmpty();
        assertThat(response.json().has("Documents")).isTrue();
        assertThat(response.json().get("Cursor").asText())
                .isEqualTo(last(response.json().get("Customers")).get("Id").asText());
        assertValid("customers/getAll", response.json());
    }

    @Test
    void getAll_pages_follow_the_cursor_to_the_end() {
        ObjectNode body = getAll(UK, 15);
        ArrayNode ids = body.putArray("CustomerIds");
        for (int n = 1; n <= 50; n++) {
            ids.add(DemoIds.of("uk/customer/" + n).toString());
        }
        List<String> seen = new ArrayList<>();
        int pages = 0;
        while (true) {
            JsonNode page = client().operation("customers/getAll", body).json();
            pages++;
            page.get("Customers").forEach(customer -> seen.add(customer.get("Id").asText()));
            if (page.get("Customers").size() < 15) {
                break;
            }
            ((ObjectNode) body.get("Limitation")).put("Cursor", page.get("Cursor").asText());
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void getAll_filters_by_email_first_and_last_name_and_loyalty_code_ignoring_letter_case() {
        String email = "Ada.Lovelace." + UUID.randomUUID().toString().substring(0, 8) + "@Example.com";
        ObjectNode addBody = addFull(UK, "Ada", "Lovelace-" + email.substring(13, 21), email);
        addBody.put("LoyaltyCode", "LOY-" + email.substring(13, 21));
        JsonNode added = client().operation("customers/add", addBody).json();
        String id = added.get("Id").asText();

        assertThat(ids(filter("Emails", email.toUpperCase()))).containsExactly(id);
        assertThat(ids(filter("LastNames", added.get("LastName").asText().toLowerCase()))).containsExactly(id);
        assertThat(ids(filter("LoyaltyCodes", "LOY-" + email.substring(13, 21)))).containsExactly(id);
        ObjectNode byFirstAndLast = filter("FirstNames", "ADA");
        byFirstAndLast.putArray("LastNames").add(added.get("LastName").asText());
        assertThat(ids(byFirstAndLast)).containsExactly(id);
        assertThat(ids(filter("LoyaltyCodes", "loy-" + email.substring(13, 21)))).isEmpty();
    }

    @Test
    void getAll_filters_by_company_and_creation_interval() {
        String companyId = UUID.randomUUID().toString();
        ObjectNode addBody = add(UK, "Companion");
        addBody.put("CompanyId", companyId);
        String id = client().operation("customers/add", addBody).json().get("Id").asText();

        assertThat(ids(filter("CompanyIds", companyId))).containsExactly(id);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode created = filter("CompanyIds", companyId);
        created.putObject("CreatedUtc").put("StartUtc", now.minusSeconds(600).toString())
                .put("EndUtc", now.plusSeconds(600).toString());
        assertThat(ids(created)).containsExactly(id);
        created.putObject("CreatedUtc").put("StartUtc", now.minus(40, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.minus(30, ChronoUnit.DAYS).toString());
        assertThat(ids(created)).isEmpty();
    }

    @Test
    void deleted_customers_show_only_when_activity_states_ask_for_them() {
        String id = client().operation("customers/add", add(UK, "Gone")).json().get("Id").asText();
        CustomerStore store = new CustomerStore(new Documents(ApiJson.create()), server.connector().database().dialect());
        server.connector().database().jdbi().useTransaction(handle -> {
            Customer customer = store.find(handle, List.of(DemoIds.of("uk/chain")), UUID.fromString(id)).orElseThrow();
            store.delete(handle, customer, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        });

        assertThat(ids(filter("CustomerIds", id))).isEmpty();
        ObjectNode deleted = filter("CustomerIds", id);
        deleted.putArray("ActivityStates").add("Deleted");
        JsonNode page = client().operation("customers/getAll", deleted).json();
        assertThat(page.get("Customers")).hasSize(1);
        assertThat(page.get("Customers").get(0).get("IsActive").asBoolean()).isFalse();
        assertValid("customers/getAll", page);

        Instant now = Instant.now();
        deleted.putObject("DeletedUtc").put("StartUtc", now.minusSeconds(600).toString())
                .put("EndUtc", now.plusSeconds(600).toString());
        assertThat(ids(deleted)).containsExactly(id);
        deleted.putObject("DeletedUtc").put("StartUtc", now.minus(20, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.minus(10, ChronoUnit.DAYS).toString());
        assertThat(ids(deleted)).isEmpty();
        ((ArrayNode) deleted.get("ActivityStates")).add("Active");
        deleted.remove("DeletedUtc");
        assertThat(ids(deleted)).containsExactly(id);
    }

    @Test
    void extent_without_customers_returns_none_but_keeps_the_cursor() {
        ObjectNode body = recentlyUpdated(UK, 5);
        ((ObjectNode) body.get("Extent")).put("Customers", false);

        JsonNode page = client().operation("customers/getAll", body).json();

        assertThat(page.get("Customers")).isEmpty();
        assertThat(page.get("Cursor").isNull()).isFalse();
        assertValid("customers/getAll", page);
    }

    @Test
    void extent_without_addresses_leaves_the_address_out_but_keeps_its_id() {
        JsonNode added = client().operation("customers/add", addFull(UK, "Rita", "Levi", null)).json();
        ObjectNode body = filter("CustomerIds", added.get("Id").asText());
        ((ObjectNode) body.get("Extent")).put("Addresses", false);

        JsonNode customer = client().operation("customers/getAll", body).json().get("Customers").get(0);

        assertThat(customer.get("Address").isNull()).isTrue();
        assertThat(customer.get("AddressId").asText()).isEqualTo(added.get("AddressId").asText());
    }

    @Test
    void getAll_refuses_malformed_filters_naming_the_field() {
        Instant now = Instant.now();
        ObjectNode tooLong = getAll(UK, 10);
        tooLong.putObject("UpdatedUtc").put("StartUtc", now.minus(100, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.toString());
        assertBadRequest("customers/getAll", tooLong, "UpdatedUtc");

        ObjectNode createdTooLong = getAll(UK, 10);
        createdTooLong.putObject("CreatedUtc").put("StartUtc", now.minus(120, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.toString());
        assertBadRequest("customers/getAll", createdTooLong, "CreatedUtc");

        ObjectNode deletedTooLong = getAll(UK, 10);
        deletedTooLong.putObject("DeletedUtc").put("StartUtc", now.minus(94, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.toString());
        assertBadRequest("customers/getAll", deletedTooLong, "DeletedUtc");

        assertBadRequest("customers/getAll", getAll(UK, 10), "CustomerIds");
        assertBadRequest("customers/getAll", filter("CustomerIds", "not-a-guid"), "CustomerIds");
        ObjectNode twoCompanies = filter("CompanyIds", UUID.randomUUID().toString());
        ((ArrayNode) twoCompanies.get("CompanyIds")).add(UUID.randomUUID().toString());
        assertBadRequest("customers/getAll", twoCompanies, "CompanyIds");
        ObjectNode noExtent = filter("Emails", "a@example.com");
        noExtent.remove("Extent");
        assertBadRequest("customers/getAll", noExtent, "Extent");
        ObjectNode noLimitation = filter("Emails", "a@example.com");
        noLimitation.remove("Limitation");
        assertBadRequest("customers/getAll", noLimitation, "Limitation");
        ObjectNode unknownState = filter("Emails", "a@example.com");
        unknownState.putArray("ActivityStates").add("Sleeping");
        assertBadRequest("customers/getAll", unknownState, "ActivityStates");
        ObjectNode emptyIds = getAll(UK, 10);
        emptyIds.putArray("CustomerIds");
        assertBadRequest("customers/getAll", emptyIds, "CustomerIds");
    }

    // ---- add ----

    @Test
    void add_returns_the_new_customer_in_the_shape_of_the_spec() {
        String email = "thea." + UUID.randomUUID().toString().substring(0, 8) + "@quotidiano.example";

        ApiResponse response = client().operation("customers/add", addFull(UK, "Thea", "Carbone", email));

        assertThat(response.status()).isEqualTo(200);
        JsonNode customer = response.json();
        assertValid("customers/add", customer);
        assertThat(customer.get("ChainId").asText()).isEqualTo(DemoIds.of("uk/chain").toString());
        assertThat(customer.get("FirstName").asText()).isEqualTo("Thea");
        assertThat(customer.get("Email").asText()).isEqualTo(email);
        assertThat(customer.get("BirthDate").asText()).isEqualTo("1985-09-30");
        assertThat(customer.get("LanguageCode").asText()).isEqualTo("it-IT");
        assertThat(customer.get("Address").get("City").asText()).isEqualTo("Pescara");
        assertThat(customer.get("AddressId").asText()).isEqualTo(customer.get("Address").get("Id").asText());
        assertThat(customer.get("Classifications")).hasSize(2);
        assertThat(customer.get("IsActive").asBoolean()).isTrue();
        assertThat(customer.get("CreatorProfileId").asText()).isEqualTo(customer.get("UpdaterProfileId").asText());
        assertThat(customer.get("CreatedUtc").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(Long.parseLong(customer.get("Number").asText())).isGreaterThan(50);
    }

    @Test
    void add_with_only_the_required_fields_writes_nulls_and_empty_lists() {
        JsonNode customer = client().operation("customers/add", add(UK, "Plain")).json();

        assertValid("customers/add", customer);
        assertThat(customer.get("FirstName").isNull()).isTrue();
        assertThat(customer.get("Email").isNull()).isTrue();
        assertThat(customer.get("Address").isNull()).isTrue();
        assertThat(customer.get("Options")).isEmpty();
        assertThat(customer.get("PreferredSpaceFeatures")).isEmpty();
    }

    @Test
    void add_refuses_malformed_input_naming_the_field() {
        ObjectNode noLastName = add(UK, "x");
        noLastName.remove("LastName");
        assertBadRequest("customers/add", noLastName, "LastName");
        assertBadRequest("customers/add", add(UK, "  "), "LastName");
        ObjectNode noOverwrite = add(UK, "Doe");
        noOverwrite.remove("OverwriteExisting");
        assertBadRequest("customers/add", noOverwrite, "OverwriteExisting");
        assertBadRequest("customers/add", add(UK, "Doe").put("Email", "not an email"), "Email");
        assertBadRequest("customers/add", add(UK, "Doe").put("Email", "a@b"), "Email");
        assertBadRequest("customers/add", add(UK, "Doe").put("LastName", 42), "LastName");
        assertBadRequest("customers/add", add(UK, "Doe").put("BirthDate", "30.09.1985"), "BirthDate");
        assertBadRequest("customers/add", add(UK, "Doe").put("Title", "Doctor"), "Title");
        assertBadRequest("customers/add", add(UK, "Doe").put("NationalityCode", "XX"), "NationalityCode");
        assertBadRequest("customers/add", add(UK, "Doe").put("CompanyId", "1234"), "CompanyId");
        assertBadRequest("customers/add", add(UK, "Doe").put("CarRegistrationNumber", "X".repeat(256)),
                "CarRegistrationNumber");
        ObjectNode badClassification = add(UK, "Doe");
        badClassification.putArray("Classifications").add("Royalty");
        assertBadRequest("customers/add", badClassification, "Classifications");
        ObjectNode badCountry = add(UK, "Doe");
        badCountry.putObject("Address").put("CountryCode", "England");
        assertBadRequest("customers/add", badCountry, "Address.CountryCode");
    }

    @Test
    void add_with_an_email_already_in_the_chain_is_refused_unless_asked_to_overwrite() {
        String email = "twice." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        JsonNode first = client().operation("customers/add", add(UK, "First").put("Email", email)).json();

        ApiResponse refused = client().operation("customers/add", add(UK, "Second").put("Email", email.toUpperCase()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("Message").asText()).contains(email.toUpperCase());

        ObjectNode overwrite = add(UK, "Second").put("Email", email).put("FirstName", "Ann").put("OverwriteExisting", true);
        JsonNode overwritten = client().operation("customers/add", overwrite).json();
        assertThat(overwritten.get("Id").asText()).isEqualTo(first.get("Id").asText());
        assertThat(overwritten.get("Number").asText()).isEqualTo(first.get("Number").asText());
        assertThat(overwritten.get("LastName").asText()).isEqualTo("Second");
        assertThat(overwritten.get("FirstName").asText()).isEqualTo("Ann");
        assertValid("customers/add", overwritten);
    }

    @Test
    void concurrent_adds_with_one_email_create_one_customer() throws Exception {
        String email = "race." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        List<java.util.concurrent.CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    client().operation("customers/add", add(UK, "Racer").put("Email", email)).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var attempt : attempts) {
            statuses.add(attempt.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }

        assertThat(statuses).containsOnly(200, 403);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(ids(filter("Emails", email))).hasSize(1);
    }

    @Test
    void the_same_email_may_exist_once_in_each_chain() {
        String email = "both." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        assertThat(client().operation("customers/add", add(UK, "Uk").put("Email", email)).status()).isEqualTo(200);
        assertThat(client().operation("customers/add", add(ApiClient.US, "Us").put("Email", email)).status())
                .isEqualTo(200);
    }

    // ---- update ----

    @Test
    void update_changes_the_fields_sent_and_keeps_the_others() {
        JsonNode added = client().operation("customers/add",
                addFull(UK, "Thea", "Carbone", "thea." + UUID.randomUUID().toString().substring(0, 8) + "@example.com"))
                .json();
        ObjectNode body = update(UK, added.get("Id").asText());
        body.put("FirstName", "Dorothea");
        body.put("LastName", "");
        body.put("Phone", "+44 7700 900123");
        body.put("Notes", "");
        body.putArray("Classifications").add("VeryImportant");
        body.putObject("Address").put("City", "Roma");
        body.putObject("ItalianFiscalCode").putNull("Value");
        body.putObject("ItalianDestinationCode").put("Value", "7654321");

        ApiResponse response = client().operation("customers/update", body);

        assertThat(response.status()).isEqualTo(200);
        JsonNode updated = response.json();
        assertValid("customers/update", updated);
        assertThat(updated.get("Id").asText()).isEqualTo(added.get("Id").asText());
        assertThat(updated.get("FirstName").asText()).isEqualTo("Dorothea");
        assertThat(updated.get("LastName").asText()).isEqualTo("Carbone");
        assertThat(updated.get("Email").asText()).isEqualTo(added.get("Email").asText());
        assertThat(updated.get("Phone").asText()).isEqualTo("+44 7700 900123");
        assertThat(updated.get("Notes").asText()).isEmpty();
        assertThat(updated.get("Classifications").get(0).asText()).isEqualTo("VeryImportant");
        assertThat(updated.get("Classifications")).hasSize(1);
        assertThat(updated.get("Address").get("City").asText()).isEqualTo("Roma");
        assertThat(updated.get("Address").get("Line1").asText()).isEqualTo("Via Roma 12");
        assertThat(updated.get("AddressId").asText()).isEqualTo(added.get("AddressId").asText());
        assertThat(updated.get("ItalianFiscalCode").isNull()).isTrue();
        assertThat(updated.get("ItalianDestinationCode").asText()).isEqualTo("7654321");
        assertThat(updated.get("CreatedUtc").asText()).isEqualTo(added.get("CreatedUtc").asText());

        JsonNode read = client().operation("customers/getAll", filter("CustomerIds", added.get("Id").asText()))
                .json().get("Customers").get(0);
        assertThat(read).isEqualTo(updated);
    }

    @Test
    void update_to_an_email_another_customer_uses_is_refused() {
        String taken = "taken." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        client().operation("customers/add", add(UK, "Owner").put("Email", taken));
        JsonNode other = client().operation("customers/add", add(UK, "Other")).json();

        ApiResponse response = client().operation("customers/update",
                update(UK, other.get("Id").asText()).put("Email", taken));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("Message").asText()).contains(taken);
        ApiResponse own = client().operation("customers/update",
                update(UK, other.get("Id").asText()).put("Email", "own." + taken));
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void update_refuses_malformed_input_and_unknown_customers() {
        ObjectNode noId = ApiClient.body(UK).put("FirstName", "X");
        assertBadRequest("customers/update", noId, "CustomerId");
        assertBadRequest("customers/update", update(UK, "nope"), "CustomerId");
        String id = DemoIds.of("uk/customer/3").toString();
        assertBadRequest("customers/update", update(UK, id).put("Email", "@example.com"), "Email");
        assertBadRequest("customers/update", update(UK, id).put("ItalianFiscalCode", "plain"), "ItalianFiscalCode");
        assertBadRequest("customers/update", update(UK, id).put("Sex", "Other"), "Sex");

        ApiResponse unknown = client().operation("customers/update", update(UK, UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(403);
    }

    // ---- search ----

    @Test
    void search_finds_customers_by_any_part_of_their_name() {
        String last = "Quenby" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode added = client().operation("customers/add", add(UK, last).put("FirstName", "Winifred")).json();

        for (String name : List.of(last.toUpperCase(), "winifred " + last, last + " Winifred", "fred " + last.substring(0, 4))) {
            ApiResponse response = client().operation("customers/search", search(UK, name));
            assertThat(response.status()).isEqualTo(200);
            assertValid("customers/search", response.json());
            assertThat(response.json().get("Customers")).as(name).hasSize(1);
            JsonNode found = response.json().get("Customers").get(0);
            assertThat(found.get("Customer").get("Id").asText()).isEqualTo(added.get("Id").asText());
            assertThat(found.get("Reservation").isNull()).isTrue();
        }
        assertThat(client().operation("customers/search", search(UK, "Winifred Smith")).json().get("Customers"))
                .isEmpty();
    }

    @Test
    void search_without_a_name_lists_the_guests_in_house() {
        ObjectNode started = ApiClient.body(UK);
        started.putArray("States").add("Started");
        started.putObject("Limitation").put("Count", 1000);
        java.util.Set<String> inHouse = new java.util.HashSet<>();
        client().operation("reservations/getAll/2023-06-06", started).json().get("Reservations")
                .forEach(reservation -> inHouse.add(reservation.get("AccountId").asText()));

        ApiResponse response = client().operation("customers/search", search(UK, null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(inHouse).isNotEmpty();
        java.util.Set<String> found = new java.util.HashSet<>();
        response.json().get("Customers").forEach(item -> {
            found.add(item.get("Customer").get("Id").asText());
            assertThat(item.get("Reservation").get("State").asText()).isEqualTo("Started");
        });
        assertThat(found).isEqualTo(inHouse);
        assertThat(response.json().get("Documents").isNull()).isTrue();
        assertValid("customers/search", response.json());
    }

    @Test
    void search_by_resource_needs_a_resource_of_the_enterprise() {
        String resourceId = UUID.randomUUID().toString();
        ApiResponse unknown = client().operation("customers/search", search(UK, null).put("ResourceId", resourceId));
        assertThat(unknown.status()).isEqualTo(403);
        assertBadRequest("customers/search", search(UK, null).put("ResourceId", "room-12"), "ResourceId");

        long now = Instant.now().toEpochMilli();
        server.connector().database().jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO resources (id, enterprise_id, name, state, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, '101', 'Clean', :active, :now, :now, '{}')""")
                .bindMap(Map.of("id", resourceId, "enterpriseId", DemoData.UK_ENTERPRISE_ID.toString(), "now", now,
                        "active", true))
                .execute());
        ApiResponse empty = client().operation("customers/search", search(UK, null).put("ResourceId", resourceId));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("Customers")).isEmpty();
        ApiResponse fromUs = client().operation("customers/search",
                search(ApiClient.US, null).put("ResourceId", resourceId));
        assertThat(fromUs.status()).isEqualTo(403);
    }

    @Test
    void search_extent_without_customers_returns_none() {
        ObjectNode body = search(UK, "a");
        body.putObject("Extent").put("Customers", false).put("Documents", true);

        JsonNode result = client().operation("customers/search", body).json();

        assertThat(result.get("Customers")).isEmpty();
        assertThat(result.get("Documents")).isEmpty();
        assertValid("customers/search", result);
    }

    // ---- helpers ----

    private ObjectNode filter(String field, String value) {
        ObjectNode body = getAll(UK, 100);
        body.putArray(field).add(value);
        return body;
    }

    private List<String> ids(ObjectNode body) {
        ApiResponse response = client().operation("customers/getAll", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("Customers").forEach(customer -> ids.add(customer.get("Id").asText()));
        return ids;
    }

    private void assertBadRequest(String operation, ObjectNode body, String field) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(body + " -> " + response.raw()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).as(body.toString()).contains(field);
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    static void assertValid(String operation, JsonNode response) {
        SpecContract.assertValidResponse(operation, response);
    }
}
