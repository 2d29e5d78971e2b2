package dev.connector.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.customers.Customer;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reads that serve stored documents as they are: the answer is the one the records would give, and a document
 * whose shape version is not the current one is read through its record and written in today's shape.
 */
class StoredDocumentsTest extends BothStoresTest {

    private static final List<String> TABLES = List.of("customers", "reservations", "services", "resources", "rates");

    @Test
    void served_documents_equal_the_answers_written_through_the_records() {
        Map<String, ObjectNode> reads = reads();
        Map<String, String> asStored = answers(reads);
        for (String table : TABLES) {
            assertThat(count(table + " WHERE doc_shape = 0")).as("%s written with their shape", table).isZero();
        }

        // Shape 0 is never current: every document is then read through its record and written again.
        server.connector().transactions().write(tx -> {
            TABLES.forEach(table -> tx.handle().execute("UPDATE " + table + " SET doc_shape = 0"));
            return null;
        });
        Map<String, String> rewritten = answers(reads);

        assertThat(rewritten.keySet()).containsExactlyElementsOf(reads.keySet());
        reads.keySet().forEach(path -> assertThat(asStored.get(path)).as(path).isEqualTo(rewritten.get(path)));
    }

    @Test
    void a_document_of_an_older_shape_answers_in_the_current_shape() {
        UUID id = addCustomer("Older Shape");
        // A document written before Notes existed, marked with the shape it had then.
        server.connector().transactions().write(tx -> {
            String doc = tx.handle().createQuery("SELECT doc FROM customers WHERE id = :id")
                    .bind("id", id.toString()).mapTo(String.class).one();
            ObjectNode older = (ObjectNode) read(doc);
            older.remove("Notes");
            tx.handle().createUpdate("UPDATE customers SET doc = :doc, doc_shape = :shape WHERE id = :id")
                    .bind("doc", older.toString())
                    .bind("shape", currentShape() + 1)
                    .bind("id", id.toString())
                    .execute();
            return null;
        });

        JsonNode customer = customer(id);

        assertThat(customer.has("Notes")).isTrue();
        assertThat(customer.get("Notes").isNull()).isTrue();
        assertThat(customer.get("LastName").asText()).isEqualTo("Older Shape");
    }

    @Test
    void a_document_marked_with_the_current_shape_is_served_as_stored() {
        UUID id = addCustomer("Current Shape");
        // Proof that the shape column decides: a document claiming the current shape is not read again.
        server.connector().transactions().write(tx -> {
            String doc = tx.handle().createQuery("SELECT doc FROM customers WHERE id = :id")
                    .bind("id", id.toString()).mapTo(String.class).one();
            ObjectNode marked = (ObjectNode) read(doc);
            marked.remove("Notes");
            tx.handle().createUpdate("UPDATE customers SET doc = :doc WHERE id = :id")
                    .bind("doc", marked.toString())
                    .bind("id", id.toString())
                    .execute();
            return null;
        });

        assertThat(customer(id).has("Notes")).isFalse();
    }

    private Map<String, ObjectNode> reads() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, ObjectNode> reads = new LinkedHashMap<>();
        addCustomer("Round Trip");
        ObjectNode customers = ApiClient.limited(ApiClient.UK, 100);
        customers.putObject("UpdatedUtc").put("StartUtc", now.minus(80, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.plus(1, ChronoUnit.DAYS).toString());
        customers.putObject("Extent").put("Customers", true).put("Addresses", true);
        reads.put("customers/getAll", customers);
        ObjectNode reservations = ApiClient.limited(ApiClient.PORTFOLIO, 100);
        reservations.putObject("CollidingUtc").put("StartUtc", now.minus(30, ChronoUnit.DAYS).toString())
                .put("EndUtc", now.plus(60, ChronoUnit.DAYS).toString());
        reads.put("reservations/getAll/2023-06-06", reservations);
        reads.put("services/getAll", ApiClient.limited(ApiClient.UK, 100));
        ObjectNode resources = ApiClient.limited(ApiClient.UK, 100);
        resources.putObject("Extent").put("Resources", true);
        reads.put("resources/getAll", resources);
        ObjectNode rates = ApiClient.limited(ApiClient.UK, 100);
        var serviceIds = rates.putArray("ServiceIds");
        client().operation("services/getAll", reads.get("services/getAll")).json().get("Services")
                .forEach(service -> serviceIds.add(service.get("Id").asText()));
        reads.put("rates/getAll", rates);
        return reads;
    }

    /** Each read's answer as sent, after checking it against the reference and that its list is not empty. */
    private Map<String, String> answers(Map<String, ObjectNode> reads) {
        Map<String, String> answers = new LinkedHashMap<>();
        reads.forEach((path, body) -> {
            ApiResponse response = client().operation(path, body);
            assertThat(response.status()).as(path).isEqualTo(200);
            SpecContract.assertValidResponse(path, response.json());
            String list = path.substring(0, 1).toUpperCase() + path.substring(1, path.indexOf('/'));
            assertThat(response.json().get(list).size()).as(path).isPositive();
            answers.put(path, response.raw());
        });
        return answers;
    }

    private UUID addCustomer(String lastName) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("FirstName", "Stored");
        body.put("LastName", lastName);
        body.put("Email", UUID.randomUUID() + "@example.com");
        body.put("OverwriteExisting", false);
        ApiResponse added = client().operation("customers/add", body);
        assertThat(added.status()).isEqualTo(200);
        return UUID.fromString(added.json().get("Id").asText());
    }

    private JsonNode customer(UUID id) {
        ObjectNode body = ApiClient.limited(ApiClient.UK, 10);
        body.putArray("CustomerIds").add(id.toString());
        body.putObject("Extent").put("Customers", true).put("Addresses", true);
        ApiResponse response = client().operation("customers/getAll", body);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("Customers").get(0);
    }

    private int currentShape() {
        return new Documents(ApiJson.forStoredJson()).shape(Customer.class);
    }

    private long count(String from) {
        return server.connector().transactions().read(handle ->
                handle.createQuery("SELECT COUNT(*) FROM " + from).mapTo(Long.class).one());
    }

    private static JsonNode read(String doc) {
        try {
            return ApiClient.JSON.readTree(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
