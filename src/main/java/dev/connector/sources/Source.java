package dev.connector.sources;

import java.time.Instant;
import java.util.UUID;

/** A channel reservations come from (Booking.com, Expedia, the hotel's own website, ...), the same for everyone. */
public record Source(UUID id, String name, Type type, Instant updatedUtc, int code) {

    public enum Type {
        OnlineTravelAgency,
        CentralReservationSystem,
        GlobalDistributionSystem,
        AlternativeDistributionSystem,
        SalesAndCateringSystem,
        PropertyManagementSystem,
        TourOperatorSystem,
        OnlineBookingEngine,
        Kiosk,
        Agent
    }
}
