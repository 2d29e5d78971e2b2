package dev.connector.availabilityblocks;

import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoIds;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.store.Database;
import dev.connector.store.Documents;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.SpecContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

class AvailabilityBlocksTest extends BothStoresTest {

    private RunningConnector catalogueEnsuredFor;

    @Test
    void the_blocks_of_the_hotel_are_listed_with_their_adjustments_as_the_spec_describes() {
        ensureUkCatalogue();

        ApiResponse response = client().operation("availabilityBlocks/getAll", blocks(ApiClient.UK, true, true, false, false));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("availabilityBlocks/getAll", response.json());
        JsonNode blocks = response.json().get("AvailabilityBlocks");
        assertThat(ids(blocks)).containsExactly(id("uk/availability-block/1"), id("uk/availability-block/2"));
        assertThat(blocks.get(0).get("State").asText()).isEqualTo("Confirmed");
        assertThat(blocks.get(0).get("CompanyId").asText()).isEqualTo(id("uk/company/1"));
        assertThat(blocks.get(1).get("ReleaseStrategy").asText()).isEqualTo("RollingRelease");
        JsonNode adjustments = response.json().get("Adjustments");
        assertThat(adjustments).hasSize(2);
        assertThat(adjustments.get(0).get("AvailabilityBlockId").asText()).isEqualTo(id("uk/availability-block/1"));
        assertThat(response.json().get("ServiceOrders").isNull()).isTrue();
        assertThat(response.json().get("Rates").isNull()).isTrue();
        assertThat(response.json().get("Cursor").asText()).isEqualTo(id("uk/availability-block/2"));
    }

    @Test
    void the_deprecated_extents_give_the_blocks_rates_and_no_service_orders() {
        ensureUkCatalogue();

        ApiResponse response = client().operation("availabilityBlocks/getAll", blocks(ApiClient.UK, false, false, true, true));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("availabilityBlocks/getAll", response.json());
        assertThat(response.json().get("AvailabilityBlocks").isNull()).isTrue();
        assertThat(response.json().get("ServiceOrders")).isEmpty();
        assertThat(response.json().get("Rates")).hasSize(1);
        assertThat(response.json().get("Cursor").asText()).isEqualTo(id("uk/availability-block/2"));
    }

    @Test
    void blocks_are_filtered_by_state_colliding_interval_and_external_identifier() {
        ensureUkCatalogue();
        Instant now = Instant.now();
        ObjectNode optional = blocks(ApiClient.UK, true, false, false, false);
        optional.putArray("States").add("Optional");
        ObjectNode inTwoWeeks = blocks(ApiClient.UK, true, false, false, false);
        inTwoWeeks.putObject("CollidingUtc")
                .put("StartUtc", now.plus(Duration.ofDays(13)).toString())
                .put("EndUtc", now.plus(Duration.ofDays(18)).toString());
        ObjectNode external = blocks(ApiClient.UK, true, false, false, false);
        external.putArray("ExternalIdentifiers").add("UK-BLOCK-0001");

        assertThat(ids(client().operation("availabilityBlocks/getAll", optional).json().get("AvailabilityBlocks")))
                .containsExactly(id("uk/availability-block/2"));
        assertThat(ids(client().operation("availabilityBlocks/getAll", inTwoWeeks).json().get("AvailabilityBlocks")))
                .containsExactly(id("uk/availability-block/1"));
        assertThat(ids(client().operation("availabilityBlocks/getAll", external).json().get("AvailabilityBlocks")))
                .containsExactly(id("uk/availability-block/1"));
    }

