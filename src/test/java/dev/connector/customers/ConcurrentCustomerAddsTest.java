package dev.connector.customers;

import static dev.connector.customers.CustomerRequests.add;
import static dev.connector.customers.CustomerRequests.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Many clients adding customers to one chain at once: an email is used by one active customer only, whatever the
 * order of the commits, and every customer gets a number of its own.
 */
class ConcurrentCustomerAddsTest extends BothStoresTest {

    private static final int CLIENTS = 16;

    @Test
    void of_concurrent_adds_with_the_same_email_exactly_one_succeeds_and_the_others_get_the_usual_refusal() throws Exception {
        String email = "same-" + UUID.randomUUID() + "@example.com";

        List<ApiResponse> responses = concurrently(CLIENTS, n -> {
            ObjectNode body = add(ApiClient.UK, "Twin " + n);
            body.put("Email", n % 2 == 0 ? email : email.toUpperCase(java.util.Locale.ROOT));
            return body;
        });

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 200).hasSize(CLIENTS - 1)
                .allSatisfy(response -> {
                    assertThat(response.status()).isEqualTo(403);
                    assertThat(response.json().get("Message").asText())
                            .isEqualToIgnoringCase("A customer with the email " + email + " already exists.");
                });
    }

    @Test
    void concurrent_adds_asking_to_overwrite_leave_one_customer_with_the_email() throws Exception {
        String email = "overwrite-" + UUID.randomUUID() + "@example.com";

        List<ApiResponse> responses = concurrently(CLIENTS, n -> {
            ObjectNode body = add(ApiClient.UK, "Overwriter " + n);
            body.put("Email", email);
            body.put("OverwriteExisting", true);
            return body;
        });

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
        assertThat(responses).extracting(response -> response.json().get("Id").asText()).containsOnly(
                responses.getFirst().json().get("Id").asText());
    }

    @Test
    void an_update_to_an_email_another_customer_uses_is_refused() {
        String email = "taken-" + UUID.randomUUID() + "@example.com";
        ObjectNode first = add(ApiClient.UK, "Holder");
        first.put("Email", email);
        assertThat(client().operation("customers/add", first).status()).isEqualTo(200);
        String other = client().operation("customers/add", add(ApiClient.UK, "Other")).json().get("Id").asText();

        ObjectNode change = update(ApiClient.UK, other);
        change.put("Email", email.toUpperCase(java.util.Locale.ROOT));
        ApiResponse refused = client().operation("customers/update", change);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("Message").asText()).containsIgnoringCase("already uses the email " + email);
    }

    @Test
    void customers_added_concurrently_to_one_chain_all_get_different_numbers() throws Exception {
        int perClient = 8;

        List<ApiResponse> responses = concurrently(CLIENTS * perClient, n -> {
            ObjectNode body = add(ApiClient.UK, "Numbered " + n);
            body.put("Email", "numbered-" + UUID.randomUUID() + "@example.com");
            return body;
        });

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
        List<String> numbers = responses.stream().map(response -> response.json().get("Number").asText()).toList();
        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(number -> assertThat(Long.parseLong(number)).isPositive());
    }

    /** Sends {@code count} customers/add requests from {@link #CLIENTS} threads that start together. */
    private List<ApiResponse> concurrently(int count, IntFunction<ObjectNode> body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int n = 0; n < count; n++) {
                ObjectNode request = body.apply(n);
                futures.add(clients.submit(() -> {
                    start.await();
                    return client().operation("customers/add", request);
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
