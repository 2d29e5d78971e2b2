package dev.connector.customers;

import static dev.connector.customers.CustomerRequests.add;
import static dev.connector.customers.CustomerRequests.getAll;
import static dev.connector.customers.CustomerRequests.search;
import static dev.connector.customers.CustomerRequests.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.SpecContract;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers belong to one chain: tokens of another chain neither read nor change them, by any route. */
class CustomerTenancyTest extends BothStoresTest {

    private static final String UK_CHAIN = DemoIds.of("uk/chain").toString();
    private static final String US_CHAIN = DemoIds.of("us/chain").toString();

    private JsonNode usCustomer;
    private RunningConnector usCustomerServer;

    /** A customer of the US chain with unique name, email and loyalty code, added once per server. */
    @BeforeEach
    void addUsCustomer() {
        if (usCustomerServer == server) {
            return;
        }
        usCustomerServer = server;
        String unique = UUID.randomUUID().toString().substring(0, 8);
        usCustomer = client().operation("customers/add", add(ApiClient.US, "Marchetti" + unique)
                .put("FirstName", "Lorenzo").put("Email", "lorenzo." + unique + "@example.com")
                .put("LoyaltyCode", "US-" + unique)).json();
    }

    @Test
    void uk_token_does_not_read_a_us_customer_by_id() {
        assertThat(ids(ApiClient.UK, "CustomerIds", usCustomer.get("Id").asText())).isEmpty();
        assertThat(ids(ApiClient.UK, "CustomerIds", DemoIds.of("us/customer/1").toString())).isEmpty();
        assertThat(ids(ApiClient.US, "CustomerIds", usCustomer.get("Id").asText()))
                .containsExactly(usCustomer.get("Id").asText());
    }

    @Test
    void uk_token_does_not_read_a_us_customer_by_any_filter() {
        assertThat(ids(ApiClient.UK, "Emails", usCustomer.get("Email").asText())).isEmpty();
        assertThat(ids(ApiClient.UK, "LastNames", usCustomer.get("LastName").asText())).isEmpty();
        assertThat(ids(ApiClient.UK, "LoyaltyCodes", usCustomer.get("LoyaltyCode").asText())).isEmpty();
        assertThat(ids(ApiClient.US, "Emails", usCustomer.get("Email").asText())).hasSize(1);
    }

