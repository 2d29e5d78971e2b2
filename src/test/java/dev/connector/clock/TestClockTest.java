package dev.connector.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Test clocks of the demo hotels over HTTP: what the hotel's rules read follows the clock, delivery does not. */
class TestClockTest extends BothStoresTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String CLOCK = "/admin/v1/enterprises/" + UK + "/clock";

    @AfterEach
    void backToRealTime() {
        client().admin("DELETE", CLOCK, null);
    }

    @Test
    void a_confirmed_reservation_for_tomorrow_can_be_checked_in_once_the_clock_has_advanced_a_day() {
        LocalDate tomorrow = LocalDate.ofInstant(clockNow(), LONDON).plusDays(1);
        String reservation = book(newGuest("Tomorrow"), tomorrow);
        ObjectNode start = uk().put("ReservationId", reservation);

        ApiResponse early = client().operation("reservations/start", start);
        ApiResponse advanced = client().admin("POST", CLOCK + "/advance", ApiClient.JSON.createObjectNode().put("By", "P1D"));
        ApiResponse onArrivalDay = client().operation("reservations/start", start);

        assertThat(early.status()).isEqualTo(403);
        assertThat(early.json().path("Message").asText()).contains("before the day of arrival");
        assertThat(advanced.status()).isEqualTo(200);
        assertThat(advanced.json().path("State").asText()).isEqualTo("Ready");
        assertThat(advanced.json().path("EnterpriseId").asText()).isEqualTo(UK.toString());
        assertThat(onArrivalDay.status()).as(onArrivalDay.raw()).isEqualTo(200);
        assertThat(reservationState(reservation)).isEqualTo("Started");
    }

    @Test
    void what_falls_due_inside_an_advance_happens_during_it_and_its_events_reach_the_webhook_receiver() {
        try (HookReceiver receiver = HookReceiver.start()) {
            registerWebhooks(receiver.url());
            UUID guest = newGuest("Advance");
            Instant expiration = clockNow().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
            String request = addPaymentRequest(guest, expiration);
            String payment = addIdealPayment(guest);
            String pendingBefore = paymentState(guest, payment);

            ApiResponse advanced = client().admin("POST", CLOCK + "/advance",
                    ApiClient.JSON.createObjectNode().put("By", "PT3H"));
            JsonNode expired = paymentRequest(request);

            assertThat(pendingBefore).isEqualTo("Pending");
            assertThat(advanced.status()).as(advanced.raw()).isEqualTo(200);
            assertThat(expired.path("State").asText()).isEqualTo("Expired");
            assertThat(Instant.parse(expired.path("UpdatedUtc").asText())).isEqualTo(expiration);
            assertThat(paymentState(guest, payment)).isEqualTo("Charged");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.got("PaymentUpdated", payment));
        }
    }

    @Test
    void a_block_releases_its_rooms_during_an_advance_past_its_release_and_announces_it_in_real_time() {
        LocalDate night = LocalDate.ofInstant(clockNow(), LONDON).plusDays(200);
        int before = available(night);
        String block = addBlock(night);
        allocate(block, night, 4);
        releaseAt(block, clockNow().plus(Duration.ofHours(2)));
        int held = available(night);
        long position = OutboxRow.lastPosition(server);

        ApiResponse advanced = client().admin("POST", CLOCK + "/advance", ApiClient.JSON.createObjectNode().put("By", "PT3H"));
        int released = available(night);

        assertThat(advanced.status()).as(advanced.raw()).isEqualTo(200);
        assertThat(held).isEqualTo(before - 4);
        assertThat(released).isEqualTo(before);
        assertThat(OutboxRow.after(server, position))
                .filteredOn(row -> row.type().equals("PriceUpdate") && row.enterpriseId().equals(UK.toString()))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(Duration.between(Instant.ofEpochMilli(row.createdUtc()), Instant.now())
                        .abs()).as("stamped with the real time").isLessThan(Duration.ofMinutes(5)));
    }

    @Test
    void an_advance_is_refused_with_409_while_another_one_runs() {
        client().admin("PUT", CLOCK, ApiClient.JSON.createObjectNode().put("NowUtc", "2036-01-01T00:00:00Z"));
        server.connector().database().jdbi().useHandle(handle -> handle.createUpdate(
                        "UPDATE enterprise_clocks SET state = 'Advancing', updated_utc = :now WHERE enterprise_id = :id")
                .bind("now", Instant.now().toEpochMilli()).bind("id", UK.toString()).execute());

        ApiResponse second = client().admin("POST", CLOCK + "/advance", ApiClient.JSON.createObjectNode().put("By", "PT1H"));
        JsonNode clock = client().admin("GET", CLOCK, null).json();
        server.connector().database().jdbi().useHandle(handle -> handle.createUpdate(
                "UPDATE enterprise_clocks SET state = 'Ready' WHERE enterprise_id = :id").bind("id", UK.toString()).execute());

        assertThat(second.status()).as(second.raw()).isEqualTo(409);
        assertThat(clock.path("State").asText()).isEqualTo("Advancing");
        assertThat(Instant.parse(clock.path("NowUtc").asText())).isBefore(Instant.parse("2036-01-01T00:01:00Z"));
    }

    @Test
    void real_time_webhooks_keep_flowing_while_a_clock_is_moved() {
        try (HookReceiver receiver = HookReceiver.start()) {
            registerWebhooks(receiver.url());
            ApiResponse moved = client().admin("PUT", CLOCK,
                    ApiClient.JSON.createObjectNode().put("NowUtc", ApiJson.format(clockNow().plus(Duration.ofDays(30)))));

            UUID moving = newGuest("Moving");
            ObjectNode us = ApiClient.body(ApiClient.US).put("FirstName", "Real").put("LastName", "Time " + UUID.randomUUID())
                    .put("OverwriteExisting", false);
            String real = client().operation("customers/add", us).json().path("Id").asText();

            assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.got("CustomerAdded", moving.toString())
                    && receiver.got("CustomerAdded", real));
        }
    }

    @Test
    void configuration_get_answers_the_time_of_the_enterprise_clock() {
        Instant set = Instant.parse("2031-03-01T10:00:00Z");
        ApiResponse put = client().admin("PUT", CLOCK,
                ApiClient.JSON.createObjectNode().put("NowUtc", "2031-03-01T10:00:00Z").put("Frozen", true));

        JsonNode uk = client().operation("configuration/get", uk()).json();
        JsonNode us = client().operation("configuration/get", ApiClient.body(ApiClient.US)).json();
        JsonNode portfolio = client().operation("configuration/get",
                ApiClient.body(ApiClient.PORTFOLIO).put("EnterpriseId", UK.toString())).json();
        JsonNode clock = client().admin("GET", CLOCK, null).json();

        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        assertThat(Instant.parse(uk.path("NowUtc").asText())).isEqualTo(set);
        assertThat(Instant.parse(portfolio.path("NowUtc").asText())).as("a portfolio token naming the hotel")
                .isEqualTo(set);
        assertThat(Duration.between(Instant.parse(us.path("NowUtc").asText()), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(5));
        assertThat(clock.path("Frozen").asBoolean()).isTrue();
        assertThat(clock.path("State").asText()).isEqualTo("Ready");
        assertThat(Instant.parse(clock.path("NowUtc").asText())).isEqualTo(set);
    }

    @Test
    void a_clock_that_is_not_frozen_runs_on_from_the_time_it_was_set_to() {
        Instant set = Instant.parse("2032-06-01T08:00:00Z");
        client().admin("PUT", CLOCK, ApiClient.JSON.createObjectNode().put("NowUtc", ApiJson.format(set)));

        await().atMost(Duration.ofSeconds(20)).until(() -> clockNow().isAfter(set));
        JsonNode clock = client().admin("GET", CLOCK, null).json();

        assertThat(clock.path("Frozen").asBoolean()).isFalse();
        assertThat(Duration.between(set, Instant.parse(clock.path("NowUtc").asText()))).isLessThan(Duration.ofHours(1));
    }

    @Test
    void a_clock_only_moves_forward() {
        client().admin("PUT", CLOCK, ApiClient.JSON.createObjectNode().put("NowUtc", "2033-01-01T00:00:00Z"));

        ApiResponse backward = client().admin("PUT", CLOCK,
                ApiClient.JSON.createObjectNode().put("NowUtc", "2032-12-31T00:00:00Z"));
        ApiResponse negative = client().admin("POST", CLOCK + "/advance",
                ApiClient.JSON.createObjectNode().put("By", "-PT1H"));
        ApiResponse zero = client().admin("POST", CLOCK + "/advance", ApiClient.JSON.createObjectNode().put("By", "PT0S"));
        ApiResponse nonsense = client().admin("POST", CLOCK + "/advance",
                ApiClient.JSON.createObjectNode().put("By", "tomorrow"));
        ApiResponse missing = client().admin("PUT", CLOCK, ApiClient.JSON.createObjectNode());
        ApiResponse malformed = client().admin("PUT", CLOCK, ApiClient.JSON.createObjectNode().put("NowUtc", "soon"));
        ApiResponse tooFar = client().admin("POST", CLOCK + "/advance",
                ApiClient.JSON.createObjectNode().put("By", "P9000000Y"));

        assertThat(backward.status()).isEqualTo(400);
        assertThat(backward.json().path("Message").asText()).contains("NowUtc");
        for (ApiResponse response : new ApiResponse[] {negative, zero, nonsense, tooFar}) {
            assertThat(response.status()).as(response.raw()).isEqualTo(400);
            assertThat(response.json().path("Message").asText()).contains("By");
        }
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("Message").asText()).contains("NowUtc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("Message").asText()).contains("NowUtc");
        assertThat(clockNow()).isEqualTo(Instant.parse("2033-01-01T00:00:00Z"));
    }

    @Test
    void deleting_the_clock_returns_the_enterprise_to_real_time() {
        client().admin("PUT", CLOCK, ApiClient.JSON.createObjectNode().put("NowUtc", "2034-01-01T00:00:00Z"));

        ApiResponse deleted = client().admin("DELETE", CLOCK, null);
        JsonNode configuration = client().operation("configuration/get", uk()).json();

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("Frozen").asBoolean()).isFalse();
        assertThat(Duration.between(Instant.parse(configuration.path("NowUtc").asText()), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(5));
        assertThat(Duration.between(clockNow(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void an_unknown_enterprise_has_no_clock() {
        ApiResponse unknown = client().admin("GET", "/admin/v1/enterprises/" + UUID.randomUUID() + "/clock", null);
        ApiResponse malformed = client().admin("GET", "/admin/v1/enterprises/not-an-id/clock", null);
        ApiResponse anonymous = client().send("GET", CLOCK, null, java.util.Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    // -- helpers --

    private static String midnight(LocalDate night) {
        return ApiJson.format(night.atStartOfDay(LONDON).toInstant());
    }

    /** Public availability of deluxe kings on the night. */
    private int available(LocalDate night) {
        ObjectNode get = uk().put("ServiceId", CatalogueIds.of(UK, "service/stay").toString())
                .put("FirstTimeUnitStartUtc", midnight(night)).put("LastTimeUnitStartUtc", midnight(night));
        String category = CatalogueIds.of(UK, "resource-category/deluxe-king").toString();
        for (JsonNode availability : ok("services/getAvailability", get).path("CategoryAvailabilities")) {
            if (availability.path("CategoryId").asText().equals(category)) {
                return availability.path("Availabilities").get(0).asInt();
            }
        }
        throw new AssertionError("No availability of deluxe kings");
    }

    private String addBlock(LocalDate night) {
        ObjectNode body = uk();
        body.putArray("AvailabilityBlocks").addObject()
                .put("ServiceId", CatalogueIds.of(UK, "service/stay").toString())
                .put("RateId", CatalogueIds.of(UK, "rate/best-available").toString())
                .put("FirstTimeUnitStartUtc", midnight(night)).put("LastTimeUnitStartUtc", midnight(night))
                .put("Name", "Clock block " + night).put("State", "Confirmed");
        return ok("availabilityBlocks/add", body).at("/AvailabilityBlocks/0/Id").asText();
    }

    private void allocate(String block, LocalDate night, int units) {
        ObjectNode update = uk().put("ServiceId", CatalogueIds.of(UK, "service/stay").toString());
        ObjectNode item = update.putArray("AvailabilityUpdates").addObject();
        item.put("FirstTimeUnitStartUtc", midnight(night)).put("LastTimeUnitStartUtc", midnight(night))
                .put("ResourceCategoryId", CatalogueIds.of(UK, "resource-category/deluxe-king").toString())
                .put("AvailabilityBlockId", block);
        item.putObject("UnitCountAdjustment").put("Value", units);
        ok("services/updateAvailability", update);
    }

    private void releaseAt(String block, Instant at) {
        ObjectNode body = uk();
        ObjectNode update = body.putArray("AvailabilityBlocks").addObject().put("AvailabilityBlockId", block);
        update.putObject("ReleasedUtc").put("Value", ApiJson.format(at));
        ok("availabilityBlocks/update", body);
    }

    private Instant clockNow() {
        return Instant.parse(client().admin("GET", CLOCK, null).json().path("NowUtc").asText());
    }

    private static ObjectNode uk() {
        return ApiClient.body(ApiClient.UK);
    }

    private void registerWebhooks(String url) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("GeneralWebhookUrl", url);
        ApiResponse registered = client().admin("PUT", "/admin/v1/applications/" + DemoIds.of("application/1")
                + "/webhooks", body);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(200);
    }

    private UUID newGuest(String lastName) {
        ObjectNode body = uk().put("FirstName", "Clock").put("LastName", lastName + " " + UUID.randomUUID())
                .put("OverwriteExisting", false);
        return UUID.fromString(ok("customers/add", body).path("Id").asText());
    }

    private String book(UUID customerId, LocalDate arrival) {
        ObjectNode body = uk().put("ServiceId", CatalogueIds.of(UK, "service/stay").toString());
        ObjectNode reservation = body.putArray("Reservations").addObject();
        reservation.put("Identifier", "clock-" + arrival);
        reservation.put("StartUtc", ApiJson.format(arrival.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant()));
        reservation.put("EndUtc", ApiJson.format(arrival.plusDays(2).atTime(LocalTime.of(11, 0)).atZone(LONDON)
                .toInstant()));
        reservation.put("CustomerId", customerId.toString());
        reservation.put("RequestedCategoryId", CatalogueIds.of(UK, "resource-category/standard-double").toString());
        reservation.put("RateId", CatalogueIds.of(UK, "rate/best-available").toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", CatalogueIds.of(UK, "age-category/adult").toString()).put("Count", 2);
        JsonNode added = ok("reservations/add", body).path("Reservations").get(0).path("Reservation");
        assertThat(added.path("State").asText()).isEqualTo("Confirmed");
        return added.path("Id").asText();
    }

    private String reservationState(String id) {
        ObjectNode body = uk();
        body.putArray("ReservationIds").add(id);
        body.putObject("Limitation").put("Count", 1);
        return ok("reservations/getAll/2023-06-06", body).path("Reservations").get(0).path("State").asText();
    }

    private String addPaymentRequest(UUID guest, Instant expiration) {
        ObjectNode add = uk();
        add.putArray("PaymentRequests").addObject().put("AccountId", guest.toString()).put("Type", "Preauthorization")
                .put("Reason", "PaymentCardMissing").put("Description", "Leave a card for your stay")
                .put("ExpirationUtc", ApiJson.format(expiration))
                .putObject("Amount").put("Currency", "GBP").put("Value", 150);
        return ok("paymentRequests/add", add).path("PaymentRequests").get(0).path("Id").asText();
    }

    private JsonNode paymentRequest(String id) {
        ObjectNode read = uk();
        read.putArray("PaymentRequestIds").add(id);
        read.putObject("Limitation").put("Count", 1);
        return ok("paymentRequests/getAll", read).path("PaymentRequests").get(0);
    }

    private String addIdealPayment(UUID guest) {
        ObjectNode request = uk().put("CustomerId", guest.toString());
        request.putObject("Amount").put("Currency", "GBP").put("GrossValue", 40).putArray("TaxCodes");
        request.putObject("Data").put("Discriminator", "Ideal").putObject("Ideal")
                .put("RedirectUrl", "https://partner.example/back");
        return ok("payments/addAlternative", request).path("PaymentId").asText();
    }

    private String paymentState(UUID guest, String paymentId) {
        ObjectNode request = uk();
        request.putArray("AccountIds").add(guest.toString());
        request.putObject("Limitation").put("Count", 10);
        for (JsonNode payment : ok("payments/getAll", request).path("Payments")) {
            if (payment.path("Id").asText().equals(paymentId)) {
                return payment.path("State").asText();
            }
        }
        throw new AssertionError("No payment " + paymentId);
    }

    private JsonNode ok(String operation, JsonNode body) {
        ApiResponse response = client().operation(operation, body);
        if (response.status() != 200) {
            throw new AssertionError(operation + " answered " + response.status() + ": " + response.raw());
        }
        return response.json();
    }
}
