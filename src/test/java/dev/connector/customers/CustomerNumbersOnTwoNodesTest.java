package dev.connector.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Connector;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database each take customer numbers for the same chain in blocks: whichever node adds
 * a customer, and however many add at once, no two customers of the chain share a number.
 */
class CustomerNumbersOnTwoNodesTest {

    private static final int CLIENTS_PER_NODE = 8;
    private static final int ADDS_PER_CLIENT = 12;

    @Test
    void customers_added_at_once_through_two_nodes_all_get_different_numbers() throws Exception {
        try (RunningConnector nodeA = RunningConnector.start(StoreKind.POSTGRESQL);
             Connector nodeB = nodeA.startSecondNode()) {
            List<ApiClient> nodes = List.of(nodeA.client(), new ApiClient("http://127.0.0.1:" + nodeB.port()));
            List<Future<List<String>>> clients = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2 * CLIENTS_PER_NODE)) {
                for (int c = 0; c < 2 * CLIENTS_PER_NODE; c++) {
                    ApiClient node = nodes.get(c % 2);
                    clients.add(pool.submit(() -> addCustomers(node)));
                }
                List<String> numbers = new ArrayList<>();
                for (Future<List<String>> client : clients) {
                    numbers.addAll(client.get());
                }

                assertThat(numbers).hasSize(2 * CLIENTS_PER_NODE * ADDS_PER_CLIENT).doesNotHaveDuplicates()
                        .allSatisfy(number -> assertThat(Long.parseLong(number)).isPositive());
            }
        }
    }

    private static List<String> addCustomers(ApiClient node) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < ADDS_PER_CLIENT; i++) {
            var body = CustomerRequests.add(ApiClient.UK, "Twin node " + i);
            body.put("Email", "two-nodes-" + UUID.randomUUID() + "@example.com");
            ApiResponse added = node.operation("customers/add", body);
            assertThat(added.status()).as(added.raw()).isEqualTo(200);
            numbers.add(added.json().get("Number").asText());
        }
        return numbers;
    }

}