    @Test
    void chain_ids_of_a_single_enterprise_token_are_ignored_as_the_reference_says() {
        ObjectNode body = filtered(ApiClient.UK, "CustomerIds", usCustomer.get("Id").asText());
        body.putArray("ChainIds").add(US_CHAIN);

        ApiResponse response = client().operation("customers/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Customers")).isEmpty();
    }

    @Test
    void uk_token_does_not_find_a_us_customer_by_search() {
        JsonNode fromUk = client().operation("customers/search", search(ApiClient.UK, usCustomer.get("LastName").asText()))
                .json();
        JsonNode fromUs = client().operation("customers/search", search(ApiClient.US, usCustomer.get("LastName").asText()))
                .json();

        assertThat(fromUk.get("Customers")).isEmpty();
        assertThat(fromUs.get("Customers")).hasSize(1);
    }

    @Test
    void uk_token_cannot_update_a_us_customer_and_learns_nothing_about_it() {
        ApiResponse foreign = client().operation("customers/update",
                update(ApiClient.UK, usCustomer.get("Id").asText()).put("FirstName", "Hijacked"));
        UUID unknownId = UUID.randomUUID();
        ApiResponse unknown = client().operation("customers/update",
                update(ApiClient.UK, unknownId.toString()).put("FirstName", "Hijacked"));

        assertThat(foreign.status()).isEqualTo(403).isEqualTo(unknown.status());
        assertThat(foreign.json().get("Message").asText())
                .isEqualTo(unknown.json().get("Message").asText().replace(unknownId.toString(), usCustomer.get("Id").asText()));
        JsonNode stored = client().operation("customers/getAll",
                filtered(ApiClient.US, "CustomerIds", usCustomer.get("Id").asText())).json().get("Customers").get(0);
        assertThat(stored.get("FirstName").asText()).isEqualTo("Lorenzo");
        assertThat(stored.get("UpdatedUtc")).isEqualTo(usCustomer.get("UpdatedUtc"));
    }

    @Test
    void portfolio_token_reads_every_chain_in_scope_and_chain_ids_narrow_it() {
        String uk = DemoIds.of("uk/customer/1").toString();
        String us = DemoIds.of("us/customer/1").toString();
        ObjectNode both = filtered(ApiClient.PORTFOLIO, "CustomerIds", uk);
        both.withArray("CustomerIds").add(us);

        ApiResponse all = client().operation("customers/getAll", both);
        assertThat(idsOf(all)).containsExactlyInAnyOrder(uk, us);
        SpecContract.assertValidResponse("customers/getAll", all.json());

        both.putArray("ChainIds").add(US_CHAIN);
        assertThat(idsOf(client().operation("customers/getAll", both))).containsExactly(us);
        both.putArray("ChainIds").add(UK_CHAIN).add(US_CHAIN);
        assertThat(idsOf(client().operation("customers/getAll", both))).containsExactlyInAnyOrder(uk, us);
    }

    @Test
    void portfolio_token_naming_a_chain_outside_its_scope_is_refused() {
        ObjectNode body = filtered(ApiClient.PORTFOLIO, "CustomerIds", DemoIds.of("uk/customer/1").toString());
        body.putArray("ChainIds").add(UK_CHAIN).add(UUID.randomUUID().toString());

        ApiResponse response = client().operation("customers/getAll", body);

        assertThat(response.status()).isEqualTo(403);
        ApiResponse add = client().operation("customers/add",
                add(ApiClient.PORTFOLIO, "Nowhere").put("ChainId", UUID.randomUUID().toString()));
        assertThat(add.status()).isEqualTo(403);
    }

    @Test
    void portfolio_token_adds_to_the_chain_it_names_and_must_name_one() {
        ApiResponse added = client().operation("customers/add", add(ApiClient.PORTFOLIO, "Chained").put("ChainId", US_CHAIN));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("ChainId").asText()).isEqualTo(US_CHAIN);
        assertThat(ids(ApiClient.US, "CustomerIds", added.json().get("Id").asText())).hasSize(1);
        assertThat(ids(ApiClient.UK, "CustomerIds", added.json().get("Id").asText())).isEmpty();

        ApiResponse unnamed = client().operation("customers/add", add(ApiClient.PORTFOLIO, "Unchained"));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("Message").asText()).contains("ChainId");
    }

    @Test
    void portfolio_token_updates_only_within_the_chain_it_names() {
        String id = usCustomer.get("Id").asText();

        ApiResponse wrongChain = client().operation("customers/update",
                update(ApiClient.PORTFOLIO, id).put("ChainId", UK_CHAIN).put("Occupation", "Pilot"));
        ApiResponse rightChain = client().operation("customers/update",
                update(ApiClient.PORTFOLIO, id).put("ChainId", US_CHAIN).put("Occupation", "Pilot"));

        assertThat(wrongChain.status()).isEqualTo(403);
        assertThat(rightChain.status()).isEqualTo(200);
        assertThat(rightChain.json().get("Occupation").asText()).isEqualTo("Pilot");
    }

    private List<String> ids(ApiClient.Tokens tokens, String field, String value) {
        return idsOf(client().operation("customers/getAll", filtered(tokens, field, value)));
    }

    private static ObjectNode filtered(ApiClient.Tokens tokens, String field, String value) {
        ObjectNode body = getAll(tokens, 100);
        body.putArray(field).add(value);
        return body;
    }

    private static List<String> idsOf(ApiResponse response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("Customers").forEach(customer -> ids.add(customer.get("Id").asText()));
        return ids;
    }
}
