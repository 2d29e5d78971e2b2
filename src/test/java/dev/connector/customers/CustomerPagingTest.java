package dev.connector.customers;

import static dev.connector.customers.CustomerRequests.add;
import static dev.connector.customers.CustomerRequests.getAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoIds;
import dev.connector.store.Documents;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Following cursors visits every customer once, even while other customers are being added. */
class CustomerPagingTest extends BothStoresTest {

    private static final int CUSTOMERS = 2_500;

    @Test
    void cursor_traversal_sees_every_customer_once_while_others_are_added() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Set<String> original = insertCustomers(CUSTOMERS, start);
        AtomicBoolean traversing = new AtomicBoolean(true);
        AtomicInteger addedMeanwhile = new AtomicInteger();
        CompletableFuture<Void> adder = CompletableFuture.runAsync(() -> {
            while (traversing.get()) {
                ApiResponse response = client().operation("customers/add", add(ApiClient.UK, "Latecomer"));
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                addedMeanwhile.incrementAndGet();
            }
        });

        List<String> seen = new ArrayList<>();
        int pages = 0;
        try {
            ObjectNode body = getAll(ApiClient.UK, 100);
            body.putObject("CreatedUtc").put("StartUtc", start.minusSeconds(60).toString())
                    .put("EndUtc", start.plus(1, ChronoUnit.DAYS).toString());
            while (true) {
                ApiResponse response = client().operation("customers/getAll", body);
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                JsonNode page = response.json();
                pages++;
                page.get("Customers").forEach(customer -> seen.add(customer.get("Id").asText()));
                if (page.get("Customers").isEmpty()) {
                    assertThat(page.get("Cursor").isNull()).isTrue();
                    break;
                }
                ((ObjectNode) body.get("Limitation")).put("Cursor", page.get("Cursor").asText());
                // Let the adder get ahead a little, so that pages really are read while customers arrive.
                if (pages % 5 == 0) {
                    Thread.sleep(5);
                }
            }
        } finally {
            traversing.set(false);
            adder.get(30, TimeUnit.SECONDS);
        }

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).containsAll(original);
        assertThat(pages).isGreaterThanOrEqualTo(CUSTOMERS / 100);
        assertThat(addedMeanwhile.get()).isPositive();
    }

    /** Adds customers to the UK chain in one transaction, as a busy import would, and returns their ids. */
    private Set<String> insertCustomers(int count, Instant created) {
        CustomerStore store = new CustomerStore(new Documents(ApiJson.create()), server.connector().database().dialect());
        UUID chainId = DemoIds.of("uk/chain");
        UUID creator = UUID.randomUUID();
        Set<String> ids = new HashSet<>();
        server.connector().database().jdbi().useTransaction(handle -> {
            for (int n = 0; n < count; n++) {
                Profile profile = new Profile(null, null, "Guest", "Number " + n, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
                Customer customer = Customer.create(UUID.randomUUID(), chainId, store.nextNumber(handle, chainId),
                        profile, created, creator);
                store.insert(handle, customer);
                ids.add(customer.id().toString());
            }
        });
        return ids;
    }
}
