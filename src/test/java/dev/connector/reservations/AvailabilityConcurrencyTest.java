package dev.connector.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.events.DomainEvent;
import dev.connector.events.StoredEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AvailabilityConcurrencyTest extends BothStoresTest {

    private static final int BOOKERS = 12;

    @Test
    void many_partners_booking_the_last_free_room_at_once_get_exactly_one_reservation() throws Exception {
        LocalDate night = Stays.today(Stays.LONDON).plusDays(150);
        UUID category = Stays.category(Stays.UK, "standard-double");
        leaveOneUnit(night, category);
        Stays.Events events = new Stays.Events(server);
        long before = events.last();

        List<ApiResponse> responses = bookConcurrently(night);

        List<ApiResponse> booked = responses.stream().filter(response -> response.status() == 200).toList();
        List<ApiResponse> refused = responses.stream().filter(response -> response.status() == 403).toList();
        assertThat(booked).as("successful bookings").hasSize(1);
        assertThat(refused).as("refused bookings").hasSize(BOOKERS - 1);
        assertThat(refused.get(0).json().path("Message").asText()).contains("There is no Standard Double left");
        UUID winner = Stays.addedId(booked.get(0).json());

        List<StoredEvent> written = events.after(before);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).event()).isInstanceOf(DomainEvent.ServiceOrderUpdated.class);
        assertThat(written.get(0).event().entityId()).isEqualTo(winner);
        assertThat(availableOn(night, category)).isZero();
        ObjectNode onThatNight = ApiClient.body(ApiClient.UK);
        onThatNight.putObject("Limitation").put("Count", 100);
        onThatNight.putObject("ScheduledStartUtc").put("StartUtc", Stays.midnight(night, Stays.LONDON))
                .put("EndUtc", Stays.midnight(night.plusDays(1), Stays.LONDON));
        JsonNode reservations = client().operation("reservations/getAll/2023-06-06", onThatNight).json().path("Reservations");
        assertThat(reservations).hasSize(1);
        ObjectNode items = Stays.withIds(ApiClient.body(ApiClient.UK), "ServiceOrderIds", winner);
        items.putObject("Limitation").put("Count", 100);
        assertThat(client().operation("orderItems/getAll", items).json().path("OrderItems")).hasSize(1);
    }

    @Test
    void a_partner_may_overbook_when_it_turns_the_check_off() {
        LocalDate night = Stays.today(Stays.LONDON).plusDays(160);
        UUID category = Stays.category(Stays.UK, "deluxe-king");
        leaveOneUnit(night, category);
        assertThat(book(night, "deluxe-king", null).status()).isEqualTo(200);
        assertThat(book(night, "deluxe-king", null).status()).isEqualTo(403);

        ApiResponse overbooked = book(night, "deluxe-king", false);

        assertThat(overbooked.status()).as(overbooked.raw()).isEqualTo(200);
        assertThat(availableOn(night, category)).isEqualTo(-1);
    }

    private List<ApiResponse> bookConcurrently(LocalDate night) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < BOOKERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return book(night, "standard-double", null);
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private ApiResponse book(LocalDate night, String categoryKey, Boolean checkOverbooking) {
        ObjectNode body = Stays.add(ApiClient.UK, Stays.UK, Stays.LONDON, night, 1, categoryKey, Stays.guest(Stays.UK),
                null);
        if (checkOverbooking != null) {
            body.put("CheckOverbooking", checkOverbooking);
        }
        return client().operation("reservations/add", body);
    }

    /** Adjusts the night's availability so that exactly one unit is left. */
    private void leaveOneUnit(LocalDate night, UUID category) {
        int available = availableOn(night, category);
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ServiceId", Stays.service(Stays.UK).toString());
        update.putArray("AvailabilityUpdates").addObject()
                .put("FirstTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                .put("LastTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON))
                .put("ResourceCategoryId", category.toString())
                .putObject("UnitCountAdjustment").put("Value", 1 - available);
        assertThat(client().operation("services/updateAvailability", update).status()).isEqualTo(200);
        assertThat(availableOn(night, category)).isEqualTo(1);
    }

    private int availableOn(LocalDate night, UUID category) {
        ObjectNode get = ApiClient.body(ApiClient.UK);
        get.put("ServiceId", Stays.service(Stays.UK).toString());
        get.put("FirstTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON));
        get.put("LastTimeUnitStartUtc", Stays.midnight(night, Stays.LONDON));
        for (JsonNode availability : client().operation("services/getAvailability", get).json().path("CategoryAvailabilities")) {
            if (availability.path("CategoryId").asText().equals(category.toString())) {
                return availability.path("Availabilities").get(0).asInt();
            }
        }
        throw new AssertionError("No availability for category " + category);
    }
}
