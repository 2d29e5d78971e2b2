package dev.connector.demo;

import dev.connector.events.Tx;

/**
 * A feature's part of the demo data (customers, reservations, devices, ...), run once per demo hotel in the
 * transaction that seeds the store. Must be deterministic: ids from {@link DemoHotel#id}, random numbers
 * from a generator seeded with a constant, times relative to the transaction's time.
 */
@FunctionalInterface
public interface DemoSeed {

    void seed(Tx tx, DemoHotel hotel);
}
