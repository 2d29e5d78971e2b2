package dev.connector.reservations;

/** The price of one time unit (night) of a reservation, by its index from 0 (the first night). */
public record TimeUnitPrice(Integer index, AmountParameters amount) {
}
