package dev.connector.customers;

/** Title prefix of a customer; clients localise it (Mr., Ms., Mrs.). */
public enum Title {
    Mister,
    Miss,
    Misses
}