    @Test
    void blocks_of_the_other_hotel_are_out_of_reach_and_extent_is_required() {
        ensureUkCatalogue();
        ObjectNode foreign = blocks(ApiClient.US, true, false, false, false);
        foreign.putArray("AvailabilityBlockIds").add(id("uk/availability-block/1"));
        ObjectNode noExtent = ApiClient.body(ApiClient.UK);
        noExtent.putObject("Limitation").put("Count", 10);

        assertThat(client().operation("availabilityBlocks/getAll", foreign).json().get("AvailabilityBlocks")).isEmpty();
        ApiResponse missing = client().operation("availabilityBlocks/getAll", noExtent);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("Message").asText()).contains("Extent");
    }

    /**
     * The demo blocks need the UK hotel's stay service and a rate. Until the catalogue's standard hotel set-up
     * provides them, this adds a minimal service, rate and room category and runs the blocks' demo seed itself.
     */
    private void ensureUkCatalogue() {
        if (catalogueEnsuredFor == server) {
            return;
        }
        Database database = server.connector().database();
        Transactions transactions = new Transactions(database, new Outbox(ApiJson.create(), database.dialect()),
                Clock.systemUTC());
        boolean seeded = transactions.read(handle -> handle
                .createQuery("SELECT COUNT(*) FROM availability_blocks WHERE enterprise_id = :id")
                .bind("id", DemoData.UK_ENTERPRISE_ID.toString()).mapTo(Integer.class).one() > 0);
        if (!seeded) {
            transactions.write(tx -> {
                UUID serviceId = addMinimalCatalogue(tx.handle(), tx.now());
                var enterprise = new EnterpriseStore().find(tx.handle(), DemoData.UK_ENTERPRISE_ID).orElseThrow();
                new AvailabilityBlocksDemoSeed(new AvailabilityBlockStore(new Documents(ApiJson.create())))
                        .seed(tx, new DemoHotel("uk", enterprise, serviceId, DemoIds.of("application/1/integration/uk")));
                return null;
            });
        }
        catalogueEnsuredFor = server;
    }

    private static UUID addMinimalCatalogue(Handle handle, Instant now) {
        UUID serviceId = UUID.randomUUID();
        UUID rateId = UUID.randomUUID();
        String enterprise = DemoData.UK_ENTERPRISE_ID.toString();
        handle.createUpdate("""
                        INSERT INTO services (id, enterprise_id, name, type, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :enterprise, 'Stay', 'Reservable', :active, :now, :now, '{}')""")
                .bind("id", serviceId.toString()).bind("enterprise", enterprise).bind("active", true)
                .bind("now", now.toEpochMilli()).execute();
        String rateDoc = """
                {"Id":"%s","GroupId":"%s","ServiceId":"%s","BaseRateId":null,"IsBaseRate":true,"IsActive":true,
                 "IsEnabled":true,"IsPublic":true,"Type":"Public","Names":{"en-GB":"Flexible"},"ShortName":"FLEX",
                 "UpdatedUtc":"2026-01-01T00:00:00Z","SomethingRatesHaveButTheExtentDoesNot":1}"""
                .formatted(rateId, UUID.randomUUID(), serviceId);
        handle.createUpdate("""
                        INSERT INTO rates (id, enterprise_id, service_id, base_rate_id, is_active, updated_utc, doc)
                        VALUES (:id, :enterprise, :service, NULL, :active, :now, :doc)""")
                .bind("id", rateId.toString()).bind("enterprise", enterprise).bind("service", serviceId.toString())
                .bind("active", true).bind("now", now.toEpochMilli()).bind("doc", rateDoc).execute();
        handle.createUpdate("""
                        INSERT INTO resource_categories (id, enterprise_id, service_id, type, capacity, ordering,
                            is_active, updated_utc, doc)
                        VALUES (:id, :enterprise, :service, 'Room', 2, 1, :active, :now, '{}')""")
                .bind("id", UUID.randomUUID().toString()).bind("enterprise", enterprise)
                .bind("service", serviceId.toString()).bind("active", true).bind("now", now.toEpochMilli()).execute();
        return serviceId;
    }

    private static ObjectNode blocks(ApiClient.Tokens tokens, boolean blocks, boolean adjustments,
                                     boolean serviceOrders, boolean rates) {
        ObjectNode body = ApiClient.body(tokens);
        body.putObject("Extent")
                .put("AvailabilityBlocks", blocks)
                .put("Adjustments", adjustments)
                .put("ServiceOrders", serviceOrders)
                .put("Rates", rates);
        body.putObject("Limitation").put("Count", 100);
        return body;
    }

    private static String id(String name) {
        return DemoIds.of(name).toString();
    }
}
