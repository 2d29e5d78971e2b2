package dev.connector.enterprises;

import dev.connector.events.Tx;

/**
 * Gives a new enterprise what it needs to take bookings at once (a stay service, age categories, resource
 * categories and rooms, rates with prices). Runs inside the transaction that creates the enterprise.
 */
@FunctionalInterface
public interface HotelSetup {

    /** What the setup created that callers may want to report, such as the stay service. */
    record Result(java.util.UUID serviceId) {
    }

    Result setUp(Tx tx, Enterprise enterprise);
}
