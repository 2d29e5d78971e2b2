package dev.connector.rates;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.US;
import static dev.connector.services.CatalogueTesting.baseRate;
import static dev.connector.services.CatalogueTesting.id;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import org.junit.jupiter.api.Test;

/** The read-only distribution set-up: rate groups, business segments, cancellation policies and sources. */
class DistributionReadsTest extends BothStoresTest {

    private JsonNode ok(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static ObjectNode services(ApiClient.Tokens tokens, java.util.UUID serviceId) {
        ObjectNode body = limited(tokens, 100);
        body.putArray("ServiceIds").add(serviceId.toString());
        return body;
    }

    @Test
    void rate_groups_of_the_service_are_the_default_and_corporate_ones() {
        JsonNode groups = ok("rateGroups/getAll", services(ApiClient.UK, stayService(UK))).get("RateGroups");

        assertThat(texts(groups, "Id")).containsExactly(id(UK, "rate-group/default").toString(),
                DemoIds.of("uk/rate-group/corporate").toString());
        assertThat(groups.get(1).at("/Names/en-GB").asText()).isEqualTo("Corporate");
        assertThat(groups.get(1).get("Ordering").asInt()).isEqualTo(1);
        assertThat(ok("rateGroups/getAll", services(ApiClient.UK, stayService(US))).get("RateGroups")).isEmpty();
        assertThat(client().operation("rateGroups/getAll", limited(ApiClient.UK, 10)).status()).isEqualTo(400);
    }

    @Test
    void business_segments_are_listed_per_hotel() {
        JsonNode segments = ok("businessSegments/getAll", limited(ApiClient.UK, 100)).get("BusinessSegments");

        assertThat(texts(segments, "Name")).containsExactly("Leisure", "Business", "Groups");
        assertThat(segments.get(0).get("ServiceId").asText()).isEqualTo(stayService(UK).toString());
    }

    @Test
    void cancellation_policies_come_by_service_by_rate_and_by_reservation() {
        JsonNode policies = ok("cancellationPolicies/getAll", services(ApiClient.UK, stayService(UK)))
                .get("CancellationPolicies");
        assertThat(policies).hasSize(2);
        assertThat(policies.get(0).get("RateGroupId").asText()).isEqualTo(id(UK, "rate-group/default").toString());

        ObjectNode byRates = ApiClient.body(ApiClient.UK);
        byRates.putArray("RateIds").add(baseRate(UK).toString()).add(DemoIds.of("uk/rate/corporate").toString())
                .add(baseRate(US).toString());
        byRates.put("ReservationStartUtc", "2030-01-01T15:00:00Z").put("ReservationEndUtc", "2030-01-03T11:00:00Z");
        JsonNode rates = ok("cancellationPolicies/getByRates", byRates).get("CancellationPolicies");
        assertThat(texts(rates, "RateId")).containsExactly(baseRate(UK).toString(),
                DemoIds.of("uk/rate/corporate").toString());
        assertThat(rates.at("/1/Policies/0/Applicability").asText()).isEqualTo("StartDate");

        ObjectNode reservations = limited(ApiClient.UK, 1);
        reservations.putArray("States").add("Confirmed");
        String reservationId = client().operation("reservations/getAll/2023-06-06", reservations).json()
                .at("/Reservations/0/Id").asText();
        ObjectNode byReservations = ApiClient.body(ApiClient.UK);
        byReservations.putArray("ReservationIds").add(reservationId);
        JsonNode forReservation = ok("cancellationPolicies/getByReservations", byReservations)
                .get("CancellationPolicies");
        assertThat(forReservation).hasSize(1);
        assertThat(forReservation.at("/0/ReservationId").asText()).isEqualTo(reservationId);
    }

    @Test
    void sources_are_shared_and_assigned_to_demo_reservations() {
        JsonNode sources = ok("sources/getAll", limited(ApiClient.UK, 100)).get("Sources");
        assertThat(texts(sources, "Name")).containsExactly("Booking.com", "Expedia", "Direct");

        JsonNode byGroup = ok("sourceAssignments/getAll", limited(ApiClient.UK, 100)).get("SourceAssignments");
        assertThat(byGroup).hasSize(6);
        assertThat(byGroup.get(0).get("SourceId").asText()).isEqualTo(DemoIds.of("source/booking-com").toString());
        JsonNode byReservation = ok("sourceAssignments/getAll/2024-09-20", limited(ApiClient.US, 100))
                .get("SourceAssignments");
        assertThat(byReservation).hasSize(6);
        assertThat(byReservation.get(0).has("ReservationId")).isTrue();
    }

    @Test
    void channel_manager_details_name_the_rate_code_and_the_primary_source() {
        String reservationId = ok("sourceAssignments/getAll/2024-09-20", limited(ApiClient.UK, 1))
                .at("/SourceAssignments/0/ReservationId").asText();
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putArray("ReservationIds").add(reservationId).add(java.util.UUID.randomUUID().toString());

        JsonNode details = ok("reservations/getChannelManagerDetails", body).get("ChannelManagerDetails");

        assertThat(details).hasSize(1);
        assertThat(details.at("/0/ReservationId").asText()).isEqualTo(reservationId);
        assertThat(details.at("/0/ChannelManagerName").asText()).isEqualTo("Booking.com");
        assertThat(details.at("/0/RequestedRateCode").asText()).isNotBlank();
    }
}
