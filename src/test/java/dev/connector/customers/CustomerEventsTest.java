package dev.connector.customers;

import static dev.connector.customers.CustomerRequests.add;
import static dev.connector.customers.CustomerRequests.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every change of a customer is in the outbox, written in the same transaction; a refused request writes none. */
class CustomerEventsTest extends BothStoresTest {

    @Test
    void add_writes_customer_added_then_customer_updated_for_the_acting_enterprise() {
        long before = OutboxRow.lastPosition(server);

        JsonNode customer = client().operation("customers/add", add(ApiClient.UK, "Eventful")).json();

        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsExactly("CustomerAdded", "CustomerUpdated");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.entityId()).isEqualTo(customer.get("Id").asText());
            assertThat(event.enterpriseId()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
        });
        assertThat(events.get(1).position()).isEqualTo(events.get(0).position() + 1);
        assertThat(events.get(1).createdUtc()).isEqualTo(events.get(0).createdUtc());
    }

    @Test
    void update_writes_one_customer_updated() {
        String id = DemoIds.of("uk/customer/9").toString();
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = client().operation("customers/update", update(ApiClient.UK, id).put("Occupation", "Baker"));

        assertThat(response.status()).isEqualTo(200);
        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo("CustomerUpdated");
        assertThat(events.get(0).entityId()).isEqualTo(id);
        assertThat(events.get(0).enterpriseId()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
    }

    @Test
    void overwriting_an_existing_customer_writes_only_customer_updated() {
        String email = "again." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = client().operation("customers/add", add(ApiClient.UK, "Once").put("Email", email)).json()
                .get("Id").asText();
        long before = OutboxRow.lastPosition(server);

        client().operation("customers/add", add(ApiClient.UK, "Twice").put("Email", email).put("OverwriteExisting", true));

        assertThat(OutboxRow.after(server, before)).extracting(OutboxRow::type, OutboxRow::entityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CustomerUpdated", id));
    }

    @Test
    void portfolio_changes_are_reported_for_an_enterprise_of_the_customers_chain() {
        long before = OutboxRow.lastPosition(server);

        ApiResponse added = client().operation("customers/add",
                add(ApiClient.PORTFOLIO, "Portfolio").put("ChainId", DemoIds.of("us/chain").toString()));

        assertThat(added.status()).isEqualTo(200);
        assertThat(OutboxRow.after(server, before)).extracting(OutboxRow::enterpriseId)
                .containsOnly(DemoData.US_ENTERPRISE_ID.toString());
    }

    @Test
    void refused_requests_write_no_events() {
        String email = "unique." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        client().operation("customers/add", add(ApiClient.UK, "Holder").put("Email", email));
        String other = client().operation("customers/add", add(ApiClient.UK, "Other")).json().get("Id").asText();
        long before = OutboxRow.lastPosition(server);

        List<ApiResponse> refused = List.of(
                client().operation("customers/add", add(ApiClient.UK, "Copy").put("Email", email)),
                client().operation("customers/add", add(ApiClient.UK, "Broken").put("Email", "broken")),
                client().operation("customers/update", update(ApiClient.UK, other).put("Email", email)),
                client().operation("customers/update", update(ApiClient.UK, UUID.randomUUID().toString()).put("Notes", "x")),
                client().operation("customers/update",
                        update(ApiClient.US, other).put("Notes", "from the wrong chain")));

        assertThat(refused).extracting(ApiResponse::status).containsExactly(403, 400, 403, 403, 403);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }
}
